#pragma once

#include "domain/Date.h"
#include "domain/Notification.h"
#include "domain/Period.h"
#include "domain/ReportState.h"

#include <string>
#include <string_view>

namespace finsam {

// The words of the e-mail notifications, in Swedish plain text. A notification's text is
// made when it is queued; its link, to the installation's address, when it is sent.

/// What a notification says: its subject, its text, and the page it is about.
struct NotificationText {
    std::string subject;
    std::string body;
    std::string link_path;
};

/// To the kansli: the report came in.
NotificationText submitted_text(const ReportState& report);
/// To the insatsägare: the kansli sent the report back, with its comment.
NotificationText completion_request_text(const ReportState& report, std::string_view comment);
/// To the insatsägare: the kvartalsrapport for `quarter` is due on `deadline`.
NotificationText reminder_text(std::int64_t intervention_id, std::string_view intervention_name,
                               const Period& quarter, Date deadline);
/// To the insatsägare: the kvartalsrapport for `quarter` was due on `deadline` and is not in.
NotificationText late_text(std::int64_t intervention_id, std::string_view intervention_name,
                           const Period& quarter, Date deadline);

/// The message's text as sent: the notification's text, the address of its page, and how to
/// turn e-mail off. `base_url` is the installation's address, without a trailing slash.
std::string mail_body(const WaitingNotification& notification, std::string_view base_url);

} // namespace finsam
