#include "domain/AccessPolicy.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

constexpr std::int64_t k_forbund = 1;
constexpr std::int64_t k_other_forbund = 2;
constexpr std::int64_t k_own_insats = 10;
constexpr std::int64_t k_other_insats = 11;

User user_with(Role role) {
    User user;
    user.id = 7;
    user.association_id = k_forbund;
    user.role = role;
    if (role == Role::InterventionOwner)
        user.intervention_ids = {k_own_insats};
    return user;
}

ReportState report_of(std::int64_t intervention_id, ReportStatus status,
                      std::int64_t association_id = k_forbund) {
    ReportState report;
    report.id = 100;
    report.association_id = association_id;
    report.intervention_id = intervention_id;
    report.status = status;
    return report;
}

constexpr ReportStatus k_every_status[] = {ReportStatus::Draft, ReportStatus::Submitted,
                                           ReportStatus::Registered, ReportStatus::Reviewed,
                                           ReportStatus::Returned};

TEST(AccessPolicyTest, SurveysAreTheKanslisAndTheirOwnInsatsagaresToRun) {
    const User kansli = user_with(Role::Kansli);
    const User owner = user_with(Role::InterventionOwner);
    const User board = user_with(Role::Board);

    EXPECT_EQ(AccessPolicy(kansli).manage_surveys_of(k_forbund, k_other_insats), Access::Allowed);
    EXPECT_EQ(AccessPolicy(owner).manage_surveys_of(k_forbund, k_own_insats), Access::Allowed);
    EXPECT_EQ(AccessPolicy(owner).manage_surveys_of(k_forbund, k_other_insats), Access::Forbidden);
    EXPECT_EQ(AccessPolicy(board).manage_surveys_of(k_forbund, k_own_insats), Access::Forbidden);
    EXPECT_EQ(AccessPolicy(kansli).manage_surveys_of(k_other_forbund, k_own_insats),
              Access::NotFound);
}

// The board's rule, which every export shares.

TEST(AccessPolicyTest, TheBoardSeesOnlyReviewedReports) {
    const Disclosure board = disclosure_for(Role::Board, 5);
    for (const auto status : k_every_status)
        EXPECT_EQ(board.shows_report(status), status == ReportStatus::Reviewed);
}

TEST(AccessPolicyTest, TheBoardSeesNoCountBelowFive) {
    const Disclosure board = disclosure_for(Role::Board, 5);
    for (const double value : {1.0, 2.0, 3.0, 4.0, 4.5})
        EXPECT_TRUE(board.hides(value, Unit::Count)) << value;
    for (const double value : {0.0, 5.0, 6.0, 120.0})
        EXPECT_FALSE(board.hides(value, Unit::Count)) << value;
    EXPECT_FALSE(board.hides(3, Unit::Percent));
}

TEST(AccessPolicyTest, TheBoardsThresholdIsTheForbundsSetting) {
    const Disclosure board = disclosure_for(Role::Board, 10);
    EXPECT_TRUE(board.hides(7, Unit::Count));
    EXPECT_FALSE(board.hides(10, Unit::Count));
    User member{1, 1, "styrelse", "Styrelseledamot", Role::Board, {}, false, 3};
    EXPECT_FALSE(AccessPolicy(member).disclosure().hides(4, Unit::Count));
    EXPECT_TRUE(AccessPolicy(member).disclosure().hides(2, Unit::Count));
}

TEST(AccessPolicyTest, TheBoardSeesNoQuoteWarningOrHistory) {
    const Disclosure board = disclosure_for(Role::Board, 5);
    EXPECT_FALSE(board.figure_quotes);
    EXPECT_FALSE(board.warnings);
    EXPECT_FALSE(board.history);
}

TEST(AccessPolicyTest, OnlyTheBoardIsKeptFromFiguresTheKansliHasNotConfirmed) {
    EXPECT_FALSE(disclosure_for(Role::Board, 5).unconfirmed_figures);
    for (const auto role : {Role::Admin, Role::Kansli, Role::InterventionOwner})
        EXPECT_TRUE(disclosure_for(role, 5).unconfirmed_figures);
}

TEST(AccessPolicyTest, OnlyTheKansliSeesSmallSurveyGroupsAndFreeTextAnswers) {
    for (const auto role : {Role::Admin, Role::Kansli}) {
        EXPECT_TRUE(disclosure_for(role, 5).small_survey_groups);
        EXPECT_TRUE(disclosure_for(role, 5).free_text_answers);
    }
    for (const auto role : {Role::InterventionOwner, Role::Board}) {
        EXPECT_FALSE(disclosure_for(role, 5).small_survey_groups);
        EXPECT_FALSE(disclosure_for(role, 5).free_text_answers);
    }
}

TEST(AccessPolicyTest, TheKansliSeesEverything) {
    for (const auto role : {Role::Admin, Role::Kansli}) {
        const Disclosure staff = disclosure_for(role, 5);
        for (const auto status : k_every_status)
            EXPECT_TRUE(staff.shows_report(status));
        EXPECT_FALSE(staff.hides(1, Unit::Count));
        EXPECT_TRUE(staff.figure_quotes && staff.warnings && staff.history);
    }
}

TEST(AccessPolicyTest, AnInsatsagareSeesTheirReportsButNotTheImportersWarnings) {
    const Disclosure owner = disclosure_for(Role::InterventionOwner, 5);
    for (const auto status : k_every_status)
        EXPECT_TRUE(owner.shows_report(status));
    EXPECT_FALSE(owner.hides(1, Unit::Count));
    EXPECT_TRUE(owner.figure_quotes);
    EXPECT_FALSE(owner.warnings);
    EXPECT_TRUE(owner.history);
}

