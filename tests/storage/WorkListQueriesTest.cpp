#include "storage/WorkListQueries.h"

#include "StorageTestSupport.h"
#include "storage/UserStore.h"
#include "storage/WorkflowStore.h"

namespace finsam::testing {
namespace {

class SetClock final : public Clock {
public:
    Timestamp now() const override { return m_now; }
    void set(std::string_view iso) { m_now = at(iso); }

private:
    Timestamp m_now = at("2024-10-05T09:30:00Z");
};

/// A förbund with the insatser Stegvis and Vägvisaren, an imported (registered) Q2 2024
/// kvartalsrapport of each, and a kansli user.
class WorkListQueriesTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped())
            return;
        const auto saved =
            save("setup", {quarterly_report("Stegvis", date(2024, 4, 1), date(2024, 6, 30)),
                           quarterly_report("Vägvisaren", date(2024, 4, 1), date(2024, 6, 30))});
        m_stegvis = saved.reports[0].intervention_id;
        m_stegvis_report = saved.reports[0].report_id;
        m_vagvisaren = saved.reports[1].intervention_id;
        const auto user =
            UserStore(database(), m_clock)
                .add({association_id(), "kansli", "Karin Kansli", Role::Kansli, "hash", {}});
        ASSERT_TRUE(user) << user.error().message;
        m_user = *user;
    }

    WorkflowStore workflow() { return WorkflowStore(database(), m_clock); }
    int revision_of(std::int64_t report) { return (**workflow().state(report)).revision; }

    /// Stegvis's Q3 2024 kvartalsrapport, opened (and so a draft) but not saved.
    std::int64_t open_third_quarter() {
        return *workflow().open_report(m_stegvis, ReportKind::Quarterly,
                                       {date(2024, 7, 1), date(2024, 9, 30)}, m_user);
    }

    WorkListQueries queries() { return WorkListQueries(database()); }

    SetClock m_clock;
    std::int64_t m_stegvis = 0;
    std::int64_t m_stegvis_report = 0;
    std::int64_t m_vagvisaren = 0;
    std::int64_t m_user = 0;
};

TEST_P(WorkListQueriesTest, ListsTheReportsInAStatusWithinTheInsatserAsked) {
    const auto all = queries().in_status(association_id(), ReportStatus::Registered);
    const auto stegvis = queries().in_status(association_id(), ReportStatus::Registered,
                                             std::vector<std::int64_t>{m_stegvis});
    ASSERT_TRUE(all && stegvis);
    EXPECT_EQ(all->size(), 2u);
    ASSERT_EQ(stegvis->size(), 1u);
    EXPECT_EQ(stegvis->front().report_id, m_stegvis_report);
    EXPECT_EQ(stegvis->front().intervention_name, "Stegvis");
    EXPECT_EQ(stegvis->front().period_end, date(2024, 6, 30));
    EXPECT_FALSE(stegvis->front().since); // imported: no workflow step put it there
}

TEST_P(WorkListQueriesTest, ADraftCountsOnceSaved) {
    const auto report = open_third_quarter();
    EXPECT_TRUE(queries().in_status(association_id(), ReportStatus::Draft)->empty());

    m_clock.set("2024-10-06T08:00:00Z");
    ASSERT_TRUE(workflow().save_draft(report, "{}", m_user, revision_of(report)));

    const auto drafts = queries().in_status(association_id(), ReportStatus::Draft);
    ASSERT_TRUE(drafts);
    ASSERT_EQ(drafts->size(), 1u);
    EXPECT_EQ(drafts->front().report_id, report);
    EXPECT_EQ(drafts->front().since, at("2024-10-06T08:00:00Z"));
}

TEST_P(WorkListQueriesTest, AReturnedReportCarriesTheKanslisKompletteringRequest) {
    m_clock.set("2024-10-07T08:00:00Z");
    ASSERT_TRUE(workflow().return_report(m_stegvis_report, m_user, "Komplettera 2.4.",
                                         revision_of(m_stegvis_report)));

    const auto returned = queries().in_status(association_id(), ReportStatus::Returned);

    ASSERT_TRUE(returned);
    ASSERT_EQ(returned->size(), 1u);
    EXPECT_EQ(returned->front().comment, "Komplettera 2.4.");
    EXPECT_EQ(returned->front().since, at("2024-10-07T08:00:00Z"));
    EXPECT_EQ(returned->front().status, ReportStatus::Returned);
}

TEST_P(WorkListQueriesTest, ListsWhatWasReviewedSinceAMomentNewestFirst) {
    m_clock.set("2024-10-07T08:00:00Z");
    ASSERT_TRUE(workflow().review(m_stegvis_report, m_user, revision_of(m_stegvis_report)));
    const auto vagvisaren =
        queries().in_status(association_id(), ReportStatus::Registered)->front().report_id;
    m_clock.set("2024-10-09T08:00:00Z");
    ASSERT_TRUE(workflow().review(vagvisaren, m_user, revision_of(vagvisaren)));

    const auto since_both = queries().reviewed_since(association_id(), at("2024-10-07T08:00:00Z"));
    const auto since_one = queries().reviewed_since(association_id(), at("2024-10-07T08:00:01Z"));

    ASSERT_TRUE(since_both && since_one);
    ASSERT_EQ(since_both->size(), 2u);
    EXPECT_EQ(since_both->front().report_id, vagvisaren);
    EXPECT_EQ(since_both->back().report_id, m_stegvis_report);
    ASSERT_EQ(since_one->size(), 1u);
    EXPECT_EQ(since_one->front().intervention_id, m_vagvisaren);
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkListQueriesTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
