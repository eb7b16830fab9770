#include "storage/WorkflowStore.h"

#include "StorageTestSupport.h"
#include "storage/AssociationStore.h"
#include "storage/OverviewQueries.h"
#include "storage/UserStore.h"

namespace finsam::testing {
namespace {

/// A förbund with one insats ("Stegvis") and a kansli user, ready for the workflow.
class WorkflowStoreTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped())
            return;
        const auto saved =
            save("setup", {quarterly_report("Stegvis", date(2024, 1, 1), date(2024, 3, 31))});
        m_intervention_id = saved.reports[0].intervention_id;
        UserStore users(database(), system_clock());
        const auto user =
            users.add({association_id(), "kansli", "Karin Kansli", Role::Kansli, "hash", {}});
        ASSERT_TRUE(user) << user.error().message;
        m_user_id = *user;
    }

    WorkflowStore workflow() { return WorkflowStore(database(), system_clock()); }
    std::int64_t intervention_id() const { return m_intervention_id; }
    std::int64_t user_id() const { return m_user_id; }

    Period third_quarter() const { return {date(2024, 7, 1), date(2024, 9, 30)}; }

    /// A draft kvartalsrapport for the third quarter of 2024 and its state.
    ReportState open_third_quarter() {
        const auto id = workflow().open_report(intervention_id(), ReportKind::Quarterly,
                                               third_quarter(), user_id());
        EXPECT_TRUE(id) << id.error().message;
        return state_of(*id);
    }

    ReportState state_of(std::int64_t report_id) {
        const auto state = workflow().state(report_id);
        EXPECT_TRUE(state && *state);
        return **state;
    }

    Report content() const {
        return quarterly_report("Stegvis", third_quarter().start, third_quarter().end);
    }

private:
    std::int64_t m_intervention_id = 0;
    std::int64_t m_user_id = 0;
};

TEST_P(WorkflowStoreTest, OpeningAReportTwiceGivesTheSameDraft) {
    const ReportState state = open_third_quarter();
    const auto again = workflow().open_report(intervention_id(), ReportKind::Quarterly,
                                              third_quarter(), user_id());

    ASSERT_TRUE(again);
    EXPECT_EQ(*again, state.id);
    EXPECT_EQ(state.status, ReportStatus::Draft);
    EXPECT_EQ(state.intervention_name, "Stegvis");
    EXPECT_EQ(state.version_count, 0);
    EXPECT_EQ(state.period.start, date(2024, 7, 1));
}

TEST_P(WorkflowStoreTest, ADraftSavedFromAStaleFormIsRefused) {
    const ReportState state = open_third_quarter();
    const auto first = workflow().save_draft(state.id, R"({"2.1":"a"})", user_id(), state.revision);
    ASSERT_TRUE(first) << first.error().message;

    const auto stale = workflow().save_draft(state.id, R"({"2.1":"b"})", user_id(), state.revision);

    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, StorageError::Code::Stale);
    EXPECT_EQ(state_of(state.id).draft, R"({"2.1":"a"})");
}

TEST_P(WorkflowStoreTest, SubmittingTwiceWithTheSameRevisionSavesOnce) {
    const ReportState state = open_third_quarter();

    const auto submitted = workflow().submit(state.id, content(), user_id(), state.revision);
    const auto again = workflow().submit(state.id, content(), user_id(), state.revision);

    ASSERT_TRUE(submitted) << submitted.error().message;
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StorageError::Code::Stale);
    const ReportState after = state_of(state.id);
    EXPECT_EQ(after.status, ReportStatus::Submitted);
    EXPECT_EQ(after.version_count, 1);
    EXPECT_TRUE(after.submitted_at);
    EXPECT_FALSE(after.draft);
}

