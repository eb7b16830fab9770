#include "storage/SessionStore.h"

#include "StorageTestSupport.h"
#include "storage/UserStore.h"

namespace finsam::testing {
namespace {

using SessionStoreTest = StoreTest;

TEST_P(SessionStoreTest, SessionsEndWithANewPasswordOrADisabledUser) {
    UserStore users(database(), system_clock());
    SessionStore sessions(database());
    const auto id = *users.add(owner_of(association_id(), {}));
    ASSERT_TRUE(sessions.create("token-1", id, "csrf-1", at("2026-01-01T10:00:00Z")));
    ASSERT_TRUE(sessions.create("token-2", id, "csrf-2", at("2026-01-01T10:00:00Z")));

    const auto found = sessions.find("token-1");
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->csrf_token, "csrf-1");
    EXPECT_EQ((*found)->user.username, "agare");

    ASSERT_TRUE(users.set_password_hash("agare", "new-hash"));
    EXPECT_FALSE(*sessions.find("token-1"));
    EXPECT_FALSE(*sessions.find("token-2"));

    ASSERT_TRUE(sessions.create("token-3", id, "csrf-3", at("2026-01-01T10:00:00Z")));
    ASSERT_TRUE(users.set_disabled(id, true));
    EXPECT_FALSE(*sessions.find("token-3"));
    const auto missing = users.set_password_hash("okand", "x");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, StorageError::Code::NotFound);
}

TEST_P(SessionStoreTest, IdleSessionsAreRemoved) {
    UserStore users(database(), system_clock());
    SessionStore sessions(database());
    const auto id = *users.add(owner_of(association_id(), {}));
    ASSERT_TRUE(sessions.create("old", id, "c", at("2026-01-01T08:00:00Z")));
    ASSERT_TRUE(sessions.create("new", id, "c", at("2026-01-01T08:00:00Z")));
    ASSERT_TRUE(sessions.touch("new", at("2026-01-01T09:50:00Z")));

    const auto removed = sessions.remove_seen_before(at("2026-01-01T09:30:00Z"));

    ASSERT_TRUE(removed);
    EXPECT_EQ(*removed, 1);
    EXPECT_FALSE(*sessions.find("old"));
    EXPECT_TRUE(*sessions.find("new"));
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
