#include "domain/Notification.h"

namespace finsam {

std::string_view to_string(NotificationKind kind) {
    switch (kind) {
    case NotificationKind::Submitted:
        return "submitted";
    case NotificationKind::CompletionRequested:
        return "completion_requested";
    case NotificationKind::Reminder:
        return "reminder";
    case NotificationKind::Late:
        return "late";
    }
    return "submitted";
}

} // namespace finsam
