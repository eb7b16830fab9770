#include "ingest/FreeLayoutReader.h"

#include "ingest/text/FreeHeader.h"
#include "ingest/text/InterventionParts.h"
#include "ingest/text/OwnSections.h"

namespace finsam {

namespace {

std::string period_text(const StatedPeriod& period) {
    return format_iso_or_empty(period.start) + "–" + format_iso_or_empty(period.end);
}

bool has_period(const StatedPeriod& period) {
    return period.start || period.end;
}

void add_date_warnings(Report& report, const std::vector<DateError>& errors) {
    for (const auto& error : errors) {
        report.warnings.push_back({warning_code::k_unreadable_date,
                                   "cannot read the date '" + error.input + "': " + error.reason});
    }
}

/// The report of lines [begin, end), with what `header` read of them.
Report free_report(const std::vector<LayoutLine>& lines, std::size_t begin, std::size_t end,
                   const FreeHeader& header) {
    Report report;
    report.kind = ReportKind::Other;
    report.intervention.name = header.intervention_name;
    report.intervention.owner = header.owner;
    report.period = header.period;
    report.sections = own_sections(lines, begin, end, header.label_lines);
    add_date_warnings(report, header.date_errors);
    return report;
}

void add_period_warnings(Report& report, const FreeHeader& header) {
    if (!has_period(report.period)) {
        report.warnings.push_back(
            {warning_code::k_period_missing, "the report states no period it can be read from"});
    } else if (header.period_assumed) {
        report.warnings.push_back(
            {warning_code::k_period_assumed, "the period " + period_text(report.period) +
                                                 " was taken from '" + header.period_words +
                                                 "' as January–June; check it"});
    }
}

std::string without_template_message(std::size_t parts) {
    std::string message = "read without a template: the sections are the document's own "
                          "headings; check the insats, the period and the figures";
    if (parts > 1)
        message += " (one of " + std::to_string(parts) + " insatser the document lists)";
    return message;
}

} // namespace

DocumentReading read_free_layout(std::string_view text) {
    DocumentReading reading;
    const auto lines = layout_lines(text);
    const auto words = word_count(lines, 0, lines.size());
    if (words < k_min_free_layout_words) {
        reading.errors.push_back("the text matches no report template (kvartalsrapport, "
                                 "slutrapport or projektredovisning) and, with " +
                                 std::to_string(words) +
                                 " words, is too short to read as a report without one");
        return reading;
    }
    reading.document_kind = ReportKind::Other;
    const FreeHeader document = read_free_header(lines, 0, lines.size());
    const auto parts = split_by_intervention(lines);
    if (parts.empty()) {
        auto report = free_report(lines, 0, lines.size(), document);
        add_period_warnings(report, document);
        reading.reports.push_back(std::move(report));
    }
    for (const auto& part : parts) {
        FreeHeader header = read_free_header(lines, part.begin, part.end);
        header.intervention_name = part.intervention_name;
        // An annual report's insatser are reported for the year its title states.
        if (has_period(document.period)) {
            header.period = document.period;
            header.period_words = document.period_words;
            header.period_assumed = document.period_assumed;
        }
        auto report = free_report(lines, part.begin, part.end, header);
        report.intervention.kind = part.kind;
        add_period_warnings(report, header);
        reading.reports.push_back(std::move(report));
    }
    for (auto& report : reading.reports) {
        report.warnings.insert(report.warnings.begin(),
                               {warning_code::k_read_without_template,
                                without_template_message(reading.reports.size())});
    }
    return reading;
}

} // namespace finsam
