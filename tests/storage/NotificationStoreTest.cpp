#include "storage/NotificationStore.h"

#include "StorageTestSupport.h"
#include "storage/UserStore.h"

namespace finsam::testing {
namespace {

class NotificationStoreTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        const auto saved =
            save("h", {quarterly_report("Stegvis", date(2024, 1, 1), date(2024, 3, 31))});
        m_intervention = saved.reports[0].intervention_id;
        m_owner =
            *UserStore(database(), system_clock())
                 .add(owner_of(association_id(), {m_intervention}), {"anna@exempel.se", true});
    }

    NewNotification reminder(const std::string& occasion) const {
        return {association_id(), NotificationKind::Reminder, occasion,     m_owner,
                "Påminnelse",     "Kvartalsrapporten.",       "/insatser/1"};
    }

    std::int64_t m_intervention = 0;
    std::int64_t m_owner = 0;
};

TEST_P(NotificationStoreTest, AnOccasionIsQueuedOnceForEachRecipientHoweverOftenItIsPlanned) {
    NotificationStore store(database());
    const Timestamp now = at("2025-01-10T11:00:00Z");

    const auto first = store.queue({reminder("Q4"), reminder("Q4")}, now);
    const auto again = store.queue({reminder("Q4")}, now + std::chrono::hours(1));
    const auto other = store.queue({reminder("Q1")}, now);

    ASSERT_TRUE(first) << first.error().message;
    EXPECT_EQ(*first, 1);
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(*other, 1);
    EXPECT_EQ(row_count(database(), "notifications"), 2);
}

TEST_P(NotificationStoreTest, OneSenderHoldsAClaimUntilItIsStale) {
    NotificationStore store(database());
    const Timestamp now = at("2025-01-10T11:00:00Z");
    ASSERT_TRUE(store.queue({reminder("Q4")}, now));
    const auto waiting = *store.waiting(now, now - std::chrono::minutes(10), 10);
    ASSERT_EQ(waiting.size(), 1u);
    const std::int64_t id = waiting[0].id;

    EXPECT_TRUE(*store.claim(id, "a", now, now - std::chrono::minutes(10)));
    EXPECT_FALSE(*store.claim(id, "b", now, now - std::chrono::minutes(10)));
    EXPECT_TRUE(store.waiting(now, now - std::chrono::minutes(10), 10)->empty());
    const Timestamp later = now + std::chrono::minutes(11);
    EXPECT_TRUE(*store.claim(id, "b", later, later - std::chrono::minutes(10)));

    const auto by_a = store.mark_sent(id, "a", later);
    ASSERT_FALSE(by_a);
    EXPECT_EQ(by_a.error().code, StorageError::Code::Stale);
    ASSERT_TRUE(store.mark_sent(id, "b", later));
    EXPECT_FALSE(
        *store.claim(id, "c", later + std::chrono::hours(1), later + std::chrono::hours(1)));
    EXPECT_TRUE(
        store.waiting(later + std::chrono::hours(1), later + std::chrono::hours(1), 10)->empty());
}

TEST_P(NotificationStoreTest, AFailedSendWaitsUntilItsRetryAndCountsTheAttempt) {
    NotificationStore store(database());
    const Timestamp now = at("2025-01-10T11:00:00Z");
    ASSERT_TRUE(store.queue({reminder("Q4")}, now));
    const std::int64_t id = store.waiting(now, now, 10)->at(0).id;
    ASSERT_TRUE(*store.claim(id, "a", now, now));

    ASSERT_TRUE(store.retry_later(id, "a", now + std::chrono::minutes(1)));

    EXPECT_TRUE(store.waiting(now, now, 10)->empty());
    const auto due = *store.waiting(now + std::chrono::minutes(1), now, 10);
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].attempts, 1);
}

TEST_P(NotificationStoreTest, RecipientsHaveAnAddressWantEmailAndAreNotDisabled) {
    UserStore users(database(), system_clock());
    NewUser kansli{association_id(), "kansli", "Karin Kansli", Role::Kansli, "hash", {}};
    const std::int64_t karin = *users.add(kansli, {"karin@exempel.se", true});
    NewUser without_address{association_id(), "kansli2", "Kalle Kansli", Role::Kansli, "hash", {}};
    ASSERT_TRUE(users.add(without_address));
    NewUser board{association_id(), "styrelse", "Sara Styrelse", Role::Board, "hash", {}};
    ASSERT_TRUE(users.add(board, {"sara@exempel.se", true}));
    NotificationStore store(database());

    EXPECT_EQ(*store.recipients_in_role(association_id(), Role::Kansli),
              std::vector<std::int64_t>{karin});
    EXPECT_EQ(*store.recipients_of_intervention(m_intervention),
              std::vector<std::int64_t>{m_owner});
    EXPECT_EQ((*store.recipient(m_owner))->email, "anna@exempel.se");

    ASSERT_TRUE(users.set_mail_preference(m_owner, {"anna@exempel.se", false}));
    ASSERT_TRUE(users.set_disabled(karin, true));

    EXPECT_TRUE(store.recipients_of_intervention(m_intervention)->empty());
    EXPECT_FALSE(*store.recipient(m_owner));
    EXPECT_TRUE(store.recipients_in_role(association_id(), Role::Kansli)->empty());
    const auto preference = *users.mail_preference(m_owner);
    EXPECT_EQ(preference.email, "anna@exempel.se");
    EXPECT_FALSE(preference.notifications);
}

INSTANTIATE_TEST_SUITE_P(Backends, NotificationStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
