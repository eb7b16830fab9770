#include "storage/FigureConfirmationStore.h"

#include "StorageTestSupport.h"
#include "storage/StatisticsQueries.h"
#include "storage/UserStore.h"
#include "storage/WorkflowStore.h"

namespace finsam::testing {
namespace {

class SetClock final : public Clock {
public:
    Timestamp now() const override { return m_now; }
    void set(std::string_view iso) { m_now = at(iso); }

private:
    Timestamp m_now = at("2024-11-05T09:30:00Z");
};

/// full_report() as the importer read it, with the ended count read differently.
Report corrected_report() {
    Report report = full_report();
    report.figures[0].value = 6;
    return report;
}

/// A kvartalsrapport imported twice (two versions, both read from a PDF's text) and a kansli.
class FigureConfirmationStoreTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped())
            return;
        UserStore users(database(), system_clock());
        const auto user =
            users.add({association_id(), "kansli", "Karin Kansli", Role::Kansli, "hash", {}});
        ASSERT_TRUE(user) << user.error().message;
        m_user_id = *user;
        m_report_id = save("hash-1", {full_report()}).reports[0].report_id;
        save("hash-2", {corrected_report()});
    }

    FigureConfirmationStore confirmations() { return FigureConfirmationStore(database(), m_clock); }

    tl::expected<ConfirmationOutcome, StorageError> confirm(int version) {
        return confirmations().confirm(m_report_id, version, m_user_id);
    }

    /// Whether the statistics' read of the third quarter of 2024 counts the report's figures.
    bool statistics_count_it_confirmed() {
        const auto reports =
            StatisticsQueries(database())
                .reports_ending_within(association_id(), {date(2024, 7, 1), date(2024, 9, 30)});
        EXPECT_TRUE(reports) << reports.error().message;
        EXPECT_EQ(reports->size(), 1U);
        return !reports->empty() && reports->front().figures_confirmed;
    }

    std::int64_t m_report_id = 0;
    std::int64_t m_user_id = 0;
    SetClock m_clock;
};

TEST_P(FigureConfirmationStoreTest, ConfirmingTheLatestVersionRecordsWhenAndByWhom) {
    EXPECT_FALSE(statistics_count_it_confirmed());

    const auto outcome = confirm(2);

    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->result, ConfirmationResult::Confirmed);
    const FigureConfirmation expected{2, at("2024-11-05T09:30:00Z"), m_user_id, "Karin Kansli"};
    EXPECT_EQ(outcome->confirmation, expected);
    const auto listed = confirmations().confirmations(m_report_id);
    ASSERT_TRUE(listed) << listed.error().message;
    EXPECT_EQ(*listed, std::vector<FigureConfirmation>{expected});
    EXPECT_TRUE(statistics_count_it_confirmed());
}

TEST_P(FigureConfirmationStoreTest, ConfirmingAgainKeepsTheFirstConfirmation) {
    ASSERT_TRUE(confirm(2));
    m_clock.set("2024-11-06T10:00:00Z");

    const auto again = confirm(2);

    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->result, ConfirmationResult::AlreadyConfirmed);
    ASSERT_TRUE(again->confirmation);
    EXPECT_EQ(again->confirmation->at, at("2024-11-05T09:30:00Z"));
    EXPECT_EQ(row_count(database(), "figure_confirmations"), 1);
}

TEST_P(FigureConfirmationStoreTest, AnEarlierVersionIsNotConfirmed) {
    const auto outcome = confirm(1);

    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->result, ConfirmationResult::NotLatest);
    EXPECT_FALSE(outcome->confirmation);
    EXPECT_EQ(row_count(database(), "figure_confirmations"), 0);
}

TEST_P(FigureConfirmationStoreTest, AVersionTheReportLacksIsNotFound) {
    const auto outcome = confirm(3);

    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, StorageError::Code::NotFound);
    const auto no_report = confirmations().confirm(m_report_id + 100, 1, m_user_id);
    ASSERT_FALSE(no_report);
    EXPECT_EQ(no_report.error().code, StorageError::Code::NotFound);
}

TEST_P(FigureConfirmationStoreTest, ANewVersionReadFromAFileStartsUnconfirmed) {
    ASSERT_TRUE(confirm(2));
    Report third = corrected_report();
    third.figures[0].value = 5;

    save("hash-3", {third});

    EXPECT_FALSE(statistics_count_it_confirmed());
    const auto outcome = confirm(3);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->result, ConfirmationResult::Confirmed);
}

TEST_P(FigureConfirmationStoreTest, FiguresTypedIntoTheFormCountAsTheyAre) {
    // The kansli returns the imported report and corrects it in the form: a third version.
    WorkflowStore workflow(database(), system_clock());
    const auto state = workflow.state(m_report_id);
    ASSERT_TRUE(state && *state);
    const auto returned = workflow.return_report(m_report_id, m_user_id, "Rätta antalet avslutade.",
                                                 (**state).revision);
    ASSERT_TRUE(returned) << returned.error().message;
    Report typed = corrected_report();
    typed.figures[0].value = 4;
    const auto submitted = workflow.submit(m_report_id, typed, m_user_id, *returned);
    ASSERT_TRUE(submitted) << submitted.error().message;

    EXPECT_TRUE(statistics_count_it_confirmed());
    const auto outcome = confirm(3);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->result, ConfirmationResult::TypedInForm);
    EXPECT_EQ(row_count(database(), "figure_confirmations"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, FigureConfirmationStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
