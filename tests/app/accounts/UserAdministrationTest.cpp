#include "app/accounts/UserAdministration.h"

#include "AppTestSupport.h"
#include "app/accounts/Invitations.h"
#include "app/accounts/Login.h"
#include "storage/AuditStore.h"
#include "storage/ReportStore.h"
#include "storage/UserStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

constexpr const char* k_first_password = "Första-lösenordet";
constexpr const char* k_second_password = "Andra-lösenordet";

class UserAdministrationTest : public UseCaseTest {
protected:
    void SetUp() override {
        UseCaseTest::SetUp();
        const auto id = UserStore(database(), clock())
                            .add({association(), "admin", "Ada Admin", Role::Admin, "hash", {}});
        ASSERT_TRUE(id);
        m_admin = User{*id, association(), "admin", "Ada Admin", Role::Admin, {}, false};
    }

    AppContext as_admin() {
        return AppContext(database(), m_admin, clock(), m_no_templates, Channel::Web);
    }
    const User& admin() const { return m_admin; }

    std::int64_t id_of(const std::string& username) { return user(username).id; }

    AppResult<OpenedSession> log_in_as(const std::string& username, const std::string& password) {
        return log_in(database(), clock(), m_throttle, {}, {username, password, "127.0.0.1"});
    }

    bool session_active(const std::string& token) {
        const auto session = active_session(database(), clock(), {}, token);
        return session && *session;
    }

    bool token_opens(const std::string& token) {
        const auto user = api_token_user(database(), clock(), token);
        return user && *user;
    }

    /// Whether the förbund's audit trail has the action on the user.
    bool audited(AuditAction action, std::int64_t user_id) {
        const auto events = AuditStore(database()).list(association(), 100);
        return events && std::any_of(events->begin(), events->end(), [&](const auto& event) {
                   return event.action == action && event.object == AuditObject::User &&
                          event.object_id == user_id;
               });
    }

private:
    LoginThrottle m_throttle;
    User m_admin;
    ReportTemplates m_no_templates;
};

TEST_F(UserAdministrationTest, ANewPasswordRevokesTheUsersTokensAndEndsTheirSessions) {
    const AppContext kansli = as("kansli");
    ASSERT_EQ(change_password(kansli, id_of("agare"), k_first_password), 0);
    const auto first = *create_api_token(kansli, id_of("agare"), "Skript");
    const auto second = *create_api_token(kansli, id_of("agare"), "Rapporter");
    const auto others = *create_api_token(kansli, id_of("kansli"), "Ekonomi");
    const auto session = log_in_as("agare", k_first_password);
    ASSERT_TRUE(session);

    const auto revoked = change_password(kansli, id_of("agare"), k_second_password);

    ASSERT_TRUE(revoked) << revoked.error().log_message;
    EXPECT_EQ(*revoked, 2);
    EXPECT_FALSE(token_opens(first));
    EXPECT_FALSE(token_opens(second));
    EXPECT_TRUE(token_opens(others));
    EXPECT_FALSE(session_active(session->token));
    EXPECT_TRUE(log_in_as("agare", k_second_password));
    EXPECT_TRUE(audited(AuditAction::PasswordChange, user("agare").id));
}

TEST_F(UserAdministrationTest, ADisabledUserIsRefusedAsForAWrongPasswordAndLosesSessionAndTokens) {
    const AppContext kansli = as("kansli");
    ASSERT_TRUE(change_password(kansli, id_of("agare"), k_first_password));
    const auto token = *create_api_token(kansli, id_of("agare"), "Skript");
    const auto session = log_in_as("agare", k_first_password);
    ASSERT_TRUE(session);

    ASSERT_TRUE(disable_user(kansli, id_of("agare")));

    const auto refused = log_in_as("agare", k_first_password);
    const auto wrong = log_in_as("kansli", "fel-lösenord");
    ASSERT_FALSE(refused);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(refused.error().code, wrong.error().code);
    EXPECT_EQ(refused.error().code, ErrorCode::LoginFailed);
    EXPECT_FALSE(session_active(session->token));
    EXPECT_FALSE(token_opens(token));
    EXPECT_TRUE(audited(AuditAction::Disable, user("agare").id));
}

