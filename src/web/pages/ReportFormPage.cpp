#include "web/pages/ReportFormPage.h"

#include "domain/ReportingCalendar.h"
#include "output/SwedishLabels.h"
#include "web/pages/FormFields.h"
#include "web/pages/ParticipantTableFields.h"
#include "web/pages/ReportText.h"

#include <algorithm>

namespace finsam {

namespace {

std::string value_of(const std::map<std::string, std::string>& values, const std::string& key) {
    const auto found = values.find(key);
    return found == values.end() ? std::string() : found->second;
}

/// The quarters a kvartalsrapport can be for: those of the insats's period up to the
/// current quarter (the last two years when the period is unknown), newest first.
mstch::array quarter_choices(const InterventionDetails& intervention, Date today,
                             const std::string& chosen) {
    const Date first = intervention.period_start.value_or(
        Date{std::chrono::sys_days{today} - std::chrono::days{2 * 365}});
    Date last = today;
    if (intervention.period_end && *intervention.period_end < last)
        last = *intervention.period_end;
    mstch::array options;
    const auto quarters = quarters_overlapping({first, last});
    const bool offered = std::any_of(quarters.begin(), quarters.end(), [&](const Period& quarter) {
        return format_iso(quarter.start) == chosen;
    });
    for (auto quarter = quarters.rbegin(); quarter != quarters.rend(); ++quarter) {
        const std::string value = format_iso(quarter->start);
        // Without a choice among them, the newest quarter the insats can report is chosen.
        const bool selected = offered ? value == chosen : options.empty();
        options.push_back(mstch::map{
            {"value", value}, {"label", quarter_label(*quarter)}, {"selected", selected}});
    }
    return options;
}

/// The ids of what describes a section's text box: its help, its error, its personal-data
/// warning.
std::string described_by(const std::string& id, bool help, bool error, bool privacy) {
    std::string ids;
    for (const auto& [shown, suffix] :
         {std::pair{help, "-help"}, std::pair{error, "-error"}, std::pair{privacy, "-privacy"}}) {
        if (shown)
            ids += (ids.empty() ? "" : " ") + id + suffix;
    }
    return ids;
}

/// The text saved elsewhere beside a field where it differs from what the form holds.
void add_saved_elsewhere(mstch::map& field, const std::string& typed,
                         const std::optional<std::string>& saved) {
    const bool differs = saved && *saved != typed;
    field["has_other"] = differs;
    field["other_value"] = differs ? *saved : std::string();
    field["other_empty"] = differs && saved->empty();
}

mstch::array section_fields(const ReportFormData& form, const std::vector<FieldError>& errors,
                            const ReportFormValues* saved_elsewhere) {
    const TemplateDefinition& definition = *form.definition;
    mstch::array sections;
    for (const auto& id : definition.form.section_ids) {
        const auto* section = definition.section(id);
        const auto& required_ids = definition.form.required_section_ids;
        const bool required =
            std::find(required_ids.begin(), required_ids.end(), id) != required_ids.end();
        const std::string name = section_field(id);
        const std::string typed = value_of(form.values.sections, id);
        mstch::map field = form_field(name, section_label(id, section->title), typed, errors);
        add_saved_elsewhere(field, typed,
                            saved_elsewhere ? std::optional(value_of(saved_elsewhere->sections, id))
                                            : std::nullopt);
        const auto privacy = form.personal_data_hints.find(name);
        const std::string privacy_text =
            privacy == form.personal_data_hints.end() ? std::string() : privacy->second;
        field["help"] = section->help;
        field["has_help"] = !section->help.empty();
        field["help_id"] = field_id(name) + "-help";
        field["required"] = required;
        field["privacy"] = privacy_text;
        field["described_by"] =
            described_by(field_id(name), !section->help.empty(), !error_for(errors, name).empty(),
                         !privacy_text.empty());
        sections.push_back(std::move(field));
    }
    return sections;
}

} // namespace

/// The figures and other short fields whose saved value differs from the form's: named with
/// the saved value, for the notice above a form saved elsewhere.
mstch::array other_differences(const ReportFormData& form, const ReportFormValues& saved) {
    const auto& typed = form.values;
    mstch::array differences;
    const auto add = [&](const std::string& label, const std::string& mine,
                         const std::string& theirs) {
        if (mine != theirs)
            differences.push_back(mstch::map{
                {"label", label}, {"value", theirs.empty() ? std::string("tomt") : theirs}});
    };
    for (const auto& field : figure_fields(form.definition->form)) {
        const auto key = figure_key(field.measure, field.category);
        add(field.label, value_of(typed.figures, key), value_of(saved.figures, key));
    }
    add("Beviljade medel (kr)", typed.granted_sek, saved.granted_sek);
    add("Utnyttjade medel (kr)", typed.used_sek, saved.used_sek);
    add("Uppgiftslämnare", typed.reporter_name, saved.reporter_name);
    return differences;
}

mstch::map report_form_page(const ReportFormData& form, const std::vector<FieldError>& errors,
                            const ReportFormValues* saved_elsewhere) {
    const auto& definition = *form.definition;
    const auto& values = form.values;
    mstch::array figures;
    for (const auto& key_figure : definition.form.key_figures) {
        figures.push_back(form_field(figure_field(key_figure.measure), key_figure.label,
                                     value_of(values.figures, figure_key(key_figure.measure)),
                                     errors));
    }
    const bool quarterly = definition.kind == ReportKind::Quarterly;
    const mstch::array differences =
        saved_elsewhere ? other_differences(form, *saved_elsewhere) : mstch::array{};
    mstch::map view{
        {"title", std::string(kind_label(definition.kind))},
        {"template_title", definition.title},
        {"intervention_id", std::to_string(form.intervention.id)},
        {"intervention_name", form.intervention.name},
        {"quarterly", quarterly},
        {"template_id", definition.id},
        {"sections", section_fields(form, errors, saved_elsewhere)},
        {"saved_elsewhere", saved_elsewhere != nullptr},
        {"other_differences", differences},
        {"has_other_differences", !differences.empty()},
        {"figures", figures},
        {"has_figures", !figures.empty()},
        {"participant_tables",
         participant_tables(definition.form.participant_table, values.figures, errors)},
        {"has_participant_table", !definition.form.participant_table.empty()},
        {"asks_for_funds", definition.form.asks_for_funds},
        {"granted_sek",
         form_field("granted_sek", "Beviljade medel (kr)", values.granted_sek, errors)},
        {"used_sek", form_field("used_sek", "Utnyttjade medel (kr)", values.used_sek, errors)},
        {"reporter_name",
         form_field("reporter_name", "Uppgiftslämnare (namn)", values.reporter_name, errors)},
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
        {"return_comment", form.return_comment},
        {"has_return_comment", !form.return_comment.empty()}};
    if (form.state) {
        const ReportState& state = *form.state;
        view["report_id"] = std::to_string(state.id);
        view["revision"] = std::to_string(state.revision);
        view["action"] = "/rapporter/" + std::to_string(state.id) + "/redigera";
        view["fixed_period"] = period_text(state.period);
        view["choose_period"] = false;
        view["quarters"] = mstch::array{};
        view["period_start"] = false;
        view["period_end"] = false;
        view["period_error"] = std::string();
        view["draft_saved_at"] = state.draft_updated_at ? state.draft_updated_at->iso() : "";
        view["autosave"] = "/rapporter/" + std::to_string(state.id) + "/utkast";
        view["autosave_creates"] = std::string();
        view["draft_key"] = "rapport:" + std::to_string(state.id);
    } else {
        view["report_id"] = std::string();
        view["revision"] = std::string("0");
        view["action"] = "/insatser/" + std::to_string(form.intervention.id) + "/ny-rapport";
        view["fixed_period"] = std::string();
        view["choose_period"] = true;
        view["quarters"] = quarter_choices(form.intervention, form.today, values.period_start);
        view["period_start"] =
            form_field("period_start", "Från (ÅÅÅÅ-MM-DD)", values.period_start, errors);
        view["period_end"] =
            form_field("period_end", "Till (ÅÅÅÅ-MM-DD)", values.period_end, errors);
        view["period_error"] = error_for(errors, "period_start");
        view["draft_saved_at"] = std::string();
        const std::string intervention = std::to_string(form.intervention.id);
        view["autosave"] = "/insatser/" + intervention + "/ny-rapport/utkast";
        view["autosave_creates"] = std::string("1");
        view["draft_key"] = "ny:" + intervention + ":" + definition.id;
    }
    return view;
}

} // namespace finsam
