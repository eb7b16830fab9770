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

std::unique_ptr<PeriodicThread> start_notification_thread(std::string database_url,
                                                          std::unique_ptr<Mailer> mailer,
                                                          MailDelivery delivery,
                                                          std::chrono::seconds interval,
                                                          const Clock& clock) {
    // The thread owns the mailer: a shared_ptr keeps the copyable std::function it runs.
    std::shared_ptr<Mailer> shared_mailer = std::move(mailer);
    return std::make_unique<PeriodicThread>(
        "notifier", std::move(database_url), interval,
        [shared_mailer, delivery = std::move(delivery), &clock](Database& database) {
            const auto round = run_notification_round(database, clock, *shared_mailer, delivery);
            if (round.queued || round.sending.sent || round.sending.failed || round.sending.dropped)
                spdlog::info("notifications: {} queued, {} sent, {} failed, {} dropped",
                             round.queued, round.sending.sent, round.sending.failed,
                             round.sending.dropped);
        });
}

} // namespace finsam
