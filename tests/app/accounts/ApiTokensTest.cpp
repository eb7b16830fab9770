#include "app/accounts/ApiTokens.h"

#include "AppTestSupport.h"
#include "app/accounts/Login.h"
#include "app/accounts/UserAdministration.h"
#include "storage/AuditStore.h"
#include "storage/ReportStore.h"
#include "storage/UserStore.h"

namespace finsam::testing {
namespace {

class ApiTokensTest : public UseCaseTest {
protected:
    std::optional<Timestamp> last_used(const std::string& username) {
        const auto tokens = list_api_tokens(as("kansli"), user(username).id);
        EXPECT_TRUE(tokens && tokens->size() == 1u);
        return tokens->front().last_used_at;
    }
};

TEST_F(ApiTokensTest, ATokensUseIsRecordedAtMostOnceAMinute) {
    const auto token = *create_api_token(as("kansli"), user("kansli").id, "Ekonomi");
    const Timestamp first = clock().now();
    EXPECT_FALSE(last_used("kansli"));

    ASSERT_TRUE(api_token_user(database(), clock(), token));
    EXPECT_EQ(last_used("kansli"), first);
    clock().set(first + std::chrono::seconds(50));
    ASSERT_TRUE(api_token_user(database(), clock(), token));
    EXPECT_EQ(last_used("kansli"), first);
    clock().set(first + std::chrono::seconds(61));
    ASSERT_TRUE(api_token_user(database(), clock(), token));
    EXPECT_EQ(last_used("kansli"), first + std::chrono::seconds(61));
}

TEST_F(ApiTokensTest, ARevokedTokenOpensNothingAndTheRevocationIsAudited) {
    const auto token = *create_api_token(as("kansli"), user("kansli").id, "Ekonomi");
    const auto id = (*list_api_tokens(as("kansli"), user("kansli").id)).front().id;

    const auto revoked = revoke_api_token(as("kansli"), id);

    ASSERT_TRUE(revoked) << revoked.error().log_message;
    EXPECT_EQ(revoked->revoked_at, clock().now());
    const auto user = api_token_user(database(), clock(), token);
    ASSERT_TRUE(user);
    EXPECT_FALSE(*user);
    const auto events = AuditStore(database()).list(association(), 10);
    ASSERT_TRUE(events && !events->empty());
    EXPECT_EQ(events->front().action, AuditAction::Revoke);
    EXPECT_EQ(events->front().object, AuditObject::ApiToken);
    EXPECT_EQ(events->front().object_id, id);
    const auto unknown = revoke_api_token(as("kansli"), id + 100);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST_F(ApiTokensTest, AnotherForbundsTokensAreNeitherListedNorRevoked) {
    const auto other = *ReportStore(database(), clock()).ensure_association("Annat förbund");
    const auto foreign_id = UserStore(database(), clock())
                                .add({other, "annan", "Anders Annan", Role::Kansli, "hash", {}});
    ASSERT_TRUE(foreign_id);
    const User foreign{*foreign_id, other, "annan", "Anders Annan", Role::Kansli, {}, false};
    const ReportTemplates no_templates;
    const AppContext theirs(database(), foreign, clock(), no_templates, Channel::Web);
    const auto foreign_token = create_api_token(theirs, *foreign_id, "Främmande");
    ASSERT_TRUE(foreign_token);
    ASSERT_TRUE(create_api_token(as("kansli"), user("kansli").id, "Ekonomi"));
    const auto foreign_token_id = (*list_api_tokens(theirs, std::nullopt)).front().id;

    const auto ours = list_api_tokens(as("kansli"), std::nullopt);
    const auto revoked = revoke_api_token(as("kansli"), foreign_token_id);

    ASSERT_TRUE(ours);
    ASSERT_EQ(ours->size(), 1u);
    EXPECT_EQ(ours->front().username, "kansli");
    ASSERT_FALSE(revoked);
    EXPECT_EQ(revoked.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(*api_token_user(database(), clock(), *foreign_token));
}

TEST_F(ApiTokensTest, OnlyAdminAndKansliSeeOrRevokeTokens) {
    ASSERT_TRUE(create_api_token(as("kansli"), user("kansli").id, "Ekonomi"));
    const auto id = (*list_api_tokens(as("kansli"), std::nullopt)).front().id;
    for (const char* username : {"agare", "styrelse"}) {
        const auto listed = list_api_tokens(as(username), std::nullopt);
        const auto revoked = revoke_api_token(as(username), id);
        ASSERT_FALSE(listed);
        EXPECT_EQ(listed.error().code, ErrorCode::Forbidden);
        ASSERT_FALSE(revoked);
        EXPECT_EQ(revoked.error().code, ErrorCode::Forbidden);
    }
}

} // namespace
} // namespace finsam::testing
