#include "app/settings/Settings.h"

#include "app/InputGuard.h"
#include "app/ReadAccess.h"
#include "domain/RegistryNumber.h"
#include "domain/Text.h"
#include "storage/AssociationStore.h"

#include <charconv>
#include <optional>

namespace finsam {

namespace {

/// The settings as posted over the stored ones, and what is wrong with them.
struct SettingsInput {
    AssociationSettings settings;
    std::vector<FieldError> errors;
};

/// A whole number within [low, high] as typed, or nullopt.
std::optional<int> whole_number_within(const std::string& text, int low, int high) {
    int number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc{} || end != text.data() + text.size() || number < low || number > high)
        return std::nullopt;
    return number;
}

/// The threshold may not go below 2: at 1 nothing would be hidden. A form without the field
/// (an older page, an API client that does not know it) keeps the stored threshold.
void read_small_count_threshold(AssociationSettings& settings, const FieldSource& fields,
                                std::vector<FieldError>& errors) {
    if (!fields.has("small_count_threshold"))
        return;
    const auto threshold = whole_number_within(fields.value("small_count_threshold"), 2, 50);
    if (!threshold) {
        errors.push_back({"small_count_threshold",
                          "Ange ett tal mellan 2 och 50. Antal deltagare från 1 upp till talet "
                          "visas inte för styrelsen eller i exporter."});
        return;
    }
    settings.small_count_threshold = *threshold;
}

/// The schedule of e-mail reminders and late notices. A form without `reminder_days` (an
/// older page, an API client that does not know it) keeps the stored schedule.
void read_notification_schedule(AssociationSettings& settings, const FieldSource& fields,
                                std::vector<FieldError>& errors) {
    if (!fields.has("reminder_days"))
        return;
    settings.reminders_enabled = fields.has("reminders_enabled");
    settings.late_notices_enabled = fields.has("late_notices_enabled");
    if (const auto days = whole_number_within(fields.value("reminder_days"), 1, 60))
        settings.reminder_days = *days;
    else
        errors.push_back({"reminder_days", "Ange ett antal dagar mellan 1 och 60."});
}

SettingsInput read_settings(AssociationSettings settings, const FieldSource& fields,
                            const ReportTemplates& templates) {
    std::vector<FieldError> errors;
    settings.name = std::string(trim(fields.value("name")));
    if (settings.name.empty())
        errors.push_back({"name", "Skriv förbundets namn."});
    settings.parties = nonempty_lines(fields.value("parties"));
    settings.municipalities = nonempty_lines(fields.value("municipalities"));
    settings.registry_pattern = std::string(trim(fields.value("registry_pattern")));
    if (!validate_registry_pattern(settings.registry_pattern)) {
        errors.push_back({"registry_pattern",
                          "Mönstret ska innehålla både {seq} och {n} och får bara använda {yy}, "
                          "{yyyy}, {seq} och {n}, till exempel SFG {yy}-{seq:02}.{n:02}."});
    }
    if (const auto days = whole_number_within(fields.value("deadline_days"), 0, 120))
        settings.deadline_days = *days;
    else
        errors.push_back({"deadline_days", "Ange ett antal dagar mellan 0 och 120."});
    read_small_count_threshold(settings, fields, errors);
    read_notification_schedule(settings, fields, errors);
    for (const auto& [name, kind] : {std::pair{"quarterly_template", ReportKind::Quarterly},
                                     std::pair{"final_template", ReportKind::Final}}) {
        const std::string chosen = fields.value(name);
        if (!templates.is_form_of(chosen, kind))
            errors.push_back({name, "Välj en mall som finns."});
        else if (kind == ReportKind::Quarterly)
            settings.quarterly_template = chosen;
        else
            settings.final_template = chosen;
    }
    settings.revision = sent_revision(fields, settings.revision, errors);
    return {std::move(settings), std::move(errors)};
}

AppResult<AssociationSettings> stored_settings(const AppContext& context) {
    if (const auto allowed = require_kansli(context); !allowed)
        return tl::unexpected(allowed.error());
    return association_settings(context);
}

} // namespace

AppResult<SettingsOverview> settings_overview(const AppContext& context,
                                              const FieldSource* posted) {
    auto settings = stored_settings(context);
    if (!settings)
        return tl::unexpected(settings.error());
    SettingsOverview page;
    page.settings = std::move(*settings);
    if (posted)
        page.settings = read_settings(page.settings, *posted, context.templates()).settings;
    return page;
}

AppResult<void> save_settings(const AppContext& context, const FieldSource& fields) {
    auto settings = stored_settings(context);
    if (!settings)
        return tl::unexpected(settings.error());
    if (const auto checked = check_sent_fields(fields); !checked)
        return tl::unexpected(checked.error());
    auto input = read_settings(std::move(*settings), fields, context.templates());
    if (!input.errors.empty())
        return tl::unexpected(AppError::invalid(std::move(input.errors)));
    AssociationStore associations(context.database());
    if (const auto saved = associations.update(input.settings); !saved)
        return tl::unexpected(from_storage(saved.error(), ErrorCode::SettingsChanged));
    context.audit(AuditAction::Edit, AuditObject::Association, input.settings.id);
    return {};
}

} // namespace finsam
