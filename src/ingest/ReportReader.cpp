#include "ingest/ReportReader.h"

#include "domain/PersonalData.h"
#include "ingest/FreeLayoutReader.h"
#include "ingest/GoalReader.h"
#include "ingest/ReportChecks.h"
#include "ingest/figures/FigureExtractor.h"
#include "ingest/text/CleanLines.h"
#include "ingest/text/CompiledReportSplitter.h"
#include "ingest/text/HeaderFields.h"
#include "ingest/text/SectionSplitter.h"
#include "ingest/text/TemplateRecognizer.h"

#include <algorithm>

namespace finsam {

namespace {

/// Personal identity numbers never reach storage: they are replaced in the text, and the
/// reviewer is told where (never what).
void redact_sections(Report& report) {
    for (auto& section : report.sections) {
        auto count = redact_identity_numbers(section.text);
        if (count == 0)
            continue;
        report.warnings.push_back(
            {warning_code::k_personal_identity_number,
             std::to_string(count) + " personal identity number(s) removed from section " +
                 section.id + "; the report describes a person and needs review"});
    }
}

/// The header's texts pass the same guard: an insats was once created whose name, read from
/// a document, held a personnummer.
void redact_header_fields(Report& report) {
    int count = 0;
    const auto redact = [&count](std::string& text) { count += redact_identity_numbers(text); };
    const auto redact_optional = [&redact](std::optional<std::string>& text) {
        if (text)
            redact(*text);
    };
    redact(report.intervention.name);
    redact_optional(report.intervention.owner);
    redact_optional(report.registration.registry_number);
    redact_optional(report.registration.signature);
    redact_optional(report.reporter.name);
    for (auto& partner : report.partners)
        redact(partner);
    for (auto& section : report.sections)
        redact(section.title);
    if (count == 0)
        return;
    report.warnings.push_back({warning_code::k_personal_identity_number,
                               std::to_string(count) +
                                   " personal identity number(s) removed from the report's header "
                                   "fields; the report describes a person and needs review"});
}

void add_date_warnings(Report& report, const std::vector<DateError>& errors) {
    for (const auto& error : errors) {
        report.warnings.push_back({warning_code::k_unreadable_date,
                                   "cannot read the date '" + error.input + "': " + error.reason});
    }
}

/// The goals of an övrig rapport: the list items of its section under a "Mål" heading.
const TemplateDefinition& free_layout_goals() {
    static const TemplateDefinition definition = [] {
        TemplateDefinition goals;
        goals.kind = ReportKind::Other;
        goals.goals = GoalSections{{"mal"}, false};
        return goals;
    }();
    return definition;
}

/// Whether a template's reading found its layout in the text: a report with a section of
/// the template. A document that merely mentions a template's phrase ("enligt
/// kvartalsrapporten") finds none, and is read without a template instead.
bool found_layout(const DocumentReading& reading) {
    return std::any_of(reading.reports.begin(), reading.reports.end(),
                       [](const Report& report) { return !report.sections.empty(); });
}

} // namespace

ReportReader::ReportReader(std::vector<TemplateDefinition> templates)
    : m_templates(std::move(templates)) {}

DocumentReading ReportReader::read(std::string_view text) const {
    auto markdown_free = markdown_free_lines(text);
    const auto* definition = recognise_template(markdown_free, m_templates);
    DocumentReading reading;
    if (definition) {
        reading = read_with_template(std::move(markdown_free), *definition);
        if (found_layout(reading))
            return reading;
    }
    auto without_template = read_free_layout(text);
    // A text too short to read without a template keeps what its template read, if anything.
    if (without_template.reports.empty() && !reading.reports.empty())
        return reading;
    for (auto& report : without_template.reports) {
        redact_sections(report);
        redact_header_fields(report);
        finish(report, free_layout_goals());
    }
    return without_template;
}

DocumentReading ReportReader::read_with_template(std::vector<std::string> markdown_free,
                                                 const TemplateDefinition& definition) const {
    DocumentReading reading;
    reading.document_kind = definition.kind;
    auto lines = remove_furniture(std::move(markdown_free), definition.boilerplate);
    if (definition.kind != ReportKind::Compiled) {
        reading.reports.push_back(read_single(lines, definition));
        return reading;
    }
    for (auto& part : split_compiled_report(lines, definition)) {
        auto report = read_single(part.lines, definition);
        report.intervention.name = part.intervention_name;
        report.intervention.kind = part.kind;
        redact_header_fields(report);
        reading.reports.push_back(std::move(report));
    }
    if (reading.reports.empty())
        reading.errors.push_back("the compiled report holds no insats with an owner line");
    return reading;
}

Report ReportReader::read_single(const std::vector<std::string>& lines,
                                 const TemplateDefinition& definition) const {
    Report report;
    report.kind = definition.kind;
    auto spans = find_sections(lines, definition);
    for (const auto& span : spans)
        report.sections.push_back(section_text(lines, span));
    redact_sections(report);

    auto fields = read_header_fields(lines, spans, definition);
    report.intervention.name = fields.intervention_name.value_or("");
    report.intervention.owner = fields.owner;
    report.period = fields.period;
    report.registration = fields.registration;
    report.funds = fields.funds;
    report.partners = std::move(fields.partners);
    report.reporter = fields.reporter;
    redact_header_fields(report);
    add_date_warnings(report, fields.date_errors);
    finish(report, definition);
    return report;
}

void ReportReader::finish(Report& report, const TemplateDefinition& definition) const {
    report.goals = read_goals(report.sections, definition);
    report.figures = extract_figures(report.sections);
    for (auto& warning : check_report(report))
        report.warnings.push_back(std::move(warning));
    if (report.intervention.name.empty() && definition.kind != ReportKind::Compiled) {
        report.warnings.push_back(
            {warning_code::k_missing_field, "the report does not name its insats"});
    }
}

} // namespace finsam
