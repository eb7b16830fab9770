#pragma once

#include "app/PeriodicThread.h"
#include "app/notifications/NotificationSender.h"
#include "domain/Clock.h"
#include "mail/Mailer.h"
#include "storage/Database.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>

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

/// `finsam serve`'s notifier: a round at start and then every `interval`.
std::unique_ptr<PeriodicThread>
start_notification_thread(std::string database_url, std::unique_ptr<Mailer> mailer,
                          MailDelivery delivery, std::chrono::seconds interval, const Clock& clock);

} // namespace finsam
