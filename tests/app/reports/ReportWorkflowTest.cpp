#include "app/reports/ReportWorkflow.h"

#include "AppTestSupport.h"
#include "storage/AssociationStore.h"
#include "storage/ReportStore.h"
#include "storage/WorkflowStore.h"

namespace finsam::testing {
namespace {

class ReportWorkflowTest : public UseCaseTest {
protected:
    ReportState state() {
        WorkflowStore workflow(database(), system_clock());
        return **workflow.state(imported_report());
    }
};

TEST_F(ReportWorkflowTest, AReturnNeedsAComment) {
    const auto returned = act_on_report(as("kansli"), imported_report(), WorkflowAction::Return,
                                        {state().revision, "  ", "", ""});
    ASSERT_FALSE(returned);
    EXPECT_EQ(returned.error().code, ErrorCode::CommentMissing);
    EXPECT_EQ(state().status, ReportStatus::Registered);
}

TEST_F(ReportWorkflowTest, AnUnusableDiarienummerPatternIsSaidSoAndChangesNothing) {
    const auto returned = act_on_report(as("kansli"), imported_report(), WorkflowAction::Return,
                                        {state().revision, "Komplettera 2.4.", "", ""});
    ASSERT_TRUE(returned);
    AssociationStore associations(database());
    auto settings = **associations.load(association());
    settings.registry_pattern = "SFG {yy}";
    ASSERT_TRUE(associations.update(settings));

    const auto registered = act_on_report(as("kansli"), imported_report(), WorkflowAction::Register,
                                          {state().revision, "", "KK", ""});

    ASSERT_FALSE(registered);
    EXPECT_EQ(registered.error().code, ErrorCode::RegistryPatternUnusable);
    EXPECT_EQ(state().status, ReportStatus::Returned);
}

// The förbund's series was kept elsewhere before: an imported report's diarienummer is in
// the ärende 24-01, so the next insats to open an ärende in 2024 takes 24-02.
TEST_F(ReportWorkflowTest, ANewCaseIsNumberedAfterTheCasesOfImportedNumbers) {
    Report other;
    other.kind = ReportKind::Quarterly;
    other.intervention.name = "Vägvisaren";
    other.period = {date(2024, 4, 1), date(2024, 6, 30)};
    other.registration.registry_number = "SFG 24-01.01";
    ASSERT_TRUE(ReportStore(database(), clock())
                    .save_document(association(),
                                   {"q2.pdf", SourceFormat::Pdf, "hash-q2", ReportKind::Quarterly},
                                   {other}));
    WorkflowStore workflow(database(), clock());
    const Period fourth_quarter{date(2024, 10, 1), date(2024, 12, 31)};
    const auto report =
        *workflow.open_report(karnhuset(), ReportKind::Quarterly, fourth_quarter, user("agare").id);
    Report content = other;
    content.intervention.name = "Kärnhuset 2.0";
    content.period = {fourth_quarter.start, fourth_quarter.end};
    content.registration = {};
    const int revision =
        *workflow.submit(report, content, user("agare").id, (**workflow.state(report)).revision);

    const auto registered =
        act_on_report(as("kansli"), report, WorkflowAction::Register, {revision, "", "KK", ""});

    ASSERT_TRUE(registered) << registered.error().log_message;
    const ReportState after = **workflow.state(report);
    EXPECT_EQ(after.status, ReportStatus::Registered);
    EXPECT_EQ(after.registry_number, "SFG 24-02.01");
}

TEST_F(ReportWorkflowTest, AnInsatsagareTakesNoKansliAction) {
    const auto reviewed = act_on_report(as("agare"), imported_report(), WorkflowAction::Review,
                                        {state().revision, "", "", ""});
    ASSERT_FALSE(reviewed);
    EXPECT_EQ(reviewed.error().code, ErrorCode::Forbidden);
}

TEST_F(ReportWorkflowTest, AnActionOnAnOldRevisionIsOutdated) {
    const auto reviewed = act_on_report(as("kansli"), imported_report(), WorkflowAction::Review,
                                        {state().revision - 1, "", "", ""});
    ASSERT_FALSE(reviewed);
    EXPECT_EQ(reviewed.error().code, ErrorCode::ReportActionOutdated);
}

TEST(Initials, AreTheFirstLettersOfEachName) {
    EXPECT_EQ(initials_of("Karin Kansli"), "KK");
    EXPECT_EQ(initials_of("anna-lena ström"), "AS");
    EXPECT_EQ(initials_of("Örjan Åberg"), "ÖÅ");
}

} // namespace
} // namespace finsam::testing
