#include "storage/BoardTextStore.h"

#include "StorageTestSupport.h"

namespace finsam::testing {
namespace {

class SetClock final : public Clock {
public:
    Timestamp now() const override { return m_now; }
    void set(std::string_view iso) { m_now = at(iso); }

private:
    Timestamp m_now = at("2024-11-05T09:30:00Z");
};

class BoardTextStoreTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped())
            return;
        m_intervention =
            save("hash-1", {quarterly_report("Stegvis", date(2024, 4, 1), date(2024, 6, 30))})
                .reports.front()
                .intervention_id;
    }

    BoardTextStore texts() { return BoardTextStore(database(), m_clock); }

    SetClock m_clock;
    std::int64_t m_intervention = 0;
};

TEST_P(BoardTextStoreTest, ALaterEditReplacesTheEarlierOneOfItsPeriodAndHeading) {
    ASSERT_TRUE(texts().save(m_intervention, "2024", "resultat", "Första texten.", std::nullopt));
    m_clock.set("2024-11-06T10:00:00Z");
    const auto saved =
        texts().save(m_intervention, "2024", "resultat", "Andra texten.", std::nullopt);
    ASSERT_TRUE(saved) << saved.error().message;
    ASSERT_TRUE(texts().save(m_intervention, "2024H1", "resultat", "Halvårets.", std::nullopt));

    const auto of_year = texts().texts(association_id(), "2024");

    ASSERT_TRUE(of_year) << of_year.error().message;
    ASSERT_EQ(of_year->size(), 1u);
    EXPECT_EQ(of_year->front().text, "Andra texten.");
    EXPECT_EQ(of_year->front().edited_at, at("2024-11-06T10:00:00Z"));
    EXPECT_EQ(of_year->front().intervention_id, m_intervention);
    EXPECT_TRUE(texts().texts(association_id() + 1, "2024")->empty())
        << "another förbund's board report has none";
}

TEST_P(BoardTextStoreTest, AChosenReportIsKeptPerPeriodUntilTheChoiceIsUndone) {
    const auto report =
        save("hash-2", {quarterly_report("Stegvis", date(2024, 7, 1), date(2024, 9, 30))})
            .reports.front()
            .report_id;

    ASSERT_TRUE(texts().choose_source(m_intervention, "2024", report, std::nullopt));
    const auto chosen = texts().sources(association_id(), "2024");
    ASSERT_TRUE(chosen) << chosen.error().message;
    EXPECT_EQ(*chosen, (std::map<std::int64_t, std::int64_t>{{m_intervention, report}}));
    EXPECT_TRUE(texts().sources(association_id(), "2024H2")->empty());

    ASSERT_TRUE(texts().choose_source(m_intervention, "2024", std::nullopt, std::nullopt));
    EXPECT_TRUE(texts().sources(association_id(), "2024")->empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, BoardTextStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
