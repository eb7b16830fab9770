#include "app/notifications/NotificationRounds.h"

#include "app/notifications/DeadlineNotices.h"
#include "storage/AssociationStore.h"

#include <spdlog/spdlog.h>

namespace finsam {

RoundSummary run_notification_round(Database& database, const Clock& clock, Mailer& mailer,
                                    const MailDelivery& delivery, std::optional<Date> as_of) {
    RoundSummary summary;
    const auto associations = AssociationStore(database).list();
    if (!associations) {
        spdlog::error("cannot list the associations to notify: {}", associations.error().message);
        summary.complete = false;
    } else {
        for (const auto& settings : *associations) {
            const auto queued = queue_deadline_notices(database, clock, settings, as_of);
            if (!queued) {
                spdlog::error("cannot queue the deadline notices of association {}: {}",
                              settings.id, queued.error().log_message);
                summary.complete = false;
                continue;
            }
            summary.queued += *queued;
        }
    }
    const auto sent = send_waiting_notifications(database, clock, mailer, delivery);
    if (!sent) {
        spdlog::error("cannot send the waiting notifications: {}", sent.error().log_message);
        summary.complete = false;
    } else {
        summary.sending = *sent;
        summary.complete = summary.complete && sent->failed == 0;
    }
    return summary;
}

NotificationThread::NotificationThread(std::string database_url, std::unique_ptr<Mailer> mailer,
                                       MailDelivery delivery, std::chrono::seconds interval,
                                       const Clock& clock)
    : m_database_url(std::move(database_url)), m_mailer(std::move(mailer)),
      m_delivery(std::move(delivery)), m_interval(interval), m_clock(clock),
      m_thread([this] { run(); }) {}

NotificationThread::~NotificationThread() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool NotificationThread::wait_for_next_round() {
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
}

void NotificationThread::run() {
    do {
        // A connection per round: a database that was away comes back by the next one.
        auto database = Database::open(m_database_url);
        if (!database) {
            spdlog::error("the notifier cannot open the database: {}", database.error().message);
            continue;
        }
        const auto round = run_notification_round(*database, m_clock, *m_mailer, m_delivery);
        if (round.queued || round.sending.sent || round.sending.failed || round.sending.dropped)
            spdlog::info("notifications: {} queued, {} sent, {} failed, {} dropped", round.queued,
                         round.sending.sent, round.sending.failed, round.sending.dropped);
    } while (wait_for_next_round());
}

} // namespace finsam
