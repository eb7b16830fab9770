#include "app/reports/ReportForm.h"

#include "app/InputGuard.h"
#include "app/reports/ParticipantChecks.h"
#include "domain/ReportingCalendar.h"
#include "domain/Text.h"

#include <charconv>
#include <nlohmann/json.hpp>

namespace finsam {

namespace {

using nlohmann::json;

constexpr std::int64_t k_max_figure = 1'000'000;
/// Ten billion kronor: above any insats's funds, and far from overflowing a sum.
constexpr std::int64_t k_max_amount = 10'000'000'000;

std::string trimmed(const std::string& text) {
    return std::string(trim(text));
}

/// A whole number typed with or without spaces ("1 200"); nullopt for anything else.
std::optional<std::int64_t> whole_number(const std::string& typed) {
    std::string digits;
    for (const char character : typed) {
        if (is_ascii_digit(character))
            digits += character;
        else if (character != ' ')
            return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc{} || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

std::map<std::string, std::string> string_map(const json& object) {
    std::map<std::string, std::string> result;
    if (!object.is_object())
        return result;
    for (const auto& [key, value] : object.items()) {
        if (value.is_string())
            result[key] = value.get<std::string>();
    }
    return result;
}

std::string string_at(const json& object, const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : "";
}

/// The period the form states, with errors for what is wrong with it.
std::optional<Period> checked_period(const TemplateDefinition& definition,
                                     const ReportFormValues& values,
                                     const InterventionDetails& intervention,
                                     std::vector<FieldError>& errors) {
    const auto start = parse_iso_date(values.period_start);
    if (definition.kind == ReportKind::Quarterly) {
        const auto quarter = start ? quarter_starting(*start) : std::nullopt;
        if (!quarter) {
            errors.push_back({"period_start", "Välj vilket kvartal rapporten gäller."});
            return std::nullopt;
        }
        const bool before = intervention.period_end && *intervention.period_end < quarter->start;
        const bool after = intervention.period_start && quarter->end < *intervention.period_start;
        if (before || after) {
            errors.push_back({"period_start", "Kvartalet ligger utanför insatsens period."});
            return std::nullopt;
        }
        return quarter;
    }
    const auto end = parse_iso_date(values.period_end);
    if (!start)
        errors.push_back({"period_start", "Ange när insatsen började, som ÅÅÅÅ-MM-DD."});
    if (!end)
        errors.push_back({"period_end", "Ange när insatsen slutade, som ÅÅÅÅ-MM-DD."});
    if (!start || !end)
        return std::nullopt;
    if (*end < *start) {
        errors.push_back({"period_end", "Slutdatum ligger före startdatum."});
        return std::nullopt;
    }
    return Period{*start, *end};
}

void check_sections(const TemplateDefinition& definition, const ReportFormValues& values,
                    std::vector<FieldError>& errors) {
    for (const auto& id : definition.form.required_section_ids) {
        const auto found = values.sections.find(id);
        if (found == values.sections.end() || trim(found->second).empty()) {
            const auto* section = definition.section(id);
            errors.push_back(
                {section_field(id), "Fyll i " + id + " " + (section ? section->title : "") + "."});
        }
    }
}

StatedFigures checked_figures(const TemplateDefinition& definition, const ReportFormValues& values,
                              std::vector<FieldError>& errors) {
    StatedFigures figures;
    for (const auto& field : figure_fields(definition.form)) {
        const auto found = values.figures.find(figure_key(field.measure, field.category));
        if (found == values.figures.end() || trim(found->second).empty())
            continue;
        const auto value = whole_number(found->second);
        if (!value || *value > k_max_figure) {
            errors.push_back({figure_field(field.measure, field.category),
                              field.label + ": ange ett heltal, till exempel 12."});
            continue;
        }
        figures[{field.measure, field.category}] = *value;
    }
    return figures;
}

/// The sums a kansli checks first: parts never exceed their whole.
void check_sums(const TemplateDefinition& definition, const StatedFigures& figures,
                std::vector<FieldError>& errors) {
    const auto value = [&](Measure measure) -> std::optional<std::int64_t> {
        const auto found = figures.find({measure, ""});
        return found == figures.end() ? std::nullopt : std::optional(found->second);
    };
    const auto label = [&](Measure measure) {
        for (const auto& field : definition.form.key_figures) {
            if (field.measure == measure)
                return field.label;
        }
        for (const auto& row : definition.form.participant_table.rows) {
            if (row.measure == measure)
                return row.label;
        }
        return std::string(to_string(measure));
    };
    const auto at_most = [&](std::vector<Measure> parts, Measure whole) {
        const auto total = value(whole);
        if (!total)
            return;
        std::int64_t sum = 0;
        std::string names;
        for (const auto part : parts) {
            sum += value(part).value_or(0);
            names += (names.empty() ? "" : " och ") + lowercase(label(part));
        }
        if (sum > *total) {
            errors.push_back(
                {figure_field(parts.front()), "Summan av " + names + " (" + std::to_string(sum) +
                                                  ") är större än " + lowercase(label(whole)) +
                                                  " (" + std::to_string(*total) + ")."});
        }
    };
    using enum Measure;
    at_most({ParticipantsWomen, ParticipantsMen}, ParticipantsTotal);
    at_most({ParticipantsCurrent, ParticipantsEnded}, ParticipantsTotal);
    at_most({EndedToWork, EndedToStudies}, ParticipantsEnded);
}

} // namespace

std::optional<std::int64_t> read_amount(const std::string& typed, const std::string& field,
                                        const std::string& name, std::vector<FieldError>& errors) {
    if (trim(typed).empty())
        return std::nullopt;
    const auto value = whole_number(typed);
    if (!value || *value > k_max_amount) {
        errors.push_back({field, name + ": ange ett belopp i hela kronor, till exempel 250 000."});
        return std::nullopt;
    }
    return value;
}

std::string section_field(const std::string& section_id) {
    return "section:" + section_id;
}

ReportFormValues read_form(const TemplateDefinition& definition,
                           const std::function<std::string(const std::string&)>& parameter) {
    ReportFormValues values;
    values.period_start = trimmed(parameter("period_start"));
    values.period_end = trimmed(parameter("period_end"));
    for (const auto& id : definition.form.section_ids)
        values.sections[id] = parameter(section_field(id));
    for (const auto& field : figure_fields(definition.form))
        values.figures[figure_key(field.measure, field.category)] =
            trimmed(parameter(figure_field(field.measure, field.category)));
    if (definition.form.asks_for_funds) {
        values.granted_sek = trimmed(parameter("granted_sek"));
        values.used_sek = trimmed(parameter("used_sek"));
    }
    values.reporter_name = trimmed(parameter("reporter_name"));
    return values;
}

std::string to_json(const ReportFormValues& values) {
    return json{{"period_start", values.period_start},  {"period_end", values.period_end},
                {"sections", values.sections},          {"figures", values.figures},
                {"granted_sek", values.granted_sek},    {"used_sek", values.used_sek},
                {"reporter_name", values.reporter_name}}
        .dump(-1, ' ', false, json::error_handler_t::replace);
}

ReportFormValues form_values_from_json(const std::string& text) {
    const json document = json::parse(text, nullptr, false);
    if (!document.is_object())
        return {};
    ReportFormValues values;
    values.period_start = string_at(document, "period_start");
    values.period_end = string_at(document, "period_end");
    values.sections = string_map(document.value("sections", json::object()));
    values.figures = string_map(document.value("figures", json::object()));
    values.granted_sek = string_at(document, "granted_sek");
    values.used_sek = string_at(document, "used_sek");
    values.reporter_name = string_at(document, "reporter_name");
    return values;
}

ReportFormValues form_values_from_report(const Report& report) {
    ReportFormValues values;
    if (report.period.start)
        values.period_start = format_iso(*report.period.start);
    if (report.period.end)
        values.period_end = format_iso(*report.period.end);
    for (const auto& section : report.sections)
        values.sections[section.id] = section.text;
    for (const auto& figure : report.figures) {
        const auto key = figure_key(figure.measure, figure.category);
        if (figure.unit == Unit::Count && !values.figures.contains(key))
            values.figures[key] = std::to_string(static_cast<std::int64_t>(figure.value));
    }
    if (report.funds.granted_sek)
        values.granted_sek = std::to_string(*report.funds.granted_sek);
    if (report.funds.used_sek)
        values.used_sek = std::to_string(*report.funds.used_sek);
    values.reporter_name = report.reporter.name.value_or("");
    return values;
}

std::vector<FieldError> check_draft(const ReportFormValues& values) {
    std::vector<FieldError> errors;
    const auto check = [&errors](const std::string& field, const std::string& text) {
        if (auto problem = text_problem(text, max_field_bytes(field)))
            errors.push_back({field, std::move(*problem)});
    };
    check("period_start", values.period_start);
    check("period_end", values.period_end);
    for (const auto& [id, text] : values.sections)
        check(section_field(id), text);
    for (const auto& [key, typed] : values.figures)
        check("figure:" + key, typed);
    check("granted_sek", values.granted_sek);
    check("used_sek", values.used_sek);
    check("reporter_name", values.reporter_name);
    return errors;
}

FormCheck check_submission(const TemplateDefinition& definition, const ReportFormValues& values,
                           const InterventionDetails& intervention, Date today,
                           std::optional<std::int64_t> active_at_start) {
    FormCheck check;
    check.errors = check_draft(values);
    const auto period = checked_period(definition, values, intervention, check.errors);
    check_sections(definition, values, check.errors);
    const auto figures = checked_figures(definition, values, check.errors);
    check_sums(definition, figures, check.errors);
    check_participant_table(definition.form.participant_table, figures, active_at_start,
                            check.errors);
    Funds funds;
    if (definition.form.asks_for_funds) {
        funds.granted_sek =
            read_amount(values.granted_sek, "granted_sek", "Beviljade medel", check.errors);
        funds.used_sek = read_amount(values.used_sek, "used_sek", "Utnyttjade medel", check.errors);
    }
    if (trim(values.reporter_name).empty())
        check.errors.push_back({"reporter_name", "Skriv vem som har fyllt i rapporten."});
    if (!check.errors.empty())
        return check;

    Report report;
    report.kind = definition.kind;
    report.intervention = {intervention.name, intervention.owner, intervention.kind};
    report.period = {period->start, period->end};
    report.funds = funds;
    report.partners = intervention.partners;
    report.reporter = {today, trimmed(values.reporter_name)};
    for (const auto& id : definition.form.section_ids) {
        const auto found = values.sections.find(id);
        if (found == values.sections.end() || trim(found->second).empty())
            continue;
        report.sections.push_back({id, definition.section(id)->title, found->second});
    }
    for (const auto& [key, value] : figures) {
        const auto& [measure, category] = key;
        report.figures.push_back(
            {measure, static_cast<double>(value), Unit::Count, "form", "", category});
    }
    if (funds.granted_sek && funds.used_sek && *funds.used_sek > *funds.granted_sek) {
        report.warnings.push_back(
            {warning_code::k_used_above_granted, "used funds exceed the granted funds"});
    }
    check.report = std::move(report);
    return check;
}

std::optional<Period> form_period(const TemplateDefinition& definition,
                                  const ReportFormValues& values) {
    const auto start = parse_iso_date(values.period_start);
    if (!start)
        return std::nullopt;
    if (definition.kind == ReportKind::Quarterly)
        return Period::quarter_of(*start);
    const auto end = parse_iso_date(values.period_end);
    if (!end)
        return std::nullopt;
    return Period{*start, *end};
}

std::vector<FieldError> check_new_report(const TemplateDefinition& definition,
                                         const ReportFormValues& values,
                                         const InterventionDetails& intervention, Date today,
                                         std::optional<std::int64_t> active_at_start,
                                         bool submitting) {
    auto check = check_submission(definition, values, intervention, today, active_at_start);
    std::vector<FieldError> period_errors;
    for (const auto& error : check.errors) {
        if (error.field == "period_start" || error.field == "period_end")
            period_errors.push_back(error);
    }
    if (!period_errors.empty())
        return period_errors;
    return submitting ? std::move(check.errors) : check_draft(values);
}

} // namespace finsam
