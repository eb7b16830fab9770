#include "app/reports/ShowReport.h"

#include "AppTestSupport.h"
#include "app/reports/ReportWorkflow.h"
#include "storage/AuditStore.h"
#include "storage/WorkflowStore.h"

namespace finsam::testing {
namespace {

class ShowReportTest : public UseCaseTest {
protected:
    /// Reviewed, with the figures read from its text confirmed: what the board reads.
    void review() {
        WorkflowStore workflow(database(), system_clock());
        const auto state = **workflow.state(imported_report());
        ASSERT_TRUE(act_on_report(as("kansli"), imported_report(), WorkflowAction::Review,
                                  {state.revision, "", "", ""}));
        ASSERT_TRUE(confirm_figures(as("kansli"), imported_report(), 1));
    }

    const DisclosedFigure& figure(const ReportDetails& details, Measure measure) {
        for (const auto& shown : details.latest->figures) {
            if (shown.measure == measure)
                return shown;
        }
        throw std::runtime_error("no such figure");
    }
};

TEST_F(ShowReportTest, TheBoardCannotOpenAReportBeforeItIsReviewed) {
    const auto shown = show_report(as("styrelse"), imported_report());

    ASSERT_FALSE(shown);
    EXPECT_EQ(shown.error().code, ErrorCode::Forbidden);
    const auto audit = AuditStore(database()).list(association(), 1);
    ASSERT_TRUE(audit && audit->size() == 1);
    EXPECT_EQ(audit->front().action, AuditAction::Denied);
}

TEST_F(ShowReportTest, TheBoardSeesAReviewedReportWithoutSmallCountsQuotesWarningsOrHistory) {
    review();
    const auto shown = show_report(as("styrelse"), imported_report());

    ASSERT_TRUE(shown && shown->latest);
    const auto& ended = figure(*shown, Measure::ParticipantsEnded);
    EXPECT_TRUE(ended.suppressed);
    EXPECT_EQ(ended.value, std::nullopt);
    EXPECT_EQ(ended.quote, "");
    EXPECT_EQ(figure(*shown, Measure::ParticipantsTotal).value, 12);
    EXPECT_TRUE(shown->latest->report.figures.empty())
        << "the undisclosed figures are not passed on";
    EXPECT_TRUE(shown->latest->report.warnings.empty());
    EXPECT_FALSE(shown->shows_history);
    EXPECT_TRUE(shown->events.empty());
    EXPECT_FALSE(shown->actions.review);
}

TEST_F(ShowReportTest, TheKansliSeesEverythingAndTheActionsOpenToIt) {
    const auto shown = show_report(as("kansli"), imported_report());

    ASSERT_TRUE(shown && shown->latest);
    EXPECT_EQ(figure(*shown, Measure::ParticipantsEnded).value, 3);
    EXPECT_EQ(figure(*shown, Measure::ParticipantsEnded).quote, "Tre har avslutat.");
    EXPECT_EQ(shown->latest->report.warnings.size(), 1u);
    EXPECT_TRUE(shown->shows_history);
    EXPECT_TRUE(shown->actions.review);
    EXPECT_FALSE(shown->actions.register_report) << "an imported report is registered already";
    EXPECT_EQ(shown->default_signature, "KK");
    EXPECT_EQ(shown->today, date(2024, 10, 8));
}

} // namespace
} // namespace finsam::testing
