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
                              AuditObject::User, std::nullopt, ""},
                             association_id()));

    const auto events = audit.list(association_id(), 2);

    ASSERT_TRUE(events) << events.error().message;
    ASSERT_EQ(events->size(), 2u);
    EXPECT_EQ((*events)[0].action, AuditAction::LoginFailed);
    EXPECT_EQ((*events)[1].action, AuditAction::View);
    EXPECT_EQ((*events)[1].object_id, 7);
    EXPECT_EQ((*events)[1].at, at("2026-01-01T08:01:00Z"));
}

TEST_P(AuditStoreTest, AForbundsTrailShowsNeitherAnotherForbundsEventsNorThoseOfNoForbund) {
    UserStore users(database(), system_clock());
    AuditStore audit(database());
    const auto own = *users.add(owner_of(association_id(), {}));
    const auto other_association = *store().ensure_association("Annat förbund");
    const auto foreign =
        *users.add({other_association, "annan", "Anders Annan", Role::Kansli, "hash", {}});
    ASSERT_TRUE(audit.record(
        {at("2026-01-01T08:00:00Z"), own, AuditAction::Login, AuditObject::User, own, ""}));
    ASSERT_TRUE(audit.record(
        {at("2026-01-01T08:01:00Z"), foreign, AuditAction::Login, AuditObject::User, foreign, ""}));
    ASSERT_TRUE(audit.record({at("2026-01-01T08:02:00Z"), std::nullopt, AuditAction::LoginFailed,
                              AuditObject::User, std::nullopt, ""}));
    ASSERT_TRUE(audit.record({at("2026-01-01T08:03:00Z"), std::nullopt, AuditAction::Create,
                              AuditObject::User, foreign, "command line"},
                             other_association));

    const auto ours = audit.list(association_id(), 10);
    const auto theirs = audit.list(other_association, 10);

    ASSERT_TRUE(ours) << ours.error().message;
    ASSERT_EQ(ours->size(), 1u);
    EXPECT_EQ(ours->front().user_id, own);
    ASSERT_TRUE(theirs);
    ASSERT_EQ(theirs->size(), 2u);
    EXPECT_EQ((*theirs)[0].action, AuditAction::Create);
    EXPECT_EQ((*theirs)[1].user_id, foreign);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
