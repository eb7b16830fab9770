#include "app/reports/EditReport.h"

#include "AppTestSupport.h"
#include "storage/AuditStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

using EditReportTest = UseCaseTest;

FieldMap fourth_quarter(const std::string& activities) {
    return FieldMap({{"period_start", "2024-10-01"},
                     {"section:2.1", activities},
                     {"section:2.5", "Insatsen fungerar väl."},
                     {"reporter_name", "Anna Ägare"}});
}

TEST_F(EditReportTest, ANewReportIsADraftOfItsInsatsAndPeriod) {
    const auto saved = create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                                     posted(fourth_quarter("Vi har träffats.")), SaveMode::Draft);

    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_EQ(saved->status, ReportStatus::Draft);
    EXPECT_EQ(saved->period.start, date(2024, 10, 1));
    EXPECT_TRUE(saved->draft.has_value());
}

TEST_F(EditReportTest, ASecondNewReportForThePeriodIsRefusedAndNamesTheFirst) {
    const auto first = create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                                     posted(fourth_quarter("Första.")), SaveMode::Draft);
    const auto second = create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                                      posted(fourth_quarter("Andra.")), SaveMode::Draft);

    ASSERT_TRUE(first);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::ReportExists);
    EXPECT_EQ(second.error().report_id, first->id);
}

TEST_F(EditReportTest, ASubmittedReportCannotBeSavedAgain) {
    const auto created = create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                                       posted(fourth_quarter("Text.")), SaveMode::Submit);
    ASSERT_TRUE(created) << created.error().log_message;

    const auto again = save_report(as("agare"), created->id, posted(fourth_quarter("Igen.")),
                                   SaveMode::Submit, created->revision - 1);

    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::ReportNotEditable);
    EXPECT_EQ(again.error().status, ReportStatus::Submitted);
}

TEST_F(EditReportTest, ADraftFromAnOldFormIsRefused) {
    const auto created = create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                                       posted(fourth_quarter("Text.")), SaveMode::Draft);
    ASSERT_TRUE(created);

    const auto stale = save_report(as("agare"), created->id, posted(fourth_quarter("Gammal.")),
                                   SaveMode::Draft, created->revision - 1);

    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::ReportChanged);
    EXPECT_EQ(stale.error().report_id, created->id);
}

TEST_F(EditReportTest, TheSubmissionIsDatedByTheClock) {
    clock().set(noon(date(2024, 10, 12)));
    const auto submitted = create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                                         posted(fourth_quarter("Text.")), SaveMode::Submit);

    ASSERT_TRUE(submitted) << submitted.error().log_message;
    ASSERT_TRUE(submitted->submitted_at);
    EXPECT_EQ(submitted->submitted_at->utc_date(), date(2024, 10, 12));
}

TEST_F(EditReportTest, TheBoardWritesNoReport) {
    const auto refused = create_report(as("styrelse"), karnhuset(), ReportKind::Quarterly,
                                       posted(fourth_quarter("Text.")), SaveMode::Draft);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
}

TEST_F(EditReportTest, ASubmissionThatBreaksTheFormsRulesSavesNothing) {
    FieldMap incomplete({{"period_start", "2024-10-01"}, {"reporter_name", ""}});
    const auto refused = create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                                       incomplete.fields(), SaveMode::Submit);

    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_FALSE(refused.error().fields.empty());
}

TEST_F(EditReportTest, OnlyDraftsSavedByHandAreRecordedInTheAuditTrail) {
    const auto created = create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                                       posted(fourth_quarter("Text.")), SaveMode::Draft);
    ASSERT_TRUE(created);
    const auto autosaved = save_report(as("agare"), created->id, posted(fourth_quarter("Mer.")),
                                       SaveMode::Autosave, created->revision);
    ASSERT_TRUE(autosaved);

    const auto events = AuditStore(database()).list(association(), 10);
    ASSERT_TRUE(events);
    const auto drafts = std::count_if(events->begin(), events->end(), [](const auto& event) {
        return event.action == AuditAction::Draft;
    });
    EXPECT_EQ(drafts, 1);
    ASSERT_TRUE(autosaved->draft);
    EXPECT_NE(autosaved->draft->find("Mer."), std::string::npos);
}

} // namespace
} // namespace finsam::testing
