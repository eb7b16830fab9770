#include "output/ReportJson.h"

namespace finsam {

namespace {

using nlohmann::json;

template <typename T> json optional_json(const std::optional<T>& value) {
    return value ? json(*value) : json(nullptr);
}

json date_json(const std::optional<Date>& date) {
    return date ? json(format_iso(*date)) : json(nullptr);
}

json intervention_json(const InterventionRef& intervention) {
    auto kind = to_string(intervention.kind);
    return {{"name", intervention.name.empty() ? json(nullptr) : json(intervention.name)},
            {"owner", optional_json(intervention.owner)},
            {"kind", kind.empty() ? json(nullptr) : json(kind)}};
}

json figure_json(const Figure& figure) {
    // Counts are whole numbers; percentages may have decimals ("10,7").
    auto value = figure.unit == Unit::Count ? json(static_cast<long long>(figure.value))
                                            : json(figure.value);
    json object = {{"measure", to_string(figure.measure)},
                   {"value", value},
                   {"unit", to_string(figure.unit)},
                   {"section", figure.section_id},
                   {"quote", figure.quote}};
    if (!figure.category.empty())
        object["category"] = figure.category;
    return object;
}

} // namespace

json goal_json(const Goal& goal) {
    json object = {{"text", goal.text},
                   {"target", optional_json(goal.target)},
                   {"unit", goal.unit ? json(to_string(*goal.unit)) : json(nullptr)},
                   {"measure", goal.measure ? json(to_string(*goal.measure)) : json(nullptr)}};
    if (const auto& survey = goal.survey) {
        object["survey"] = {{"survey", survey->survey_id},
                            {"question", survey->question_id},
                            {"rule", to_string(survey->rule)},
                            {"at_or_above", optional_json(survey->at_or_above)}};
    }
    return object;
}

json report_json(const Report& report) {
    json sections = json::array();
    for (const auto& section : report.sections)
        sections.push_back({{"id", section.id}, {"title", section.title}, {"text", section.text}});
    json goals = json::array();
    for (const auto& goal : report.goals)
        goals.push_back(goal_json(goal));
    json figures = json::array();
    for (const auto& figure : report.figures)
        figures.push_back(figure_json(figure));
    json warnings = json::array();
    for (const auto& warning : report.warnings)
        warnings.push_back({{"code", warning.code}, {"message", warning.message}});

    return {{"kind", to_string(report.kind)},
            {"intervention", intervention_json(report.intervention)},
            {"period",
             {{"start", date_json(report.period.start)}, {"end", date_json(report.period.end)}}},
            {"registration",
             {{"registry_number", optional_json(report.registration.registry_number)},
              {"signature", optional_json(report.registration.signature)},
              {"arrival_date", date_json(report.registration.arrival_date)}}},
            {"funds",
             {{"granted_sek", optional_json(report.funds.granted_sek)},
              {"used_sek", optional_json(report.funds.used_sek)}}},
            {"partners", report.partners},
            {"reporter",
             {{"date", date_json(report.reporter.date)},
              {"name", optional_json(report.reporter.name)}}},
            {"sections", sections},
            {"goals", goals},
            {"figures", figures},
            {"warnings", warnings}};
}

json imported_file_json(const ImportedFile& file) {
    json reports = json::array();
    json document_kind = nullptr;
    for (const auto& document : file.documents) {
        if (document_kind.is_null() && document.reading.document_kind)
            document_kind = to_string(*document.reading.document_kind);
        for (const auto& report : document.reading.reports)
            reports.push_back(report_json(report));
    }
    return {{"file", file.path.string()},
            {"format", file.format ? json(to_string(*file.format)) : json(nullptr)},
            {"document_kind", document_kind},
            {"reports", reports},
            {"errors", file.error_messages()}};
}

} // namespace finsam