TEST_F(UserAdministrationTest, AnEnabledUserLogsInAgainButTheOldSessionStaysEnded) {
    const AppContext kansli = as("kansli");
    ASSERT_TRUE(change_password(kansli, id_of("agare"), k_first_password));
    const auto session = log_in_as("agare", k_first_password);
    ASSERT_TRUE(session);
    ASSERT_TRUE(disable_user(kansli, id_of("agare")));

    ASSERT_TRUE(enable_user(kansli, id_of("agare")));

    EXPECT_FALSE(session_active(session->token));
    EXPECT_TRUE(log_in_as("agare", k_first_password));
    EXPECT_TRUE(audited(AuditAction::Enable, user("agare").id));
}

TEST_F(UserAdministrationTest, AnotherForbundsUserIsNotFound) {
    const auto other = *ReportStore(database(), clock()).ensure_association("Annat förbund");
    const auto foreign = UserStore(database(), clock())
                             .add({other, "annan", "Anders Annan", Role::Kansli, "hash", {}});
    ASSERT_TRUE(foreign);
    const AppContext kansli = as("kansli");

    for (const std::int64_t unknown : {*foreign, *foreign + 100}) {
        const auto disabled = disable_user(kansli, unknown);
        const auto reset = issue_invitation(kansli, unknown, InvitationPurpose::Reset);
        const auto changed = change_password(kansli, unknown, k_first_password);
        ASSERT_FALSE(disabled);
        EXPECT_EQ(disabled.error().code, ErrorCode::NotFound);
        ASSERT_FALSE(reset);
        EXPECT_EQ(reset.error().code, ErrorCode::NotFound);
        ASSERT_FALSE(changed);
        EXPECT_EQ(changed.error().code, ErrorCode::NotFound);
    }
    EXPECT_FALSE(find_user(kansli, "annan"));
}

TEST_F(UserAdministrationTest, OnlyAdminAndKansliAdministerAndOnlyAnAdminTouchesAnAdmin) {
    for (const char* username : {"agare", "styrelse"}) {
        const auto listed = list_users(as(username));
        ASSERT_FALSE(listed);
        EXPECT_EQ(listed.error().code, ErrorCode::Forbidden);
        const auto disabled = disable_user(as(username), id_of("kansli"));
        ASSERT_FALSE(disabled);
        EXPECT_EQ(disabled.error().code, ErrorCode::Forbidden);
    }
    const auto reset = issue_invitation(as("kansli"), admin().id, InvitationPurpose::Reset);
    ASSERT_FALSE(reset);
    EXPECT_EQ(reset.error().code, ErrorCode::Forbidden);
    const auto made_admin = invite_user(as("kansli"), {"ny", "Ny Admin", "admin", {}, ""});
    ASSERT_FALSE(made_admin);
    ASSERT_EQ(made_admin.error().fields.size(), 1u);
    EXPECT_EQ(made_admin.error().fields.front().field, "role");
    EXPECT_TRUE(invite_user(as_admin(), {"ny", "Ny Admin", "admin", {}, ""}));
    EXPECT_TRUE(issue_invitation(as_admin(), id_of("kansli"), InvitationPurpose::Reset));
}

TEST_F(UserAdministrationTest, NoOneDisablesThemselves) {
    const auto disabled = disable_user(as("kansli"), id_of("kansli"));

    ASSERT_FALSE(disabled);
    ASSERT_EQ(disabled.error().fields.size(), 1u);
    EXPECT_EQ(disabled.error().fields.front().field, "user");
    EXPECT_FALSE((*find_user(as("kansli"), "kansli")).disabled);
}

