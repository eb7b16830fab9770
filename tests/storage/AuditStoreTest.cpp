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

TEST_P(AuditStoreTest, ASearchFiltersByWhoWhatAndWhenAndNamesWhoAndWhat) {
    UserStore users(database(), system_clock());
    AuditStore audit(database());
    const auto saved = save("hash-1", {full_report()});
    const auto owner = *users.add(owner_of(association_id(), {}));
    const auto kansli =
        *users.add({association_id(), "kansli", "Karin Kansli", Role::Kansli, "hash", {}});
    ASSERT_TRUE(audit.record(
        {at("2026-01-01T08:00:00Z"), owner, AuditAction::Login, AuditObject::User, owner, ""}));
    ASSERT_TRUE(audit.record({at("2026-01-02T08:00:00Z"), kansli, AuditAction::View,
                              AuditObject::Report, saved.reports.front().report_id, ""}));
    ASSERT_TRUE(audit.record(
        {at("2026-01-03T08:00:00Z"), kansli, AuditAction::Disable, AuditObject::User, owner, ""}));
    ASSERT_TRUE(audit.record({at("2026-01-04T08:00:00Z"), std::nullopt, AuditAction::Create,
                              AuditObject::User, kansli, "command line"},
                             association_id()));

    const auto all = audit.search({association_id(), {}, {}, {}, {}, 10, 0});
    const auto by_kansli = audit.search({association_id(), kansli, {}, {}, {}, 10, 0});
    const auto views = audit.search({association_id(), {}, AuditAction::View, {}, {}, 10, 0});
    const auto between = audit.search(
        {association_id(), {}, {}, at("2026-01-02T00:00:00Z"), at("2026-01-04T00:00:00Z"), 10, 0});
    const auto second_page = audit.search({association_id(), {}, {}, {}, {}, 2, 2});

    ASSERT_TRUE(all) << all.error().message;
    ASSERT_EQ(all->size(), 4u);
    EXPECT_EQ((*all)[0].user_name, "");
    EXPECT_EQ((*all)[0].object_name, "Karin Kansli");
    EXPECT_EQ((*all)[1].user_name, "Karin Kansli");
    EXPECT_EQ((*all)[1].object_name, owner_of(association_id(), {}).display_name);
    EXPECT_EQ((*all)[2].object_name, full_report().intervention.name);
    ASSERT_TRUE(by_kansli && views && between && second_page);
    EXPECT_EQ(by_kansli->size(), 2u);
    ASSERT_EQ(views->size(), 1u);
    EXPECT_EQ(views->front().event.action, AuditAction::View);
    ASSERT_EQ(between->size(), 2u);
    EXPECT_EQ((*between)[0].event.action, AuditAction::Disable);
    EXPECT_EQ((*between)[1].event.action, AuditAction::View);
    ASSERT_EQ(second_page->size(), 2u);
    EXPECT_EQ((*second_page)[0].event.action, AuditAction::View);
    EXPECT_EQ((*second_page)[1].event.action, AuditAction::Login);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
