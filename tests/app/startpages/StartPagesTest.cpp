#include "AppTestSupport.h"
#include "app/reports/ReportWorkflow.h"
#include "app/startpages/BoardNews.h"
#include "app/startpages/KansliWork.h"
#include "app/startpages/OwnerToDo.h"
#include "app/startpages/StartPage.h"
#include "storage/InterventionStore.h"
#include "storage/WorkflowStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

// The fixture's clock is 2024-10-08; Kärnhuset (2024–2026) has its Q3 2024 kvartalsrapport
// imported (registered), and no other.
class StartPagesTest : public UseCaseTest {
protected:
    int revision_of(std::int64_t report) {
        return (**WorkflowStore(database(), clock()).state(report)).revision;
    }

    void act(const std::string& username, std::int64_t report, WorkflowAction action,
             const std::string& comment = "") {
        const auto done =
            act_on_report(as(username), report, action, {revision_of(report), comment, "KK", ""});
        ASSERT_TRUE(done) << static_cast<int>(done.error().code);
    }

    /// A draft of the insatsägare's for Kärnhuset's Q2 2024 kvartalsrapport.
    std::int64_t save_draft() {
        WorkflowStore workflow(database(), clock());
        const auto report =
            *workflow.open_report(karnhuset(), ReportKind::Quarterly,
                                  {date(2024, 4, 1), date(2024, 6, 30)}, user("agare").id);
        EXPECT_TRUE(workflow.save_draft(report, "{}", user("agare").id, revision_of(report)));
        return report;
    }
};

TEST_F(StartPagesTest, EachRoleHasItsOwnStartPage) {
    EXPECT_EQ(start_page_for(as("agare").policy()), StartPage::OwnerToDo);
    EXPECT_EQ(start_page_for(as("kansli").policy()), StartPage::KansliWork);
    EXPECT_EQ(start_page_for(as("styrelse").policy()), StartPage::BoardNews);
}

TEST_F(StartPagesTest, TheInsatsagareSeesTheReportsDueWithTheirDeadlines) {
    const auto to_do = owner_to_do(as("agare"));

    ASSERT_TRUE(to_do);
    // Q1 and Q2 2024 are overdue, Q3 is in, Q4 (the current quarter) is due in January.
    ASSERT_EQ(to_do->due.size(), 3u);
    EXPECT_EQ(to_do->due[0].deadline, date(2024, 4, 15));
    EXPECT_TRUE(to_do->due[0].overdue);
    EXPECT_EQ(to_do->due[1].deadline, date(2024, 7, 15));
    EXPECT_EQ(to_do->due[1].period_start, date(2024, 4, 1));
    EXPECT_EQ(to_do->due[2].deadline, date(2025, 1, 15));
    EXPECT_FALSE(to_do->due[2].overdue);
    EXPECT_TRUE(std::all_of(to_do->due.begin(), to_do->due.end(), [&](const DueReport& due) {
        return due.intervention_id == karnhuset() && due.kind == ReportKind::Quarterly;
    }));
}

TEST_F(StartPagesTest, TheInsatsagareSeesTheKanslisCommentAndTheirDrafts) {
    act("kansli", imported_report(), WorkflowAction::Return, "Komplettera avsnitt 2.4.");
    const auto draft = save_draft();

    const auto to_do = owner_to_do(as("agare"));

    ASSERT_TRUE(to_do);
    ASSERT_EQ(to_do->returned.size(), 1u);
    EXPECT_EQ(to_do->returned.front().report_id, imported_report());
    EXPECT_EQ(to_do->returned.front().comment, "Komplettera avsnitt 2.4.");
    ASSERT_EQ(to_do->drafts.size(), 1u);
    EXPECT_EQ(to_do->drafts.front().report_id, draft);
    const auto q2 = std::find_if(to_do->due.begin(), to_do->due.end(), [](const DueReport& due) {
        return due.period_start == date(2024, 4, 1);
    });
    ASSERT_NE(q2, to_do->due.end());
    EXPECT_EQ(q2->draft_report_id, draft);
}

