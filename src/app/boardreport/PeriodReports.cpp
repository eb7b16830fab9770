#include "app/boardreport/PeriodReports.h"

#include "domain/Text.h"
#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"

#include <algorithm>

namespace finsam {

namespace {

/// A report that is in (not a draft) and that the audience may read.
bool readable(const InterventionReportRow& row, const Disclosure& disclosure) {
    return row.version_count > 0 && row.status && *row.status != ReportStatus::Draft &&
           disclosure.shows_report(*row.status);
}

std::string period_text(const std::optional<Date>& start, const std::optional<Date>& end) {
    return (start ? format_iso(*start) + " " : std::string()) + "– " + format_iso_or_empty(end);
}

} // namespace

bool counts_for(const InterventionReportRow& row, const Period& period) {
    if (!row.period_end)
        return false;
    if (row.kind == ReportKind::Quarterly)
        return period.contains(*row.period_end);
    const Date start = row.period_start.value_or(*row.period_end);
    return start <= period.end && *row.period_end >= period.start;
}

std::vector<const InterventionReportRow*>
reports_of_period(const std::vector<InterventionReportRow>& rows, const Period& period,
                  const Disclosure& disclosure) {
    std::vector<const InterventionReportRow*> found;
    for (const auto& row : rows) {
        if (counts_for(row, period) && readable(row, disclosure))
            found.push_back(&row);
    }
    return found;
}

std::string source_label(const InterventionReportRow& report) {
    return std::string(kind_label(report.kind)) + " " +
           period_text(report.period_start, report.period_end);
}

std::vector<BoardSection> laid_out(const std::vector<BoardHeading>& headings, ReportKind kind,
                                   const std::vector<Section>& sections) {
    std::vector<BoardSection> texts;
    for (const auto& heading : headings) {
        const auto ids = heading.sections.find(kind);
        if (ids == heading.sections.end())
            continue;
        std::string text;
        for (const auto& id : ids->second) {
            const auto section = std::find_if(sections.begin(), sections.end(),
                                              [&](const Section& s) { return s.id == id; });
            if (section == sections.end() || trim(section->text).empty())
                continue;
            text += (text.empty() ? "" : "\n\n") + std::string(trim(section->text));
        }
        if (!text.empty())
            texts.push_back({heading.id, heading.title, std::move(text), false});
    }
    return texts;
}

bool gives_text(const std::vector<BoardHeading>& headings, ReportKind kind) {
    return std::any_of(headings.begin(), headings.end(), [&](const BoardHeading& heading) {
        return heading.sections.contains(kind);
    });
}

int kind_rank(InterventionKind kind) {
    switch (kind) {
    case InterventionKind::Individual:
        return 0;
    case InterventionKind::Structural:
        return 1;
    default:
        return 2;
    }
}

} // namespace finsam