TEST_P(WorkflowStoreTest, RegistrationNumbersFollowTheForbundsPattern) {
    const ReportState first = open_third_quarter();
    const int submitted = *workflow().submit(first.id, content(), user_id(), first.revision);

    const auto number =
        workflow().register_report(first.id, user_id(), "KK", date(2024, 10, 10), submitted);

    ASSERT_TRUE(number) << number.error().message;
    EXPECT_EQ(*number, "SFG 24-01.01");
    const ReportState registered = state_of(first.id);
    EXPECT_EQ(registered.status, ReportStatus::Registered);
    EXPECT_EQ(registered.registry_number, "SFG 24-01.01");
    EXPECT_EQ(registered.signature, "KK");
    EXPECT_EQ(registered.arrival_date, date(2024, 10, 10));

    // The next report of the same insats gets the next number in the same case.
    const auto fourth = workflow().open_report(intervention_id(), ReportKind::Quarterly,
                                               {date(2024, 10, 1), date(2024, 12, 31)}, user_id());
    const auto fourth_content = quarterly_report("Stegvis", date(2024, 10, 1), date(2024, 12, 31));
    const int revision =
        *workflow().submit(*fourth, fourth_content, user_id(), state_of(*fourth).revision);
    EXPECT_EQ(*workflow().register_report(*fourth, user_id(), "KK", date(2025, 1, 12), revision),
              "SFG 24-01.02");
}

TEST_P(WorkflowStoreTest, ARegisteredReportKeepsItsNumberWhenRegisteredAgainAfterKomplettering) {
    const ReportState state = open_third_quarter();
    int revision = *workflow().submit(state.id, content(), user_id(), state.revision);
    const auto first =
        workflow().register_report(state.id, user_id(), "KK", date(2024, 10, 10), revision);
    ASSERT_TRUE(first) << first.error().message;
    revision = *workflow().return_report(state.id, user_id(), "Komplettera 2.4",
                                         state_of(state.id).revision);
    revision = *workflow().submit(state.id, content(), user_id(), revision);

    const auto again =
        workflow().register_report(state.id, user_id(), "KK", date(2024, 10, 20), revision);

    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(*again, *first);
    EXPECT_EQ(state_of(state.id).registry_number, "SFG 24-01.01");
    EXPECT_EQ(state_of(state.id).arrival_date, date(2024, 10, 20));
}

TEST_P(WorkflowStoreTest, ANumberGivenElsewhereIsKeptAndAnotherReportsNumberRefused) {
    const ReportState first = open_third_quarter();
    const int submitted = *workflow().submit(first.id, content(), user_id(), first.revision);
    const auto fourth = workflow().open_report(intervention_id(), ReportKind::Quarterly,
                                               {date(2024, 10, 1), date(2024, 12, 31)}, user_id());
    const int fourth_revision = *workflow().submit(
        *fourth, quarterly_report("Stegvis", date(2024, 10, 1), date(2024, 12, 31)), user_id(),
        state_of(*fourth).revision);

    const auto stated = workflow().register_report(first.id, user_id(), "KK", date(2024, 10, 10),
                                                   submitted, std::string("Dnr 2024/117"));
    const auto taken = workflow().register_report(*fourth, user_id(), "KK", date(2025, 1, 12),
                                                  fourth_revision, std::string("Dnr 2024/117"));

    ASSERT_TRUE(stated) << stated.error().message;
    EXPECT_EQ(state_of(first.id).registry_number, "Dnr 2024/117");
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, StorageError::Code::Conflict);
    EXPECT_EQ(state_of(*fourth).status, ReportStatus::Submitted);
    // The insats's own series was not used up by the number given elsewhere: its case opens
    // now, in the arrival year.
    EXPECT_EQ(
        *workflow().register_report(*fourth, user_id(), "KK", date(2025, 1, 12), fourth_revision),
        "SFG 25-01.01");
}

TEST_P(WorkflowStoreTest, ReturnedReportsCanBeEditedAndSubmittedAgain) {
    const ReportState state = open_third_quarter();
    int revision = *workflow().submit(state.id, content(), user_id(), state.revision);
    revision = *workflow().return_report(state.id, user_id(), "Komplettera 2.4", revision);
    EXPECT_EQ(state_of(state.id).status, ReportStatus::Returned);

    Report completed = content();
    completed.sections.push_back({"2.4", "Mål", "Målen nås."});
    revision = *workflow().save_draft(state.id, "{}", user_id(), revision);
    const auto resubmitted = workflow().submit(state.id, completed, user_id(), revision);

    ASSERT_TRUE(resubmitted) << resubmitted.error().message;
    const ReportState after = state_of(state.id);
    EXPECT_EQ(after.status, ReportStatus::Submitted);
    EXPECT_EQ(after.version_count, 2);
    const auto events = workflow().events(state.id);
    ASSERT_TRUE(events);
    std::vector<ReportEventAction> actions;
    for (const auto& event : *events)
        actions.push_back(event.action);
    using enum ReportEventAction;
    EXPECT_EQ(actions, (std::vector<ReportEventAction>{Created, Submit, Return, Submit}));
    EXPECT_EQ((*events)[2].comment, "Komplettera 2.4");
    EXPECT_EQ((*events)[2].user_name, "Karin Kansli");
}

