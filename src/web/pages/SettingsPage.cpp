#include "web/pages/SettingsPage.h"

#include "web/pages/FormFields.h"

#include <algorithm>

namespace finsam {

namespace {

std::string lines_of(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items)
        text += item + "\n";
    return text;
}

mstch::array template_choices(const ReportTemplates& templates, ReportKind kind,
                              const std::string& chosen, const std::vector<std::string>& ids) {
    mstch::array options;
    for (const auto& id : ids) {
        if (!templates.is_form_of(id, kind))
            continue;
        options.push_back(mstch::map{
            {"value", id}, {"label", templates.find(id)->title}, {"selected", id == chosen}});
    }
    return options;
}

} // namespace

mstch::map settings_page(const SettingsOverview& overview, const ReportTemplates& templates,
                         const std::vector<FieldError>& errors) {
    const AssociationSettings& settings = overview.settings;
    std::vector<std::string> known{"kvartalsrapport", "slutrapport"};
    for (const auto& id : {settings.quarterly_template, settings.final_template}) {
        if (std::find(known.begin(), known.end(), id) == known.end())
            known.push_back(id);
    }
    return mstch::map{
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
        {"revision", std::to_string(settings.revision)},
        {"name", form_field("name", "Förbundets namn", settings.name, errors)},
        {"parties",
         form_field("parties", "Medlemmar (en per rad)", lines_of(settings.parties), errors)},
        {"municipalities", form_field("municipalities", "Kommuner (en per rad)",
                                      lines_of(settings.municipalities), errors)},
        {"registry_pattern", form_field("registry_pattern", "Mönster för diarienummer",
                                        settings.registry_pattern, errors)},
        {"deadline_days",
         form_field("deadline_days", "Sista dag för kvartalsrapport (dagar efter kvartalets slut)",
                    std::to_string(settings.deadline_days), errors)},
        {"small_count_threshold",
         form_field("small_count_threshold",
                    "Röjandeskydd: dölj antal deltagare under (för styrelsen och i exporter)",
                    std::to_string(settings.small_count_threshold), errors)},
        {"reminders_enabled", settings.reminders_enabled},
        {"reminder_days", form_field("reminder_days", "Påminn så här många dagar före sista dag",
                                     std::to_string(settings.reminder_days), errors)},
        {"late_notices_enabled", settings.late_notices_enabled},
        {"quarterly_templates",
         template_choices(templates, ReportKind::Quarterly, settings.quarterly_template, known)},
        {"final_templates",
         template_choices(templates, ReportKind::Final, settings.final_template, known)}};
}

} // namespace finsam
