#pragma once

#include "domain/Timestamp.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace finsam {

/// Why an e-mail notification is sent. Glossary: komplettering begärd = completion requested
/// (the kansli sent a report back with a comment), påminnelse = reminder, försenad = late.
enum class NotificationKind {
    Submitted,           // to the kansli: a report came in
    CompletionRequested, // to the insatsägare: the kansli wants more (with its comment)
    Reminder,            // to the insatsägare: a kvartalsrapport is due in a few days
    Late,                // to the insatsägare: its deadline has passed and it is not in
};

/// Stored names: submitted, completion_requested, reminder, late.
std::string_view to_string(NotificationKind kind);

/// A notification to queue for one recipient. `occasion` names what it is about (a report's
/// submission at a revision, an insats's quarter and deadline): with the kind and the
/// recipient it is the notification's identity, so the same occasion is queued once.
struct NewNotification {
    std::int64_t association_id = 0;
    NotificationKind kind = NotificationKind::Submitted;
    std::string occasion;
    std::int64_t user_id = 0;
    std::string subject;
    std::string body;      // plain text, Swedish, without the link
    std::string link_path; // the page it is about, e.g. "/rapporter/12"
};

/// A queued notification that has not been sent yet.
struct WaitingNotification {
    std::int64_t id = 0;
    std::int64_t user_id = 0;
    std::string subject;
    std::string body;
    std::string link_path;
    Timestamp created_at;
    int attempts = 0; // failed sends so far
};

} // namespace finsam
