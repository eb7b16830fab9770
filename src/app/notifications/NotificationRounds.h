#pragma once

#include "app/notifications/NotificationSender.h"
#include "domain/Clock.h"
#include "mail/Mailer.h"
#include "storage/Database.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace finsam {

/// What one round did, for `finsam remind` to say.
struct RoundSummary {
    int queued = 0; // deadline notices newly queued
    SendSummary sending;
    bool complete = true; // false when a förbund's notices or the sending failed (logged)
};

/// One round over the whole database: each förbund's deadline notices queued as its settings
/// ask, then every waiting notification sent. What fails is logged; the next round tries
/// again. `finsam remind` runs one; `finsam serve` runs one every few minutes. `as_of` decides
/// the deadline notices as on that day instead of the clock's.
RoundSummary run_notification_round(Database& database, const Clock& clock, Mailer& mailer,
                                    const MailDelivery& delivery,
                                    std::optional<Date> as_of = std::nullopt);

/// `finsam serve`'s notifier: a thread that runs a round at start and then every `interval`,
/// with a connection of its own, until it is destroyed (which waits for the round under way).
class NotificationThread {
public:
    NotificationThread(std::string database_url, std::unique_ptr<Mailer> mailer,
                       MailDelivery delivery, std::chrono::seconds interval, const Clock& clock);
    ~NotificationThread();
    NotificationThread(const NotificationThread&) = delete;
    NotificationThread& operator=(const NotificationThread&) = delete;

private:
    void run();
    /// Waits `interval`, or less when stopped: whether to go on.
    bool wait_for_next_round();

    std::string m_database_url;
    std::unique_ptr<Mailer> m_mailer;
    MailDelivery m_delivery;
    std::chrono::seconds m_interval;
    const Clock& m_clock;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace finsam
