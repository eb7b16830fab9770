#pragma once

#include "app/AppError.h"
#include "domain/Clock.h"
#include "mail/Mailer.h"
#include "storage/Database.h"

#include <chrono>
#include <string>

namespace finsam {

/// How the waiting notifications are sent.
struct MailDelivery {
    std::string base_url;     // the installation's address, for the links: https://…
    std::string sender_token; // names this sender in its claims; unique per process
    /// A claim older than this is taken to be of a sender that stopped before it finished.
    std::chrono::seconds claim_timeout{10 * 60};
    /// A notification still unsent this long after it was queued is given up: news that old
    /// misleads more than it tells.
    std::chrono::hours max_age{72};
};

/// What a round of sending did.
struct SendSummary {
    int sent = 0;
    int failed = 0;  // to be tried again later
    int dropped = 0; // given up: the recipient wants no e-mail now, or it waited too long
};

/// Sends the notifications waiting to be sent: each is claimed first (so that another sender
/// leaves it), sent, and marked sent; a failed one is tried again later, waiting longer after
/// each failure, and the round stops at the first failure (the server is likely down). The
/// recipient's address and wish are read as they are now. Logs user and notification ids,
/// never addresses.
AppResult<SendSummary> send_waiting_notifications(Database& database, const Clock& clock,
                                                  Mailer& mailer, const MailDelivery& delivery);

/// A token no other sender has: the host's name, the process and a random part.
std::string new_sender_token();

} // namespace finsam
