#pragma once

#include "domain/Notification.h"
#include "domain/Role.h"
#include "domain/Timestamp.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// Where one notification goes: a user with an address who wants e-mail.
struct MailRecipient {
    std::int64_t user_id = 0;
    std::string email; // staff personal data: used to send, never logged
    std::string display_name;
};

/// The e-mail notifications, which are their own queue. A notification is queued once per
/// kind, occasion and recipient (a unique key), whoever plans it; a sender claims it before
/// sending and marks it sent after, so that two senders never send one twice, and a claim
/// left by a sender that stopped is taken over once it is older than the caller's
/// `stale_before`.
class NotificationStore {
public:
    explicit NotificationStore(Database& database) : m_database(database) {}

    /// Queues each notification, unless one of the same kind, occasion and recipient was
    /// queued before (sent or not): returns how many were new. `now` dates them and makes
    /// them due at once.
    tl::expected<int, StorageError> queue(const std::vector<NewNotification>& notifications,
                                          Timestamp now);
    /// Up to `limit` notifications to send at `now`, oldest first: not sent or given up, due,
    /// and unclaimed or claimed before `stale_before`.
    tl::expected<std::vector<WaitingNotification>, StorageError>
    waiting(Timestamp now, Timestamp stale_before, int limit);
    /// Takes the notification for the sender `claim` names: false when another sender holds
    /// a claim newer than `stale_before`, or it was sent or given up meanwhile.
    tl::expected<bool, StorageError> claim(std::int64_t id, const std::string& claim, Timestamp now,
                                           Timestamp stale_before);
    /// Records that the claimed notification was sent. Code::Stale when the claim was lost.
    tl::expected<void, StorageError> mark_sent(std::int64_t id, const std::string& claim,
                                               Timestamp now);
    /// Gives a claimed notification whose sending failed back, to be tried from `retry_at`.
    tl::expected<void, StorageError> retry_later(std::int64_t id, const std::string& claim,
                                                 Timestamp retry_at);
    /// Ends a claimed notification unsent: its recipient wants none now, or it is too old.
    tl::expected<void, StorageError> give_up(std::int64_t id, const std::string& claim,
                                             Timestamp now);

    /// The ids of the förbund's users in `role` who get e-mail, by id.
    tl::expected<std::vector<std::int64_t>, StorageError>
    recipients_in_role(std::int64_t association_id, Role role);
    /// The ids of the insatsägare bound to the insats who get e-mail, by id.
    tl::expected<std::vector<std::int64_t>, StorageError>
    recipients_of_intervention(std::int64_t intervention_id);
    /// The user as a recipient now; nullopt when they have no address, turned notifications
    /// off or are disabled.
    tl::expected<std::optional<MailRecipient>, StorageError> recipient(std::int64_t user_id);

private:
    Database& m_database;
};

} // namespace finsam
