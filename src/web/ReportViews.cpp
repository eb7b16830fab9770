#include "web/ReportViews.h"

#include "domain/ReportingCalendar.h"
#include "domain/Text.h"
#include "output/SwedishFormat.h"
#include "web/InterventionForm.h"
#include "web/Labels.h"

#include <cmath>

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

mstch::array paragraphs(const std::string& text) {
    mstch::array result;
    std::string paragraph;
    const auto flush = [&] {
        if (!trim(paragraph).empty())
            result.push_back(mstch::map{{"text", std::string(trim(paragraph))}});
        paragraph.clear();
    };
    for (const auto line : split_lines(text)) {
        if (trim(line).empty()) {
            flush();
            continue;
        }
        if (!paragraph.empty())
            paragraph += '\n';
        paragraph += line;
    }
    flush();
    return result;
}

mstch::array segments_view(const std::vector<TextSegment>& segments) {
    mstch::array result;
    for (const auto& segment : segments) {
        result.push_back(mstch::map{{"text", segment.text},
                                    {"inserted", segment.op == DiffOp::Inserted},
                                    {"deleted", segment.op == DiffOp::Deleted},
                                    {"equal", segment.op == DiffOp::Equal}});
    }
    return result;
}

std::string figure_text(std::optional<double> value) {
    return value ? format_swedish_number(*value, 1) : std::string("–");
}

std::string_view change_label(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return "Tillagt";
    case ChangeKind::Removed:
        return "Borttaget";
    case ChangeKind::Changed:
        break;
    }
    return "Ändrat";
}

} // namespace

std::string period_text(const StatedPeriod& period) {
    if (const auto complete = period.complete(); complete && complete->calendar_quarter())
        return quarter_label(*complete);
    const auto side = [](const std::optional<Date>& date) {
        return date ? format_iso(*date) : std::string("?");
    };
    return side(period.start) + " – " + side(period.end);
}

mstch::map report_form_view(const ReportFormPage& page) {
    const auto& definition = page.definition;
    const auto& values = page.values;
    mstch::array sections;
    for (const auto& id : definition.form.section_ids) {
        const auto* section = definition.section(id);
        const bool required = std::find(definition.form.required_section_ids.begin(),
                                        definition.form.required_section_ids.end(),
                                        id) != definition.form.required_section_ids.end();
        mstch::map field = form_field(section_field(id), id + " " + section->title,
                                      value_of(values.sections, id), page.errors);
        field["help"] = section->help;
        field["has_help"] = !section->help.empty();
        field["help_id"] = field_id(section_field(id)) + "-help";
        field["required"] = required;
        sections.push_back(std::move(field));
    }
    mstch::array figures;
    for (const auto& key_figure : definition.form.key_figures) {
        const std::string measure(to_string(key_figure.measure));
        figures.push_back(form_field(figure_field(key_figure.measure), key_figure.label,
                                     value_of(values.figures, measure), page.errors));
    }
    const bool quarterly = definition.kind == ReportKind::Quarterly;
    mstch::map view{
        {"title", std::string(kind_label(definition.kind))},
        {"template_title", definition.title},
        {"intervention_id", std::to_string(page.intervention.id)},
        {"intervention_name", page.intervention.name},
        {"quarterly", quarterly},
        {"template_id", definition.id},
        {"sections", sections},
        {"figures", figures},
        {"has_figures", !figures.empty()},
        {"asks_for_funds", definition.form.asks_for_funds},
        {"granted_sek",
         form_field("granted_sek", "Beviljade medel (kr)", values.granted_sek, page.errors)},
        {"used_sek", form_field("used_sek", "Utnyttjade medel (kr)", values.used_sek, page.errors)},
        {"reporter_name",
         form_field("reporter_name", "Uppgiftslämnare (namn)", values.reporter_name, page.errors)},
        {"errors", error_summary(page.errors)},
        {"has_errors", !page.errors.empty()},
        {"return_comment", page.return_comment},
        {"has_return_comment", !page.return_comment.empty()}};
    if (page.state) {
        view["report_id"] = std::to_string(page.state->id);
        view["revision"] = std::to_string(page.state->revision);
        view["action"] = "/rapporter/" + std::to_string(page.state->id) + "/redigera";
        view["fixed_period"] = period_text(page.state->period);
        view["period_start_value"] = values.period_start;
        view["period_end_value"] = values.period_end;
        view["draft_saved_at"] = page.state->draft_updated_at.value_or("");
    } else {
        view["action"] = "/insatser/" + std::to_string(page.intervention.id) + "/ny-rapport";
        view["revision"] = std::string("0");
        view["choose_period"] = true;
        view["quarters"] = quarter_choices(page.intervention, page.today, values.period_start);
        view["period_start"] =
            form_field("period_start", "Från (ÅÅÅÅ-MM-DD)", values.period_start, page.errors);
        view["period_end"] =
            form_field("period_end", "Till (ÅÅÅÅ-MM-DD)", values.period_end, page.errors);
        view["period_error"] = error_for(page.errors, "period_start");
    }
    return view;
}