TEST_P(WorkflowStoreTest, StepsOutOfOrderAreRefusedAndChangeNothing) {
    const ReportState state = open_third_quarter();

    const auto registered =
        workflow().register_report(state.id, user_id(), "KK", date(2024, 10, 1), state.revision);
    const auto reviewed = workflow().review(state.id, user_id(), state.revision);

    ASSERT_FALSE(registered);
    EXPECT_EQ(registered.error().code, StorageError::Code::Stale);
    ASSERT_FALSE(reviewed);
    EXPECT_EQ(state_of(state.id).status, ReportStatus::Draft);
    EXPECT_EQ(state_of(state.id).revision, state.revision);
    EXPECT_EQ(row_count(database(), "registry_counters"), 0);
}

TEST_P(WorkflowStoreTest, AnUnusablePatternFailsRegistrationWithoutAStatusChange) {
    AssociationStore associations(database());
    auto settings = **associations.load(association_id());
    settings.registry_pattern = "SFG {yy}";
    ASSERT_TRUE(associations.update(settings));
    const ReportState state = open_third_quarter();
    const int revision = *workflow().submit(state.id, content(), user_id(), state.revision);

    const auto number =
        workflow().register_report(state.id, user_id(), "KK", date(2024, 10, 1), revision);

    ASSERT_FALSE(number);
    EXPECT_EQ(number.error().code, StorageError::Code::Query);
    EXPECT_EQ(state_of(state.id).status, ReportStatus::Submitted);
}

// Without the year in the pattern, cases are numbered on from year to year: the first case
// opened in 2025 must not be given the number of 2024's first.
TEST_P(WorkflowStoreTest, WithoutTheYearANewCaseComesAfterEveryCaseInUse) {
    AssociationStore associations(database());
    auto settings = **associations.load(association_id());
    settings.registry_pattern = "SFG {seq:02}.{n:02}";
    ASSERT_TRUE(associations.update(settings));
    const ReportState first = open_third_quarter();
    const int submitted = *workflow().submit(first.id, content(), user_id(), first.revision);
    ASSERT_EQ(*workflow().register_report(first.id, user_id(), "KK", date(2024, 10, 10), submitted),
              "SFG 01.01");
    const auto other =
        save("other", {quarterly_report("Vägvisaren", date(2024, 4, 1), date(2024, 6, 30))})
            .reports[0]
            .intervention_id;
    const Period fourth_quarter{date(2024, 10, 1), date(2024, 12, 31)};
    const auto second =
        *workflow().open_report(other, ReportKind::Quarterly, fourth_quarter, user_id());
    const int revision = *workflow().submit(
        second, quarterly_report("Vägvisaren", fourth_quarter.start, fourth_quarter.end), user_id(),
        state_of(second).revision);

    const auto number =
        workflow().register_report(second, user_id(), "KK", date(2025, 1, 10), revision);

    ASSERT_TRUE(number) << number.error().message;
    EXPECT_EQ(*number, "SFG 02.01");
}

TEST_P(WorkflowStoreTest, AnInsatsWhoseImportedReportsHaveNumbersGoesOnInTheirCase) {
    Report imported = quarterly_report("Stegvis", date(2024, 4, 1), date(2024, 6, 30));
    imported.registration.registry_number = "SFG 24-08.02";
    save("numbered", {imported});
    const ReportState state = open_third_quarter();
    const int submitted = *workflow().submit(state.id, content(), user_id(), state.revision);

    const auto number =
        workflow().register_report(state.id, user_id(), "KK", date(2025, 1, 10), submitted);

    ASSERT_TRUE(number) << number.error().message;
    EXPECT_EQ(*number, "SFG 24-08.03") << "the ärende of 2024 goes on in 2025";
    EXPECT_EQ(row_count(database(), "registry_counters"), 0) << "no new ärende was opened";
}

