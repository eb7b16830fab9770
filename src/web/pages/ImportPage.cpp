#include "web/pages/ImportPage.h"

#include "domain/NameNormalisation.h"
#include "domain/Text.h"
#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"
#include "web/pages/ReportText.h"

#include <algorithm>
#include <optional>

namespace finsam {

namespace {

constexpr std::size_t k_excerpt_bytes = 300;

std::string excerpt(const std::string& text) {
    std::string shown = collapse_whitespace(text);
    if (shown.size() <= k_excerpt_bytes)
        return shown;
    std::size_t cut = k_excerpt_bytes;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80)
        --cut;
    return shown.substr(0, cut) + " …";
}

/// The förbund's insatser to choose among, the one the report names chosen; else a new insats
/// by the name read, or, when the report names none (read without a template), nothing
/// chosen: the kansli has to choose or name one.
/// What the review shows in its fields: what the kansli sent, when the review is shown again,
/// else what was read.
class ReviewFields {
public:
    explicit ReviewFields(const SentReview* sent) : m_sent(sent) {}

    bool was_sent(const std::string& field) const { return m_sent && m_sent->sent.has(field); }

    std::string value(const std::string& field, std::string read) const {
        return was_sent(field) ? m_sent->sent.value(field) : read;
    }

    std::string error(const std::string& field) const {
        if (!m_sent)
            return {};
        for (const auto& problem : m_sent->errors) {
            if (problem.field == field)
                return problem.message;
        }
        return {};
    }

private:
    const SentReview* m_sent;
};

/// `chosen`: the option the kansli sent, when the review is shown again.
mstch::array intervention_choices(const std::vector<InterventionDetails>& interventions,
                                  const std::string& read_name,
                                  const std::optional<std::string>& chosen) {
    mstch::array options;
    const std::string key = normalise_intervention_name(read_name);
    bool matched = false;
    for (const auto& details : interventions) {
        const std::string value = std::to_string(details.id);
        const bool same = chosen ? *chosen == value
                                 : !key.empty() && normalise_intervention_name(details.name) == key;
        matched = matched || same;
        options.push_back(
            mstch::map{{"value", value}, {"label", details.name}, {"selected", same}});
    }
    const bool unnamed = key.empty();
    options.insert(options.begin(),
                   mstch::map{{"value", std::string("new")},
                              {"label", unnamed ? std::string("Ny insats med namnet nedan")
                                                : "Ny insats: " + read_name},
                              {"selected", chosen ? *chosen == "new" : !matched && !unnamed}});
    if (unnamed)
        options.insert(options.begin(), mstch::map{{"value", std::string()},
                                                   {"label", std::string("Välj insats")},
                                                   {"selected", chosen ? chosen->empty() : true}});
    return options;
}

/// One figure of the preview: a field with the value read and the sentence it was read from;
/// or, when the text states the figure with different values, a choice between them, each
/// with its sentence. Its field stands for every statement of the figure (save_upload()).
mstch::map figure_preview(const Report& report, std::size_t first,
                          const std::vector<std::size_t>& statements, const std::string& name,
                          const ReviewFields& fields) {
    const Figure& figure = report.figures[first];
    mstch::array options;
    std::vector<std::string> values;
    for (const auto position : statements) {
        const std::string value = format_swedish_number(report.figures[position].value, 1);
        if (std::find(values.begin(), values.end(), value) != values.end())
            continue;
        values.push_back(value);
        options.push_back(
            mstch::map{{"id", "f-" + name + "-" + std::to_string(values.size())},
                       {"value", value},
                       {"checked", fields.was_sent(name) && fields.value(name, "") == value},
                       {"quote", report.figures[position].quote}});
    }
    return mstch::map{{"name", name},
                      {"id", "f-" + name},
                      {"label", std::string(measure_label(figure.measure)) +
                                    (figure.category.empty()
                                         ? ""
                                         : ", " + category_label(figure.measure, figure.category)) +
                                    (figure.unit == Unit::Percent ? " (procent)" : "")},
                      {"value", fields.value(name, values.front())},
                      {"error", fields.error(name)},
                      {"quote", figure.quote},
                      {"conflict", values.size() > 1},
                      {"options", options}};
}

mstch::map report_preview(const Report& report, const ReportPlace& place,
                          const std::vector<InterventionDetails>& interventions,
                          const ReviewFields& fields) {
    mstch::array figures;
    std::vector<bool> shown(report.figures.size(), false);
    for (std::size_t position = 0; position < report.figures.size(); ++position) {
        if (shown[position])
            continue;
        std::vector<std::size_t> statements;
        for (std::size_t later = position; later < report.figures.size(); ++later) {
            if (states_same_figure(report.figures[position], report.figures[later])) {
                statements.push_back(later);
                shown[later] = true;
            }
        }
        figures.push_back(
            figure_preview(report, position, statements,
                           correction_field(place, "figure" + std::to_string(position)), fields));
    }
    mstch::array warnings;
    for (const auto& warning : report.warnings)
        warnings.push_back(mstch::map{{"label", warning_label(warning.code)}});
    mstch::array sections;
    for (const auto& section : report.sections) {
        sections.push_back(mstch::map{{"heading", section_label(section.id, section.title)},
                                      {"excerpt", excerpt(section.text)}});
    }
    const auto period_field = [&](const char* field, const std::optional<Date>& date,
                                  const char* label) {
        const std::string name = correction_field(place, field);
        return mstch::map{{"name", name},
                          {"id", "f-" + name},
                          {"label", std::string(label)},
                          {"value", fields.value(name, format_iso_or_empty(date))},
                          {"error", fields.error(name)}};
    };
    const std::string intervention = correction_field(place, "intervention");
    const std::string new_name = correction_field(place, "intervention_name");
    const std::string checked = correction_field(place, "figures_checked");
    const bool without_template = report.kind == ReportKind::Other;
    return mstch::map{
        {"number", static_cast<int>(place.report + 1)},
        {"kind", std::string(kind_label(report.kind))},
        {"without_template", without_template},
        {"intervention_name", report.intervention.name.empty() ? std::string("insats saknas")
                                                               : report.intervention.name},
        {"intervention_field", intervention},
        {"intervention_id", "f-" + intervention},
        {"intervention_error", fields.error(intervention)},
        {"interventions", intervention_choices(interventions, report.intervention.name,
                                               fields.was_sent(intervention)
                                                   ? std::optional(fields.value(intervention, ""))
                                                   : std::nullopt)},
        {"new_name_field", new_name},
        {"new_name_id", "f-" + new_name},
        {"new_name", fields.value(new_name, report.intervention.name)},
        {"period_start", period_field("period_start", report.period.start, "Från")},
        {"period_end", period_field("period_end", report.period.end, "Till")},
        {"registry_number", report.registration.registry_number.value_or("")},
        {"arrival", format_iso_or_empty(report.registration.arrival_date)},
        {"figures", figures},
        {"has_figures", !figures.empty()},
        {"checked_field", checked},
        {"checked_id", "f-" + checked},
        {"checked", fields.was_sent(checked)},
        {"warnings", warnings},
        {"has_warnings", !warnings.empty()},
        {"sections", sections}};
}

mstch::array problems_view(const std::vector<FileProblem>& problems) {
    mstch::array list;
    for (const auto& problem : problems)
        list.push_back(mstch::map{{"file_name", problem.file_name}, {"message", problem.message}});
    return list;
}

mstch::map upload_preview(const UploadPreview& preview, std::size_t upload,
                          const ReviewFields& fields) {
    mstch::array documents;
    for (std::size_t document = 0; document < preview.read.documents.size(); ++document) {
        const auto& read = preview.read.documents[document];
        mstch::array reports;
        for (std::size_t index = 0; index < read.reading.reports.size(); ++index)
            reports.push_back(report_preview(read.reading.reports[index], {upload, document, index},
                                             preview.interventions, fields));
        documents.push_back(mstch::map{{"name", read.name}, {"reports", reports}});
    }
    return mstch::map{{"token", preview.token},
                      {"file_name", preview.file_name},
                      {"heading_id", "fil-" + std::to_string(upload + 1)},
                      {"documents", documents}};
}

} // namespace

