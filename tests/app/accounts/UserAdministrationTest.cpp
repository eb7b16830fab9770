#include "app/accounts/UserAdministration.h"

#include "AppTestSupport.h"
#include "app/accounts/Login.h"
#include "storage/AuditStore.h"
#include "storage/UserStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

constexpr const char* k_first_password = "Första-lösenordet";
constexpr const char* k_second_password = "Andra-lösenordet";

class UserAdministrationTest : public UseCaseTest {
protected:
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
};

TEST_F(UserAdministrationTest, ANewPasswordRevokesTheUsersTokensAndEndsTheirSessions) {
    ASSERT_EQ(change_password(database(), clock(), "agare", k_first_password), 0);
    const auto first = *create_api_token(database(), clock(), "agare", "Skript");
    const auto second = *create_api_token(database(), clock(), "agare", "Rapporter");
    const auto others = *create_api_token(database(), clock(), "kansli", "Ekonomi");
    const auto session = log_in_as("agare", k_first_password);
    ASSERT_TRUE(session);

    const auto revoked = change_password(database(), clock(), "agare", k_second_password);

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
    ASSERT_TRUE(change_password(database(), clock(), "agare", k_first_password));
    const auto token = *create_api_token(database(), clock(), "agare", "Skript");
    const auto session = log_in_as("agare", k_first_password);
    ASSERT_TRUE(session);

    ASSERT_TRUE(disable_user(database(), clock(), "agare"));

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
    ASSERT_TRUE(change_password(database(), clock(), "agare", k_first_password));
    const auto session = log_in_as("agare", k_first_password);
    ASSERT_TRUE(session);
    ASSERT_TRUE(disable_user(database(), clock(), "agare"));

    ASSERT_TRUE(enable_user(database(), clock(), "agare"));

    EXPECT_FALSE(session_active(session->token));
    EXPECT_TRUE(log_in_as("agare", k_first_password));
    EXPECT_TRUE(audited(AuditAction::Enable, user("agare").id));
}

TEST_F(UserAdministrationTest, AnUnknownUserIsNotFound) {
    const auto disabled = disable_user(database(), clock(), "okand");
    const auto enabled = enable_user(database(), clock(), "okand");
    const auto changed = change_password(database(), clock(), "okand", k_first_password);

    ASSERT_FALSE(disabled);
    EXPECT_EQ(disabled.error().code, ErrorCode::NotFound);
    ASSERT_FALSE(enabled);
    EXPECT_EQ(enabled.error().code, ErrorCode::NotFound);
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().code, ErrorCode::NotFound);
}

TEST_F(UserAdministrationTest, ANewUserGetsTheAddressGivenAndAWrongOneIsRefusedFirst) {
    UserRequest request{"karl", "Karl Kansli", "kansli", {}, k_first_password, " karl@exempel.se"};
    UserRequest wrong = request;
    wrong.username = "kurt";
    wrong.email = "kurt@exempel";

    const auto added = add_user(database(), clock(), association(), request);
    const auto checked = checked_new_user(database(), association(), wrong);

    ASSERT_TRUE(added) << added.error().log_message;
    const auto preference = *UserStore(database(), clock()).mail_preference(*added);
    EXPECT_EQ(preference.email, "karl@exempel.se");
    EXPECT_TRUE(preference.notifications);
    ASSERT_FALSE(checked);
    ASSERT_EQ(checked.error().fields.size(), 1u);
    EXPECT_EQ(checked.error().fields[0].field, "email");
}

} // namespace
} // namespace finsam::testing
