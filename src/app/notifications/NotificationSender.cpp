#include "app/notifications/NotificationSender.h"

#include "app/accounts/Secrets.h"
#include "app/notifications/NotificationMessages.h"
#include "storage/NotificationStore.h"

#include <algorithm>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace finsam {

namespace {

/// Notifications read per round; the next round takes the rest.
constexpr int k_round_size = 200;

/// After each failure the next attempt waits twice as long: 1, 2, 4… minutes, at most 4 hours.
std::chrono::seconds retry_delay(int earlier_failures) {
    const int doublings = std::min(earlier_failures, 8);
    return std::min(std::chrono::seconds(60) * (1 << doublings), std::chrono::seconds(4 * 3600));
}

/// Unique to the notification: its id and when it was queued.
std::string message_id(const WaitingNotification& notification) {
    return "<finsam-notification-" + std::to_string(notification.id) + "-" +
           std::to_string(notification.created_at.time().time_since_epoch().count()) +
           "@finsam.invalid>";
}

enum class Outcome { Sent, Failed, Dropped, Skipped };

Outcome deliver(NotificationStore& store, const Clock& clock, Mailer& mailer,
                const MailDelivery& delivery, const WaitingNotification& notification) {
    const Timestamp now = clock.now();
    const auto claimed =
        store.claim(notification.id, delivery.sender_token, now, now - delivery.claim_timeout);
    if (!claimed || !*claimed) {
        if (!claimed)
            spdlog::error("cannot claim notification {}: {}", notification.id,
                          claimed.error().message);
        return Outcome::Skipped;
    }
    const auto recipient = store.recipient(notification.user_id);
    if (!recipient) {
        spdlog::error("cannot read the recipient of notification {}: {}", notification.id,
                      recipient.error().message);
        (void)store.retry_later(notification.id, delivery.sender_token, now + retry_delay(0));
        return Outcome::Failed;
    }
    if (!*recipient || notification.created_at < now - delivery.max_age) {
        spdlog::info("notification {} to user {} dropped: {}", notification.id,
                     notification.user_id, *recipient ? "too old" : "the user wants no e-mail now");
        (void)store.give_up(notification.id, delivery.sender_token, now);
        return Outcome::Dropped;
    }
    const MailMessage message{(*recipient)->email, (*recipient)->display_name, notification.subject,
                              mail_body(notification, delivery.base_url), message_id(notification)};
    if (const auto sent = mailer.send(message); !sent) {
        spdlog::warn("sending notification {} to user {} failed: {}", notification.id,
                     notification.user_id, sent.error().reason);
        (void)store.retry_later(notification.id, delivery.sender_token,
                                clock.now() + retry_delay(notification.attempts));
        return Outcome::Failed;
    }
    if (const auto marked = store.mark_sent(notification.id, delivery.sender_token, clock.now());
        !marked)
        spdlog::error("notification {} was sent but cannot be marked sent: {}", notification.id,
                      marked.error().message);
    spdlog::info("notification {} sent to user {}", notification.id, notification.user_id);
    return Outcome::Sent;
}

} // namespace

AppResult<SendSummary> send_waiting_notifications(Database& database, const Clock& clock,
                                                  Mailer& mailer, const MailDelivery& delivery) {
    NotificationStore store(database);
    const Timestamp now = clock.now();
    const auto waiting = store.waiting(now, now - delivery.claim_timeout, k_round_size);
    if (!waiting)
        return tl::unexpected(AppError::internal(waiting.error()));
    SendSummary summary;
    for (const auto& notification : *waiting) {
        switch (deliver(store, clock, mailer, delivery, notification)) {
        case Outcome::Sent:
            ++summary.sent;
            break;
        case Outcome::Dropped:
            ++summary.dropped;
            break;
        case Outcome::Skipped:
            break;
        case Outcome::Failed:
            ++summary.failed;
            return summary;
        }
    }
    return summary;
}

std::string new_sender_token() {
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    return std::string(host) + ":" + std::to_string(getpid()) + ":" + random_token();
}

} // namespace finsam
