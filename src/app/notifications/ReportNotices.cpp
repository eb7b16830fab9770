#include "app/notifications/ReportNotices.h"

#include "app/notifications/NotificationMessages.h"
#include "storage/NotificationStore.h"

#include <spdlog/spdlog.h>

namespace finsam {

namespace {

/// A report's occasion: its state at one revision, which only this action produced.
std::string report_occasion(const ReportState& report) {
    return "report " + std::to_string(report.id) + " revision " + std::to_string(report.revision);
}

void queue_for(const AppContext& context, const ReportState& report, NotificationKind kind,
               const NotificationText& text,
               const tl::expected<std::vector<std::int64_t>, StorageError>& recipients) {
    if (!recipients) {
        spdlog::error("cannot find whom to notify of report {}: {}", report.id,
                      recipients.error().message);
        return;
    }
    std::vector<NewNotification> notifications;
    for (const auto user_id : *recipients) {
        notifications.push_back({report.association_id, kind, report_occasion(report), user_id,
                                 text.subject, text.body, text.link_path});
    }
    if (notifications.empty())
        return;
    const auto queued =
        NotificationStore(context.database()).queue(notifications, context.clock().now());
    if (!queued)
        spdlog::error("cannot queue the notifications of report {}: {}", report.id,
                      queued.error().message);
}

} // namespace

void queue_submitted_notices(const AppContext& context, const ReportState& report) {
    NotificationStore store(context.database());
    queue_for(context, report, NotificationKind::Submitted, submitted_text(report),
              store.recipients_in_role(report.association_id, Role::Kansli));
}

void queue_completion_request_notices(const AppContext& context, const ReportState& report,
                                      std::string_view comment) {
    NotificationStore store(context.database());
    queue_for(context, report, NotificationKind::CompletionRequested,
              completion_request_text(report, comment),
              store.recipients_of_intervention(report.intervention_id));
}

} // namespace finsam