mstch::map version_content_view(const StoredReportVersion& version, bool show_warnings,
                                bool hide_small_counts) {
    const Report& report = version.report;
    mstch::array sections;
    for (const auto& section : report.sections) {
        sections.push_back(mstch::map{{"heading", section.id + " " + section.title},
                                      {"paragraphs", paragraphs(section.text)}});
    }
    mstch::array figures;
    for (const auto& figure : report.figures) {
        const bool hidden =
            hide_small_counts && figure.unit == Unit::Count && is_small_count(figure.value);
        figures.push_back(
            mstch::map{{"label", std::string(measure_label(figure.measure))},
                       {"value", hidden ? std::string("färre än 5")
                                        : format_swedish_number(figure.value, 1) +
                                              (figure.unit == Unit::Percent ? " %" : "")},
                       {"quote", hide_small_counts ? std::string() : figure.quote}});
    }
    mstch::array goals;
    for (const auto& goal : report.goals)
        goals.push_back(mstch::map{{"text", goal.text}});
    mstch::array warnings;
    if (show_warnings) {
        for (const auto& warning : report.warnings)
            warnings.push_back(mstch::map{{"label", warning_label(warning.code)}});
    }
    return mstch::map{{"version", version.version},
                      {"imported_at", version.imported_at},
                      {"source", version.source.format == "form" ? std::string("webbformulär")
                                                                 : version.source.file_name},
                      {"sections", sections},
                      {"figures", figures},
                      {"has_figures", !figures.empty()},
                      {"goals", goals},
                      {"has_goals", !goals.empty()},
                      {"warnings", warnings},
                      {"has_warnings", !warnings.empty()},
                      {"reporter", report.reporter.name.value_or("")},
                      {"reporter_date", format_iso_or_empty(report.reporter.date)}};
}

mstch::map diff_view(const ReportDiff& diff) {
    mstch::array fields;
    for (const auto& change : diff.fields) {
        fields.push_back(mstch::map{{"label", field_label(change.field)},
                                    {"before", change.before},
                                    {"after", change.after}});
    }
    mstch::array sections;
    for (const auto& change : diff.sections) {
        sections.push_back(mstch::map{{"heading", change.id + " " + change.title},
                                      {"change", std::string(change_label(change.kind))},
                                      {"segments", segments_view(change.segments)}});
    }
    mstch::array figures;
    for (const auto& change : diff.figures) {
        figures.push_back(mstch::map{{"label", std::string(measure_label(change.measure))},
                                     {"before", figure_text(change.before)},
                                     {"after", figure_text(change.after)}});
    }
    mstch::array goals;
    for (const auto& change : diff.goals) {
        goals.push_back(mstch::map{{"change", std::string(change_label(change.kind))},
                                   {"segments", segments_view(change.segments)}});
    }
    return mstch::map{
        {"empty", diff.empty()}, {"fields", fields},           {"has_fields", !fields.empty()},
        {"sections", sections},  {"figures", figures},         {"has_figures", !figures.empty()},
        {"goals", goals},        {"has_goals", !goals.empty()}};
}

mstch::array events_view(const std::vector<ReportEvent>& events) {
    mstch::array result;
    for (const auto& event : events) {
        result.push_back(
            mstch::map{{"at", event.at.substr(0, 10) + " " + event.at.substr(11, 5) + " UTC"},
                       {"who", event.user_name},
                       {"what", std::string(event_label(event.action))},
                       {"comment", event.comment}});
    }
    return result;
}

} // namespace finsam