TEST_F(StartPagesTest, AnInsatsagareSeesNothingOfAnotherInsats) {
    InterventionDetails other;
    other.association_id = association();
    other.name = "Någon annans";
    other.period_start = date(2024, 1, 1);
    ASSERT_TRUE(InterventionStore(database()).create(other));

    const auto to_do = owner_to_do(as("agare"));
    const auto work = kansli_work(as("kansli"));

    ASSERT_TRUE(to_do && work);
    EXPECT_TRUE(std::all_of(to_do->due.begin(), to_do->due.end(), [&](const DueReport& due) {
        return due.intervention_id == karnhuset();
    }));
    EXPECT_TRUE(std::any_of(work->overdue.begin(), work->overdue.end(), [&](const DueReport& due) {
        return due.intervention_id != karnhuset();
    }));
}

TEST_F(StartPagesTest, TheKansliSeesWhatToRegisterReviewAndChase) {
    const auto draft = save_draft();
    WorkflowStore workflow(database(), clock());
    Report content;
    content.kind = ReportKind::Quarterly;
    content.intervention.name = "Kärnhuset 2.0";
    content.period = {date(2024, 4, 1), date(2024, 6, 30)};
    content.sections = {{"2.1", "Aktiviteter", "Klart."}};
    ASSERT_TRUE(workflow.submit(draft, content, user("agare").id, revision_of(draft)));

    const auto work = kansli_work(as("kansli"));

    ASSERT_TRUE(work);
    ASSERT_EQ(work->to_register.size(), 1u);
    EXPECT_EQ(work->to_register.front().report_id, draft);
    ASSERT_EQ(work->to_review.size(), 1u);
    EXPECT_EQ(work->to_review.front().report_id, imported_report());
    ASSERT_EQ(work->overdue.size(), 1u); // Q1 2024: Q2 is in now, Q4 is not yet due
    EXPECT_EQ(work->overdue.front().period_start, date(2024, 1, 1));
    EXPECT_TRUE(work->returned.empty());
}

TEST_F(StartPagesTest, OnlyTheKansliHasTheKanslisWork) {
    for (const char* username : {"agare", "styrelse"}) {
        const auto work = kansli_work(as(username));
        ASSERT_FALSE(work) << username;
        EXPECT_EQ(work.error().code, ErrorCode::Forbidden) << username;
    }
}

TEST_F(StartPagesTest, TheBoardSeesWhatWasReviewedSinceTheDayItChose) {
    // 01:30 in Sweden on 2024-10-08 is still 2024-10-07 in UTC.
    clock().set(Timestamp(std::chrono::sys_days{date(2024, 10, 7)} + std::chrono::hours{23} +
                          std::chrono::minutes{30}));
    act("kansli", imported_report(), WorkflowAction::Review);
    clock().set(noon(date(2024, 10, 20)));

    const auto since_the_day = board_news(as("styrelse"), date(2024, 10, 8));
    const auto since_after = board_news(as("styrelse"), date(2024, 10, 9));
    const auto by_default = board_news(as("styrelse"), std::nullopt);

    ASSERT_TRUE(since_the_day && since_after && by_default);
    ASSERT_EQ(since_the_day->reviewed.size(), 1u);
    EXPECT_EQ(since_the_day->reviewed.front().report_id, imported_report());
    EXPECT_TRUE(since_after->reviewed.empty());
    EXPECT_EQ(by_default->since, date(2024, 7, 20));
    EXPECT_FALSE(by_default->since_chosen);
    EXPECT_EQ(by_default->reviewed.size(), 1u);
}

TEST_F(StartPagesTest, TheBoardSeesNoReportTheKansliHasNotReviewed) {
    act("kansli", imported_report(), WorkflowAction::Return, "Komplettera.");
    const auto news = board_news(as("styrelse"), date(2024, 1, 1));
    ASSERT_TRUE(news);
    EXPECT_TRUE(news->reviewed.empty());
}

} // namespace
} // namespace finsam::testing
