#include "storage/AccountStore.h"

#include "StorageTestSupport.h"
#include "storage/InterventionStore.h"

namespace finsam::testing {
namespace {

using AccountStoreTest = StoreTest;

NewUser owner_of(std::int64_t association_id, std::vector<std::int64_t> interventions) {
    return {association_id,          "agare",      "Anna Ägare",
            Role::InterventionOwner, "argon-hash", std::move(interventions)};
}

TEST_P(AccountStoreTest, AUserIsFoundByNameWithHashRoleAndInsatser) {
    const auto saved =
        save("h", {quarterly_report("Stegvis", date(2024, 1, 1), date(2024, 3, 31))});
    const std::int64_t intervention = saved.reports[0].intervention_id;
    AccountStore accounts(database());

    const auto id = accounts.add_user(owner_of(association_id(), {intervention}));
    const auto login = accounts.find_login("agare");

    ASSERT_TRUE(id) << id.error().message;
    ASSERT_TRUE(login && *login);
    const auto& [user, hash] = **login;
    EXPECT_EQ(user.id, *id);
    EXPECT_EQ(user.display_name, "Anna Ägare");
    EXPECT_EQ(user.role, Role::InterventionOwner);
    EXPECT_EQ(user.intervention_ids, std::vector<std::int64_t>{intervention});
    EXPECT_EQ(hash, "argon-hash");
    EXPECT_FALSE(*accounts.find_login("okand"));
}

TEST_P(AccountStoreTest, ATakenUsernameIsAConflict) {
    AccountStore accounts(database());
    ASSERT_TRUE(accounts.add_user(owner_of(association_id(), {})));

    const auto again = accounts.add_user(owner_of(association_id(), {}));

    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StorageError::Code::Conflict);
    EXPECT_EQ(row_count(database(), "users"), 1);
}

TEST_P(AccountStoreTest, SessionsEndWithANewPasswordOrADisabledUser) {
    AccountStore accounts(database());
    const auto id = *accounts.add_user(owner_of(association_id(), {}));
    ASSERT_TRUE(accounts.create_session("token-1", id, "csrf-1", "2026-01-01T10:00:00Z"));
    ASSERT_TRUE(accounts.create_session("token-2", id, "csrf-2", "2026-01-01T10:00:00Z"));

    const auto found = accounts.find_session("token-1");
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->csrf_token, "csrf-1");
    EXPECT_EQ((*found)->user.username, "agare");

    ASSERT_TRUE(accounts.set_password_hash("agare", "new-hash"));
    EXPECT_FALSE(*accounts.find_session("token-1"));
    EXPECT_FALSE(*accounts.find_session("token-2"));

    ASSERT_TRUE(accounts.create_session("token-3", id, "csrf-3", "2026-01-01T10:00:00Z"));
    ASSERT_TRUE(accounts.set_disabled(id, true));
    EXPECT_FALSE(*accounts.find_session("token-3"));
    const auto missing = accounts.set_password_hash("okand", "x");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, StorageError::Code::NotFound);
}

TEST_P(AccountStoreTest, IdleSessionsAreRemoved) {
    AccountStore accounts(database());
    const auto id = *accounts.add_user(owner_of(association_id(), {}));
    ASSERT_TRUE(accounts.create_session("old", id, "c", "2026-01-01T08:00:00Z"));
    ASSERT_TRUE(accounts.create_session("new", id, "c", "2026-01-01T08:00:00Z"));
    ASSERT_TRUE(accounts.touch_session("new", "2026-01-01T09:50:00Z"));

    const auto removed = accounts.delete_sessions_seen_before("2026-01-01T09:30:00Z");

    ASSERT_TRUE(removed);
    EXPECT_EQ(*removed, 1);
    EXPECT_FALSE(*accounts.find_session("old"));
    EXPECT_TRUE(*accounts.find_session("new"));
}

TEST_P(AccountStoreTest, ApiTokensNameTheirUserUntilRevoked) {
    AccountStore accounts(database());
    const auto id = *accounts.add_user(owner_of(association_id(), {}));
    ASSERT_TRUE(
        accounts.add_api_token(id, "Ekonomisystemet", "token-hash", "2026-01-01T08:00:00Z"));

    const auto user = accounts.find_api_token_user("token-hash");

    ASSERT_TRUE(user && *user);
    EXPECT_EQ((*user)->id, id);
    EXPECT_FALSE(*accounts.find_api_token_user("other"));
}

TEST_P(AccountStoreTest, TheAuditTrailListsNewestFirst) {
    AccountStore accounts(database());
    const auto id = *accounts.add_user(owner_of(association_id(), {}));
    ASSERT_TRUE(accounts.record({"2026-01-01T08:00:00Z", id, "login", "user", id, ""}));
    ASSERT_TRUE(accounts.record({"2026-01-01T08:01:00Z", id, "view", "report", 7, ""}));
    ASSERT_TRUE(accounts.record(
        {"2026-01-01T08:02:00Z", std::nullopt, "login_failed", "user", std::nullopt, ""}));

    const auto events = accounts.list_audit(association_id(), 2);

    ASSERT_TRUE(events) << events.error().message;
    ASSERT_EQ(events->size(), 2u);
    EXPECT_EQ((*events)[0].action, "login_failed");
    EXPECT_EQ((*events)[1].action, "view");
    EXPECT_EQ((*events)[1].object_id, 7);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
