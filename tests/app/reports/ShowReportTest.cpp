#include "app/reports/ShowReport.h"

#include "AppTestSupport.h"
#include "app/reports/ReportWorkflow.h"
#include "storage/AuditStore.h"
#include "storage/ReportStore.h"
#include "storage/WorkflowStore.h"

namespace finsam::testing {
namespace {

class ShowReportTest : public UseCaseTest {
protected:
    /// Reviewed, with the figures read from its text confirmed: what the board reads.
    void review(std::int64_t report_id) {
        WorkflowStore workflow(database(), system_clock());
        const auto state = **workflow.state(report_id);
        ASSERT_TRUE(act_on_report(as("kansli"), report_id, WorkflowAction::Review,
                                  {state.revision, "", "", ""}));
        ASSERT_TRUE(confirm_figures(as("kansli"), report_id, 1));
    }
    void review() { review(imported_report()); }

    /// A reviewed kvartalsrapport of Q2 2024 whose only section says `text`.
    std::int64_t reviewed_report_saying(const std::string& text) {
        Report report;
        report.kind = ReportKind::Quarterly;
        report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun", InterventionKind::Individual};
        report.period = {date(2024, 4, 1), date(2024, 6, 30)};
        report.sections = {{"2.1", "Aktiviteter", text}};
        const auto saved =
            ReportStore(database(), clock())
                .save_document(association(),
                               {"q2.pdf", SourceFormat::Pdf, "hash-q2-text", ReportKind::Quarterly},
                               {report});
        EXPECT_TRUE(saved);
        const auto id = saved->reports.front().report_id;
        review(id);
        return id;
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

TEST_F(ShowReportTest, TheBoardReadsSmallCountsOfPeopleInTheTextMasked) {
    const auto report = reviewed_report_saying("Under kvartalet har 3 deltagare fått arbete.\n\n"
                                               "Totalt 12 deltagare deltar.");

    const auto board = show_report(as("styrelse"), report);
    const auto kansli = show_report(as("kansli"), report);

    ASSERT_TRUE(board && board->latest && kansli && kansli->latest);
    EXPECT_EQ(board->latest->report.sections.front().text,
              "Under kvartalet har [litet antal] deltagare fått arbete.\n\n"
              "Totalt 12 deltagare deltar.");
    EXPECT_EQ(kansli->latest->report.sections.front().text,
              "Under kvartalet har 3 deltagare fått arbete.\n\nTotalt 12 deltagare deltar.");
    ASSERT_EQ(kansli->small_count_mentions.size(), 1u) << "the kansli is asked to reword it";
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