TEST(AccessPolicyTest, ADisclosedSmallCountHasNoValueAndNoQuote) {
    const Figure figure{Measure::ParticipantsEnded, 3, Unit::Count, "2.1", "Tre har avslutat."};

    const auto board = disclose(figure, disclosure_for(Role::Board, 5));
    const auto kansli = disclose(figure, disclosure_for(Role::Kansli, 5));

    EXPECT_EQ(board.value, std::nullopt);
    EXPECT_TRUE(board.suppressed);
    EXPECT_EQ(board.quote, "");
    EXPECT_EQ(kansli.value, 3);
    EXPECT_FALSE(kansli.suppressed);
    EXPECT_EQ(kansli.quote, "Tre har avslutat.");
}

// Who opens what.

TEST(AccessPolicyTest, NothingOfAnotherForbundIsFound) {
    for (const auto role : {Role::Admin, Role::Kansli, Role::InterventionOwner, Role::Board}) {
        const User user = user_with(role);
        const AccessPolicy policy(user);
        EXPECT_EQ(policy.read_intervention(k_other_forbund, k_own_insats), Access::NotFound);
        EXPECT_EQ(
            policy.read_report(report_of(k_own_insats, ReportStatus::Reviewed, k_other_forbund)),
            Access::NotFound);
    }
}

TEST(AccessPolicyTest, AnInsatsagareOpensOnlyTheirOwnInsatser) {
    const User owner = user_with(Role::InterventionOwner);
    const AccessPolicy policy(owner);
    EXPECT_EQ(policy.read_intervention(k_forbund, k_own_insats), Access::Allowed);
    EXPECT_EQ(policy.read_intervention(k_forbund, k_other_insats), Access::Forbidden);
    EXPECT_EQ(policy.read_report(report_of(k_own_insats, ReportStatus::Draft)), Access::Allowed);
    EXPECT_EQ(policy.read_report(report_of(k_other_insats, ReportStatus::Reviewed)),
              Access::Forbidden);
    EXPECT_TRUE(policy.writes_reports_of(k_own_insats));
    EXPECT_FALSE(policy.writes_reports_of(k_other_insats));
    EXPECT_EQ(policy.intervention_scope(), std::vector<std::int64_t>{k_own_insats});
}

TEST(AccessPolicyTest, TheBoardOpensReviewedReportsAndWritesNothing) {
    const User board = user_with(Role::Board);
    const AccessPolicy policy(board);
    EXPECT_EQ(policy.read_intervention(k_forbund, k_other_insats), Access::Allowed);
    EXPECT_EQ(policy.read_report(report_of(k_own_insats, ReportStatus::Reviewed)), Access::Allowed);
    EXPECT_EQ(policy.read_report(report_of(k_own_insats, ReportStatus::Registered)),
              Access::Forbidden);
    EXPECT_FALSE(policy.writes_reports_of(k_own_insats));
    EXPECT_FALSE(policy.manages_association());
    EXPECT_FALSE(policy.may_act(WorkflowAction::Review, ReportStatus::Registered));
    EXPECT_EQ(policy.intervention_scope(), std::nullopt);
}

TEST(AccessPolicyTest, TheKansliActsWhereTheWorkflowAllows) {
    const User kansli = user_with(Role::Kansli);
    const AccessPolicy policy(kansli);
    EXPECT_TRUE(policy.manages_association());
    EXPECT_TRUE(policy.writes_reports_of(k_other_insats));
    EXPECT_TRUE(policy.may_act(WorkflowAction::Register, ReportStatus::Submitted));
    EXPECT_FALSE(policy.may_act(WorkflowAction::Register, ReportStatus::Draft));
    EXPECT_TRUE(policy.may_act(WorkflowAction::Review, ReportStatus::Registered));
    EXPECT_FALSE(policy.may_act(WorkflowAction::Submit, ReportStatus::Draft));
}

TEST(AccessPolicyTest, ContentIsEditableOnlyAsADraftOrWhenReturned) {
    const User owner = user_with(Role::InterventionOwner);
    const AccessPolicy policy(owner);
    for (const auto status : k_every_status) {
        const bool editable = status == ReportStatus::Draft || status == ReportStatus::Returned;
        EXPECT_EQ(policy.may_edit(report_of(k_own_insats, status)), editable);
        EXPECT_FALSE(policy.may_edit(report_of(k_other_insats, status)));
    }
}

TEST(AccessPolicyTest, AdminAndKansliAdministerUsersButOnlyAnAdminTouchesAnAdmin) {
    const User admin = user_with(Role::Admin);
    const User kansli = user_with(Role::Kansli);
    EXPECT_TRUE(AccessPolicy(admin).administers_users());
    EXPECT_TRUE(AccessPolicy(kansli).administers_users());
    EXPECT_TRUE(AccessPolicy(admin).may_administer(Role::Admin));
    EXPECT_FALSE(AccessPolicy(kansli).may_administer(Role::Admin));
    EXPECT_TRUE(AccessPolicy(kansli).may_administer(Role::Kansli));
    EXPECT_TRUE(AccessPolicy(kansli).may_administer(Role::InterventionOwner));
    for (const Role role : {Role::InterventionOwner, Role::Board}) {
        const User user = user_with(role);
        EXPECT_FALSE(AccessPolicy(user).administers_users());
        EXPECT_FALSE(AccessPolicy(user).may_administer(Role::Board));
    }
}

} // namespace
} // namespace finsam
