#include "web/pages/AuditTrailPage.h"

#include "output/SwedishLabels.h"
#include "web/pages/FormFields.h"

namespace finsam {

namespace {

/// The actions a reader filters by, in the order of the enum.
constexpr AuditAction k_actions[] = {
    AuditAction::Login,          AuditAction::LoginFailed,    AuditAction::Logout,
    AuditAction::View,           AuditAction::Denied,         AuditAction::Create,
    AuditAction::Edit,           AuditAction::Draft,          AuditAction::Submit,
    AuditAction::Register,       AuditAction::Return,         AuditAction::Review,
    AuditAction::Upload,         AuditAction::Import,         AuditAction::Redact,
    AuditAction::Disable,        AuditAction::Enable,         AuditAction::Revoke,
    AuditAction::PasswordChange, AuditAction::ConfirmFigures, AuditAction::Invite,
    AuditAction::ResetPassword,  AuditAction::Download,
};

/// An action's label for a list: "Loggade in:" without the colon the trail's sentence has.
std::string action_choice(AuditAction action) {
    std::string label(audit_label(action));
    if (!label.empty() && label.back() == ':')
        label.pop_back();
    return label;
}

std::string date_or_empty(const std::optional<Date>& date) {
    return date ? format_iso(*date) : std::string();
}

} // namespace

std::string audit_filter_query(const AuditFilter& filter, int page) {
    std::string query;
    const auto add = [&](const char* name, const std::string& value) {
        if (!value.empty())
            query += (query.empty() ? "?" : "&") + std::string(name) + "=" + value;
    };
    add("vem", filter.user_id ? std::to_string(*filter.user_id) : "");
    add("vad", filter.action ? std::string(to_string(*filter.action)) : "");
    add("fran", date_or_empty(filter.from));
    add("till", date_or_empty(filter.to));
    add("sida", page > 1 ? std::to_string(page) : "");
    return query;
}

mstch::map audit_trail_page(const AuditTrailPage& trail, const std::vector<FieldError>& errors) {
    const AuditFilter& filter = trail.filter;
    mstch::array who_options;
    for (const auto& user : trail.users) {
        who_options.push_back(mstch::map{{"value", std::to_string(user.id)},
                                         {"label", user.display_name},
                                         {"selected", filter.user_id == user.id}});
    }
    mstch::array what_options;
    for (const AuditAction action : k_actions) {
        what_options.push_back(mstch::map{{"value", std::string(to_string(action))},
                                          {"label", action_choice(action)},
                                          {"selected", filter.action == action}});
    }
    mstch::array entries;
    for (const auto& entry : trail.entries) {
        entries.push_back(
            mstch::map{{"at", swedish_minute_text(entry.event.at)},
                       {"who", entry.user_name.empty() ? std::string("–") : entry.user_name},
                       {"what", audit_entry_text(entry)},
                       {"detail", audit_detail_text(entry.event.detail)}});
    }
    const bool has_newer = filter.page > 1;
    return mstch::map{
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
        {"who_options", who_options},
        {"what_options", what_options},
        {"from", date_or_empty(filter.from)},
        {"to", date_or_empty(filter.to)},
        {"from_error", error_for(errors, "fran")},
        {"to_error", error_for(errors, "till")},
        {"query", audit_filter_query(filter)},
        {"caption", "Händelser, sida " + std::to_string(filter.page)},
        {"entries", entries},
        {"has_entries", !entries.empty()},
        {"has_paging", has_newer || trail.has_older},
        {"page", std::to_string(filter.page)},
        {"newer",
         has_newer ? "/handelselogg" + audit_filter_query(filter, filter.page - 1) : std::string()},
        {"older", trail.has_older ? "/handelselogg" + audit_filter_query(filter, filter.page + 1)
                                  : std::string()}};
}

} // namespace finsam