TEST_F(UserAdministrationTest, AnInvitedUserChoosesTheirPasswordOnceThroughTheLink) {
    const auto invitation =
        invite_user(as("kansli"), {"olle", "Olle Ägare", "insatsagare", {"Kärnhuset 2.0"}, ""});
    ASSERT_TRUE(invitation) << invitation.error().log_message;
    EXPECT_EQ(invitation->purpose, InvitationPurpose::Invite);
    EXPECT_EQ(invitation->expires_at, clock().now() + std::chrono::days{7});
    EXPECT_EQ(invitation->user.intervention_ids, std::vector<std::int64_t>{karnhuset()});
    // Until the link is used no password opens the account, not even an empty one.
    EXPECT_FALSE(log_in_as("olle", ""));
    const auto opened = open_invitation(database(), clock(), invitation->token);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->user.username, "olle");

    const auto differ = accept_invitation(database(), clock(), invitation->token, k_first_password,
                                          k_second_password);
    const auto too_short =
        accept_invitation(database(), clock(), invitation->token, "kort", "kort");
    const auto accepted = accept_invitation(database(), clock(), invitation->token,
                                            k_first_password, k_first_password);
    const auto again = accept_invitation(database(), clock(), invitation->token, k_second_password,
                                         k_second_password);

    ASSERT_FALSE(differ);
    EXPECT_EQ(differ.error().fields.front().field, "password_again");
    ASSERT_FALSE(too_short);
    EXPECT_EQ(too_short.error().fields.front().field, "password");
    ASSERT_TRUE(accepted) << accepted.error().log_message;
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(log_in_as("olle", k_first_password));
    EXPECT_FALSE(log_in_as("olle", k_second_password));
    EXPECT_TRUE(audited(AuditAction::Create, invitation->user.id));
    EXPECT_TRUE(audited(AuditAction::Invite, invitation->user.id));
    EXPECT_TRUE(audited(AuditAction::PasswordChange, invitation->user.id));
}

TEST_F(UserAdministrationTest, ALinkExpiresAfterSevenDaysAndANewOneReplacesTheOld) {
    const AppContext kansli = as("kansli");
    const auto first = issue_invitation(kansli, id_of("agare"), InvitationPurpose::Reset);
    const auto second = issue_invitation(kansli, id_of("agare"), InvitationPurpose::Reset);
    ASSERT_TRUE(first && second);

    EXPECT_FALSE(open_invitation(database(), clock(), first->token));
    EXPECT_TRUE(open_invitation(database(), clock(), second->token));
    const Timestamp issued = clock().now();
    clock().set(issued + std::chrono::days{7} - std::chrono::seconds{1});
    EXPECT_TRUE(open_invitation(database(), clock(), second->token));
    clock().set(issued + std::chrono::days{7});
    EXPECT_FALSE(open_invitation(database(), clock(), second->token));
    EXPECT_FALSE(
        accept_invitation(database(), clock(), second->token, k_first_password, k_first_password));
    EXPECT_FALSE(open_invitation(database(), clock(), "okand-token-som-inte-finns"));
    EXPECT_TRUE(audited(AuditAction::ResetPassword, user("agare").id));
}

TEST_F(UserAdministrationTest, AResetLinkKeepsTheOldPasswordUntilUsedThenEndsSessionsAndTokens) {
    const AppContext kansli = as("kansli");
    ASSERT_TRUE(change_password(kansli, id_of("agare"), k_first_password));
    const auto token = *create_api_token(kansli, id_of("agare"), "Skript");
    const auto session = log_in_as("agare", k_first_password);
    ASSERT_TRUE(session);

    const auto reset = issue_invitation(kansli, id_of("agare"), InvitationPurpose::Reset);
    ASSERT_TRUE(reset);
    EXPECT_TRUE(session_active(session->token));
    EXPECT_TRUE(token_opens(token));

    ASSERT_TRUE(
        accept_invitation(database(), clock(), reset->token, k_second_password, k_second_password));

    EXPECT_FALSE(session_active(session->token));
    EXPECT_FALSE(token_opens(token));
    EXPECT_FALSE(log_in_as("agare", k_first_password));
    EXPECT_TRUE(log_in_as("agare", k_second_password));
}

TEST_F(UserAdministrationTest, ADisabledUsersLinkOpensNothing) {
    const auto reset = issue_invitation(as("kansli"), id_of("agare"), InvitationPurpose::Reset);
    ASSERT_TRUE(reset);
    ASSERT_TRUE(disable_user(as("kansli"), id_of("agare")));

    const auto opened = open_invitation(database(), clock(), reset->token);

    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::NotFound);
}

