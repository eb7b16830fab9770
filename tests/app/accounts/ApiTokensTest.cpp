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
        const auto tokens = list_api_tokens(database(), association(), username);
        EXPECT_TRUE(tokens && tokens->size() == 1u);
        return tokens->front().last_used_at;
    }
};

TEST_F(ApiTokensTest, ATokensUseIsRecordedAtMostOnceAMinute) {
    const auto token = *create_api_token(database(), clock(), "kansli", "Ekonomi");
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
    const auto token = *create_api_token(database(), clock(), "kansli", "Ekonomi");
    const auto id = (*list_api_tokens(database(), association(), "kansli")).front().id;

    const auto revoked = revoke_api_token(database(), clock(), id);

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
    const auto unknown = revoke_api_token(database(), clock(), id + 100);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST_F(ApiTokensTest, TheListShowsNoOtherForbundsTokens) {
    const auto other = *ReportStore(database(), clock()).ensure_association("Annat förbund");
    ASSERT_TRUE(UserStore(database(), clock())
                    .add({other, "annan", "Anders Annan", Role::Kansli, "hash", {}}));
    ASSERT_TRUE(create_api_token(database(), clock(), "annan", "Främmande"));
    ASSERT_TRUE(create_api_token(database(), clock(), "kansli", "Ekonomi"));

    const auto ours = list_api_tokens(database(), association(), "");
    const auto theirs_by_name = list_api_tokens(database(), association(), "annan");

    ASSERT_TRUE(ours);
    ASSERT_EQ(ours->size(), 1u);
    EXPECT_EQ(ours->front().username, "kansli");
    ASSERT_FALSE(theirs_by_name);
    EXPECT_EQ(theirs_by_name.error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace finsam::testing
