#include "storage/UserStore.h"

#include "StorageTestSupport.h"

namespace finsam::testing {
namespace {

using UserStoreTest = StoreTest;

TEST_P(UserStoreTest, AUserIsFoundByNameWithHashRoleAndInsatser) {
    const auto saved =
        save("h", {quarterly_report("Stegvis", date(2024, 1, 1), date(2024, 3, 31))});
    const std::int64_t intervention = saved.reports[0].intervention_id;
    UserStore users(database(), system_clock());

    const auto id = users.add(owner_of(association_id(), {intervention}));
    const auto login = users.find_login("agare");

    ASSERT_TRUE(id) << id.error().message;
    ASSERT_TRUE(login && *login);
    const auto& [user, hash] = **login;
    EXPECT_EQ(user.id, *id);
    EXPECT_EQ(user.display_name, "Anna Ägare");
    EXPECT_EQ(user.role, Role::InterventionOwner);
    EXPECT_EQ(user.intervention_ids, std::vector<std::int64_t>{intervention});
    EXPECT_EQ(hash, "argon-hash");
    EXPECT_FALSE(*users.find_login("okand"));
}

TEST_P(UserStoreTest, ATakenUsernameIsAConflict) {
    UserStore users(database(), system_clock());
    ASSERT_TRUE(users.add(owner_of(association_id(), {})));

    const auto again = users.add(owner_of(association_id(), {}));

    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StorageError::Code::Conflict);
    EXPECT_EQ(row_count(database(), "users"), 1);
}

TEST_P(UserStoreTest, TheListGivesEachUserTheirOwnInsatser) {
    const auto saved =
        save("h", {quarterly_report("Stegvis", date(2024, 1, 1), date(2024, 3, 31)),
                   quarterly_report("Kärnhuset", date(2024, 1, 1), date(2024, 3, 31))});
    const std::int64_t stegvis = saved.reports[0].intervention_id;
    const std::int64_t karnhuset = saved.reports[1].intervention_id;
    UserStore users(database(), system_clock());
    ASSERT_TRUE(users.add(owner_of(association_id(), {stegvis, karnhuset})));
    NewUser board{association_id(), "styrelse", "Sara Styrelse", Role::Board, "hash", {}};
    ASSERT_TRUE(users.add(board));
    NewUser second = owner_of(association_id(), {karnhuset});
    second.username = "agare2";
    ASSERT_TRUE(users.add(second));

    const auto listed = users.list(association_id());

    ASSERT_TRUE(listed) << listed.error().message;
    ASSERT_EQ(listed->size(), 3u);
    EXPECT_EQ((*listed)[0].username, "agare");
    EXPECT_EQ(
        (*listed)[0].intervention_ids,
        (std::vector<std::int64_t>{std::min(stegvis, karnhuset), std::max(stegvis, karnhuset)}));
    EXPECT_EQ((*listed)[1].username, "agare2");
    EXPECT_EQ((*listed)[1].intervention_ids, std::vector<std::int64_t>{karnhuset});
    EXPECT_EQ((*listed)[2].username, "styrelse");
    EXPECT_TRUE((*listed)[2].intervention_ids.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, UserStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
