#include "storage/ApiTokenStore.h"

#include "StorageTestSupport.h"
#include "storage/UserStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

using ApiTokenStoreTest = StoreTest;

TEST_P(ApiTokenStoreTest, ApiTokensNameTheirUserUntilRevoked) {
    UserStore users(database(), system_clock());
    ApiTokenStore tokens(database());
    const auto id = *users.add(owner_of(association_id(), {}));
    const auto token = tokens.add(id, "Ekonomisystemet", "token-hash", at("2026-01-01T08:00:00Z"));
    ASSERT_TRUE(token);

    const auto found = tokens.find("token-hash");

    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->user.id, id);
    EXPECT_EQ((*found)->token_id, *token);
    EXPECT_FALSE((*found)->last_used_at);
    EXPECT_FALSE(*tokens.find("other"));
}

TEST_P(ApiTokenStoreTest, ARevokedTokenOpensNothingAndKeepsWhenItWasRevoked) {
    UserStore users(database(), system_clock());
    ApiTokenStore tokens(database());
    const auto user = *users.add(owner_of(association_id(), {}));
    const auto id = *tokens.add(user, "Skript", "token-hash", at("2026-01-01T08:00:00Z"));

    const auto revoked = tokens.revoke(id, at("2026-01-02T08:00:00Z"));
    const auto again = tokens.revoke(id, at("2026-01-03T08:00:00Z"));
    const auto unknown = tokens.revoke(id + 1, at("2026-01-03T08:00:00Z"));

    ASSERT_TRUE(revoked) << revoked.error().message;
    EXPECT_EQ(revoked->revoked_at, at("2026-01-02T08:00:00Z"));
    EXPECT_EQ(revoked->association_id, association_id());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->revoked_at, at("2026-01-02T08:00:00Z"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, StorageError::Code::NotFound);
    EXPECT_FALSE(*tokens.find("token-hash"));
}

TEST_P(ApiTokenStoreTest, TheListShowsTheForbundsTokensWithTheirLastUse) {
    UserStore users(database(), system_clock());
    ApiTokenStore tokens(database());
    const auto owner = *users.add(owner_of(association_id(), {}));
    const auto kansli =
        *users.add({association_id(), "kansli", "Karin Kansli", Role::Kansli, "hash", {}});
    const auto other_association = *store().ensure_association("Annat förbund");
    const auto foreign =
        *users.add({other_association, "annan", "Anders Annan", Role::Kansli, "hash", {}});
    const auto used = *tokens.add(owner, "Skript", "hash-1", at("2026-01-01T08:00:00Z"));
    ASSERT_TRUE(tokens.add(kansli, "Ekonomi", "hash-2", at("2026-01-01T09:00:00Z")));
    ASSERT_TRUE(tokens.add(foreign, "Främmande", "hash-3", at("2026-01-01T09:00:00Z")));
    ASSERT_TRUE(tokens.record_use(used, at("2026-01-05T10:00:00Z")));

    const auto listed = tokens.list(association_id());
    const auto owners = tokens.list(association_id(), owner);

    ASSERT_TRUE(listed) << listed.error().message;
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ((*listed)[0].username, "agare");
    EXPECT_EQ((*listed)[0].name, "Skript");
    EXPECT_EQ((*listed)[0].created_at, at("2026-01-01T08:00:00Z"));
    EXPECT_EQ((*listed)[0].last_used_at, at("2026-01-05T10:00:00Z"));
    EXPECT_FALSE((*listed)[0].revoked_at);
    EXPECT_EQ((*listed)[1].username, "kansli");
    EXPECT_FALSE((*listed)[1].last_used_at);
    ASSERT_TRUE(owners);
    ASSERT_EQ(owners->size(), 1u);
    EXPECT_EQ(owners->front().id, used);
}

TEST_P(ApiTokenStoreTest, ANewPasswordRevokesOnlyTheUsersOpenTokens) {
    UserStore users(database(), system_clock());
    ApiTokenStore tokens(database());
    const auto owner = *users.add(owner_of(association_id(), {}));
    const auto kansli =
        *users.add({association_id(), "kansli", "Karin Kansli", Role::Kansli, "hash", {}});
    ASSERT_TRUE(tokens.add(owner, "Skript", "hash-1", at("2026-01-01T08:00:00Z")));
    ASSERT_TRUE(tokens.add(owner, "Rapporter", "hash-2", at("2026-01-01T08:00:00Z")));
    const auto old = *tokens.add(owner, "Gammal", "hash-3", at("2026-01-01T08:00:00Z"));
    ASSERT_TRUE(tokens.revoke(old, at("2026-01-01T09:00:00Z")));
    ASSERT_TRUE(tokens.add(kansli, "Ekonomi", "hash-4", at("2026-01-01T08:00:00Z")));

    const auto revoked = users.set_password_hash("agare", "new-hash");

    ASSERT_TRUE(revoked) << revoked.error().message;
    EXPECT_EQ(*revoked, 2);
    EXPECT_FALSE(*tokens.find("hash-1"));
    EXPECT_FALSE(*tokens.find("hash-2"));
    EXPECT_TRUE(*tokens.find("hash-4"));
    const auto listed = *tokens.list(association_id(), owner);
    const auto earlier = std::find_if(listed.begin(), listed.end(),
                                      [&](const ApiToken& token) { return token.id == old; });
    ASSERT_NE(earlier, listed.end());
    EXPECT_EQ(earlier->revoked_at, at("2026-01-01T09:00:00Z"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiTokenStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
