#include "storage/ApiTokenStore.h"

#include "StorageTestSupport.h"
#include "storage/UserStore.h"

namespace finsam::testing {
namespace {

using ApiTokenStoreTest = StoreTest;

TEST_P(ApiTokenStoreTest, ApiTokensNameTheirUserUntilRevoked) {
    UserStore users(database(), system_clock());
    ApiTokenStore tokens(database());
    const auto id = *users.add(owner_of(association_id(), {}));
    ASSERT_TRUE(tokens.add(id, "Ekonomisystemet", "token-hash", at("2026-01-01T08:00:00Z")));

    const auto user = tokens.find_user("token-hash");

    ASSERT_TRUE(user && *user);
    EXPECT_EQ((*user)->id, id);
    EXPECT_FALSE(*tokens.find_user("other"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiTokenStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
