#include "storage/InvitationStore.h"

#include "StorageTestSupport.h"
#include "storage/ApiTokenStore.h"
#include "storage/UserStore.h"

namespace finsam::testing {
namespace {

using InvitationStoreTest = StoreTest;

NewInvitation invitation_of(std::int64_t user_id, const std::string& token_hash) {
    return {user_id,
            InvitationPurpose::Reset,
            token_hash,
            at("2026-01-01T08:00:00Z"),
            at("2026-01-08T08:00:00Z"),
            std::nullopt};
}

TEST_P(InvitationStoreTest, ALinkIsRedeemedOnceAndEndsTheOldPasswordsTokens) {
    UserStore users(database(), system_clock());
    const auto user = *users.add(owner_of(association_id(), {}));
    ASSERT_TRUE(
        ApiTokenStore(database()).add(user, "Skript", "token-hash", at("2026-01-01T07:00:00Z")));
    InvitationStore invitations(database());
    ASSERT_TRUE(invitations.add(invitation_of(user, "link-hash")));

    const auto found = invitations.find("link-hash");
    const auto redeemed = invitations.redeem("link-hash", "new-hash", at("2026-01-02T08:00:00Z"));
    const auto again = invitations.redeem("link-hash", "other-hash", at("2026-01-02T08:01:00Z"));

    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->user_id, user);
    EXPECT_EQ((*found)->purpose, InvitationPurpose::Reset);
    EXPECT_EQ((*found)->expires_at, at("2026-01-08T08:00:00Z"));
    EXPECT_FALSE((*found)->used_at);
    ASSERT_TRUE(redeemed) << redeemed.error().message;
    EXPECT_EQ(redeemed->user_id, user);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StorageError::Code::NotFound);
    EXPECT_EQ((*users.find_login("agare"))->second, "new-hash");
    EXPECT_EQ((*invitations.find("link-hash"))->used_at, at("2026-01-02T08:00:00Z"));
    EXPECT_FALSE(*ApiTokenStore(database()).find("token-hash"));
}

TEST_P(InvitationStoreTest, AnExpiredOrWithdrawnLinkIsNotRedeemed) {
    UserStore users(database(), system_clock());
    const auto user = *users.add(owner_of(association_id(), {}));
    InvitationStore invitations(database());
    ASSERT_TRUE(invitations.add(invitation_of(user, "first")));
    ASSERT_TRUE(invitations.add(invitation_of(user, "second")));

    const auto withdrawn = invitations.redeem("first", "hash", at("2026-01-02T08:00:00Z"));
    const auto expired = invitations.redeem("second", "hash", at("2026-01-08T08:00:00Z"));

    ASSERT_FALSE(withdrawn);
    EXPECT_EQ(withdrawn.error().code, StorageError::Code::NotFound);
    EXPECT_FALSE(*invitations.find("first"));
    ASSERT_FALSE(expired);
    EXPECT_EQ(expired.error().code, StorageError::Code::NotFound);
    EXPECT_EQ((*users.find_login("agare"))->second, "argon-hash");
}

INSTANTIATE_TEST_SUITE_P(Backends, InvitationStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
