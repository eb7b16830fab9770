#include "app/notifications/DeadlineNotices.h"

#include "app/AppContext.h"
#include "app/notifications/NotificationMessages.h"
#include "app/overview/Overview.h"
#include "domain/ReportingCalendar.h"
#include "storage/NotificationStore.h"

#include <chrono>

namespace finsam {

namespace {

/// The overview is read as the kansli sees it; the notifier is no logged-in user (id 0), so
/// nothing it reads is recorded as someone's view.
User notifier_user(const AssociationSettings& settings) {
    return User{0,
                settings.id,
                "aviseringar",
                "Aviseringar",
                Role::Kansli,
                {},
                false,
                settings.small_count_threshold};
}

std::string deadline_occasion(std::int64_t intervention_id, const Period& quarter, Date deadline) {
    return "insats " + std::to_string(intervention_id) + " quarter " + format_iso(quarter.start) +
           " deadline " + format_iso(deadline);
}

/// What to queue for one quarter: for each of its insatser in `wanted` state, a notification
/// to each of its insatsägare who want e-mail.
AppResult<std::vector<NewNotification>> notices_of(const AppContext& context, const Period& quarter,
                                                   Timeliness wanted, NotificationKind kind) {
    const auto read = overview(context, quarter.start, OverviewContent::Quarter);
    if (!read)
        return tl::unexpected(read.error());
    NotificationStore store(context.database());
    std::vector<NewNotification> notices;
    for (const auto& entry : read->entries) {
        if (entry.timeliness != wanted)
            continue;
        const auto& row = entry.row;
        const auto recipients = store.recipients_of_intervention(row.intervention_id);
        if (!recipients)
            return tl::unexpected(AppError::internal(recipients.error()));
        const NotificationText text =
            kind == NotificationKind::Reminder
                ? reminder_text(row.intervention_id, row.intervention_name, quarter, read->deadline)
                : late_text(row.intervention_id, row.intervention_name, quarter, read->deadline);
        for (const auto user_id : *recipients) {
            notices.push_back({context.user().association_id, kind,
                               deadline_occasion(row.intervention_id, quarter, read->deadline),
                               user_id, text.subject, text.body, text.link_path});
        }
    }
    return notices;
}

/// The quarters whose deadline may fall within the reminder window: the latest ended one and,
/// for a window longer than the time after a quarter, the current one.
std::vector<Period> reminder_quarters(Date today) {
    return {default_overview_quarter(today), Period::quarter_of(today)};
}

bool within_reminder_window(Date today, Date deadline, int reminder_days) {
    using namespace std::chrono;
    return !(deadline < today) && !(Date{sys_days{deadline} - days{reminder_days}} > today);
}

} // namespace

AppResult<int> queue_deadline_notices(Database& database, const Clock& clock,
                                      const AssociationSettings& settings,
                                      std::optional<Date> as_of) {
    const User user = notifier_user(settings);
    const ReportTemplates no_templates;
    const ClockOnDay on_day(as_of.value_or(clock.today()));
    const Clock& deciding = as_of ? static_cast<const Clock&>(on_day) : clock;
    const AppContext context(database, user, deciding, no_templates, Channel::CommandLine);
    const Date today = deciding.today();
    std::vector<NewNotification> notices;
    const auto add = [&](const Period& quarter, Timeliness wanted,
                         NotificationKind kind) -> AppResult<void> {
        auto found = notices_of(context, quarter, wanted, kind);
        if (!found)
            return tl::unexpected(found.error());
        notices.insert(notices.end(), found->begin(), found->end());
        return {};
    };
    if (settings.reminders_enabled) {
        for (const auto& quarter : reminder_quarters(today)) {
            const Date deadline = report_deadline(quarter, settings.deadline_days);
            if (!within_reminder_window(today, deadline, settings.reminder_days))
                continue;
            if (const auto added = add(quarter, Timeliness::NotYetDue, NotificationKind::Reminder);
                !added)
                return tl::unexpected(added.error());
        }
    }
    if (settings.late_notices_enabled) {
        if (const auto added =
                add(default_overview_quarter(today), Timeliness::Missing, NotificationKind::Late);
            !added)
            return tl::unexpected(added.error());
    }
    if (notices.empty())
        return 0;
    const auto queued = NotificationStore(database).queue(notices, clock.now());
    if (!queued)
        return tl::unexpected(AppError::internal(queued.error()));
    return *queued;
}

} // namespace finsam