TEST_F(UserAdministrationTest, AnInsatsagareIsBoundAndUnboundByName) {
    const AppContext kansli = as("kansli");

    ASSERT_TRUE(set_user_interventions(kansli, id_of("agare"), {}));
    EXPECT_TRUE((*find_user(kansli, "agare")).intervention_ids.empty());
    ASSERT_TRUE(set_user_interventions(kansli, id_of("agare"), {"kärnhuset 2.0"}));
    EXPECT_EQ((*find_user(kansli, "agare")).intervention_ids,
              std::vector<std::int64_t>{karnhuset()});

    const auto unknown = set_user_interventions(kansli, id_of("agare"), {"Finns inte"});
    const auto board = set_user_interventions(kansli, id_of("styrelse"), {"Kärnhuset 2.0"});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().fields.front().field, "insats");
    ASSERT_FALSE(board);
    EXPECT_EQ(board.error().fields.front().field, "insats");
    EXPECT_TRUE(audited(AuditAction::Edit, user("agare").id));
}

TEST_F(UserAdministrationTest, ANewUserGetsTheAddressGivenAndAWrongOneIsRefusedFirst) {
    UserRequest request{"karl", "Karl Kansli", "kansli", {}, k_first_password, " karl@exempel.se"};
    UserRequest wrong = request;
    wrong.username = "kurt";
    wrong.email = "kurt@exempel";

    const auto added = add_user(as_admin(), request);
    const auto checked = checked_new_user(as_admin(), wrong);

    ASSERT_TRUE(added) << added.error().log_message;
    const auto preference = *UserStore(database(), clock()).mail_preference(*added);
    EXPECT_EQ(preference.email, "karl@exempel.se");
    EXPECT_TRUE(preference.notifications);
    ASSERT_FALSE(checked);
    ASSERT_EQ(checked.error().fields.size(), 1u);
    EXPECT_EQ(checked.error().fields[0].field, "email");
}

TEST_F(UserAdministrationTest, TheKansliGivesAUserAnAddressAndTheUsersOwnChoiceStays) {
    UserStore users(database(), clock());
    ASSERT_TRUE(users.set_mail_preference(id_of("agare"), {std::nullopt, false}));

    const auto set = set_user_email(as("kansli"), id_of("agare"), " anna@exempel.se ");
    const auto wrong = set_user_email(as("kansli"), id_of("agare"), "anna@");

    ASSERT_TRUE(set) << set.error().log_message;
    const auto preference = *users.mail_preference(id_of("agare"));
    EXPECT_EQ(preference.email, "anna@exempel.se");
    EXPECT_FALSE(preference.notifications) << "turned off by the user, and still off";
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().fields.at(0).field, "email");
    EXPECT_EQ(users.mail_preference(id_of("agare"))->email, "anna@exempel.se");
    const auto overview = user_overview(as("kansli"), id_of("agare"));
    ASSERT_TRUE(overview);
    EXPECT_EQ(overview->mail.email, "anna@exempel.se");
    const auto events = AuditStore(database()).list(association(), 100);
    ASSERT_TRUE(events);
    const auto edit = std::find_if(events->begin(), events->end(), [](const auto& event) {
        return event.action == AuditAction::Edit && event.object == AuditObject::User;
    });
    ASSERT_NE(edit, events->end());
    EXPECT_EQ(edit->detail, "e-mail address changed") << "never the address itself";
}

TEST_F(UserAdministrationTest, AnEmptyAddressRemovesItAndOnlyAnAdminChangesAnAdmins) {
    ASSERT_TRUE(set_user_email(as("kansli"), id_of("agare"), "anna@exempel.se"));

    ASSERT_TRUE(set_user_email(as("kansli"), id_of("agare"), ""));
    const auto admins = set_user_email(as("kansli"), admin().id, "ada@exempel.se");
    const auto by_board = set_user_email(as("styrelse"), id_of("agare"), "x@exempel.se");

    EXPECT_FALSE(UserStore(database(), clock()).mail_preference(id_of("agare"))->email);
    ASSERT_FALSE(admins);
    EXPECT_EQ(admins.error().code, ErrorCode::Forbidden);
    ASSERT_FALSE(by_board);
    EXPECT_EQ(by_board.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(set_user_email(as_admin(), admin().id, "ada@exempel.se"));
}

} // namespace
} // namespace finsam::testing
