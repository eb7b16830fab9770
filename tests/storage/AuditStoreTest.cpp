#include "storage/AuditStore.h"

#include "StorageTestSupport.h"
#include "storage/UserStore.h"

namespace finsam::testing {
namespace {

using AuditStoreTest = StoreTest;

TEST_P(AuditStoreTest, TheAuditTrailListsNewestFirst) {
    UserStore users(database(), system_clock());
    AuditStore audit(database());
    const auto id = *users.add(owner_of(association_id(), {}));
    ASSERT_TRUE(audit.record(
        {at("2026-01-01T08:00:00Z"), id, AuditAction::Login, AuditObject::User, id, ""}));
    ASSERT_TRUE(audit.record(
        {at("2026-01-01T08:01:00Z"), id, AuditAction::View, AuditObject::Report, 7, ""}));
    ASSERT_TRUE(audit.record({at("2026-01-01T08:02:00Z"), std::nullopt, AuditAction::LoginFailed,
                              AuditObject::User, std::nullopt, ""}));

    const auto events = audit.list(association_id(), 2);

    ASSERT_TRUE(events) << events.error().message;
    ASSERT_EQ(events->size(), 2u);
    EXPECT_EQ((*events)[0].action, AuditAction::LoginFailed);
    EXPECT_EQ((*events)[1].action, AuditAction::View);
    EXPECT_EQ((*events)[1].object_id, 7);
    EXPECT_EQ((*events)[1].at, at("2026-01-01T08:01:00Z"));
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