TEST_P(WorkflowStoreTest, ANewCaseComesAfterTheCasesImportedNumbersUse) {
    Report imported = quarterly_report("Vägvisaren", date(2024, 4, 1), date(2024, 6, 30));
    imported.registration.registry_number = "SFG 24-08.01";
    save("other", {imported});
    const ReportState state = open_third_quarter();
    const int submitted = *workflow().submit(state.id, content(), user_id(), state.revision);

    const auto number =
        workflow().register_report(state.id, user_id(), "KK", date(2024, 10, 10), submitted);

    ASSERT_TRUE(number) << number.error().message;
    EXPECT_EQ(*number, "SFG 24-09.01");
}

TEST_P(WorkflowStoreTest, ANumberTypedInTheSeriesIsWhereTheSeriesGoesOn) {
    const ReportState first = open_third_quarter();
    const int submitted = *workflow().submit(first.id, content(), user_id(), first.revision);
    ASSERT_TRUE(workflow().register_report(first.id, user_id(), "KK", date(2024, 10, 10), submitted,
                                           std::string("sfg 23-5.4")));
    const Period fourth_quarter{date(2024, 10, 1), date(2024, 12, 31)};
    const auto fourth = *workflow().open_report(intervention_id(), ReportKind::Quarterly,
                                                fourth_quarter, user_id());
    const int revision = *workflow().submit(
        fourth, quarterly_report("Stegvis", fourth_quarter.start, fourth_quarter.end), user_id(),
        state_of(fourth).revision);

    const auto number =
        workflow().register_report(fourth, user_id(), "KK", date(2025, 1, 10), revision);

    ASSERT_TRUE(number) << number.error().message;
    EXPECT_EQ(*number, "SFG 23-05.05");
}

TEST_P(WorkflowStoreTest, ImportedReportsCountAsRegistered) {
    const auto reports = store().list_reports(association_id(), std::nullopt);
    ASSERT_TRUE(reports);
    EXPECT_EQ(state_of((*reports)[0].id).status, ReportStatus::Registered);
}

TEST_P(WorkflowStoreTest, TheOverviewShowsEachInsatsWithItsQuartersReport) {
    save("other", {quarterly_report("Vägvisaren", date(2024, 4, 1), date(2024, 6, 30))});
    const ReportState state = open_third_quarter();
    ASSERT_TRUE(workflow().submit(state.id, content(), user_id(), state.revision));
    OverviewQueries overview(database());

    const auto rows = overview.quarter(association_id(), third_quarter());

    ASSERT_TRUE(rows) << rows.error().message;
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].intervention_name, "Stegvis");
    EXPECT_EQ((*rows)[0].report_id, state.id);
    EXPECT_EQ((*rows)[0].status, ReportStatus::Submitted);
    EXPECT_TRUE((*rows)[0].arrival);
    EXPECT_EQ((*rows)[1].intervention_name, "Vägvisaren");
    EXPECT_EQ((*rows)[1].report_id, std::nullopt);

    const auto own = overview.quarter(association_id(), third_quarter(),
                                      std::vector<std::int64_t>{intervention_id()});
    ASSERT_TRUE(own);
    EXPECT_EQ(own->size(), 1u);
}

TEST_P(WorkflowStoreTest, WarningsAwaitReviewUntilTheReportIsReviewed) {
    Report warned = content();
    warned.warnings.push_back({"missing_field", "no reporter"});
    const ReportState state = open_third_quarter();
    const int revision = *workflow().submit(state.id, warned, user_id(), state.revision);
    OverviewQueries overview(database());
    ASSERT_EQ(overview.pending_warnings(association_id())->size(), 1u);

    ASSERT_TRUE(workflow().register_report(state.id, user_id(), "KK", date(2024, 10, 2), revision));
    ASSERT_EQ(overview.pending_warnings(association_id())->size(), 1u);
    ASSERT_TRUE(workflow().review(state.id, user_id(), revision + 1));

    EXPECT_TRUE(overview.pending_warnings(association_id())->empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkflowStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
