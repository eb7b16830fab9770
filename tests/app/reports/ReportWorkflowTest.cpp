#include "app/reports/ReportWorkflow.h"

#include "AppTestSupport.h"
#include "storage/AssociationStore.h"
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