mstch::map import_page(const std::vector<FileProblem>& problems) {
    return mstch::map{{"problems", problems_view(problems)}, {"has_problems", !problems.empty()}};
}

mstch::map import_preview_page(const std::vector<UploadPreview>& previews,
                               const std::vector<FileProblem>& problems, const SentReview* sent) {
    mstch::array uploads;
    std::vector<std::string> names;
    const ReviewFields fields(sent);
    mstch::array errors;
    if (sent) {
        for (const auto& problem : sent->errors)
            errors.push_back(
                mstch::map{{"id", "f-" + problem.field}, {"message", problem.message}});
    }
    for (std::size_t upload = 0; upload < previews.size(); ++upload) {
        uploads.push_back(upload_preview(previews[upload], upload, fields));
        names.push_back(previews[upload].file_name);
    }
    return mstch::map{
        {"uploads", uploads},
        {"several", previews.size() > 1},
        {"file_count", count_of(static_cast<std::int64_t>(previews.size()), "fil", "filer")},
        {"file_name", previews.empty() ? std::string() : previews.front().file_name},
        {"problems", problems_view(problems)},
        {"has_problems", !problems.empty()},
        {"errors", errors},
        {"has_errors", !errors.empty()}};
}

mstch::map import_saved_page(const ImportSaved& saved, const std::string& summary) {
    mstch::array reports;
    for (const auto& report : saved.saved)
        reports.push_back(mstch::map{
            {"href", "/rapporter/" + std::to_string(report.report_id)},
            {"label", std::string(kind_label(report.kind)) + ": " + report.intervention + ", " +
                          period_text(report.period) +
                          (report.kind == ReportKind::Other ? " (läst utan mall)" : "")}});
    mstch::array already;
    for (const auto& name : saved.already_imported)
        already.push_back(mstch::map{{"file_name", name}});
    return mstch::map{{"summary", summary},
                      {"reports", reports},
                      {"has_reports", !reports.empty()},
                      {"already_imported", already},
                      {"has_already_imported", !already.empty()}};
}

} // namespace finsam
