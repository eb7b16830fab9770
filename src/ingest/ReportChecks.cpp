#include "ingest/ReportChecks.h"

#include "ingest/figures/FigureExtractor.h"

#include <string>

namespace finsam {

std::vector<Warning> check_report(const Report& report) {
    std::vector<Warning> warnings;
    const auto& funds = report.funds;
    if (funds.granted_sek && funds.used_sek && *funds.used_sek > *funds.granted_sek) {
        warnings.push_back(
            {warning_code::k_used_above_granted, "used funds " + std::to_string(*funds.used_sek) +
                                                     " SEK exceed granted funds " +
                                                     std::to_string(*funds.granted_sek) + " SEK"});
    }
    auto period = report.period.complete();
    if (period && period->is_reversed()) {
        warnings.push_back({warning_code::k_period_reversed,
                            "the period ends (" + format_iso(period->end) + ") before it starts (" +
                                format_iso(period->start) + ")"});
    }
    if (report.reporter.date && report.period.end && *report.reporter.date < *report.period.end) {
        warnings.push_back({warning_code::k_reporter_date_before_period_end,
                            "the report is dated " + format_iso(*report.reporter.date) +
                                ", before its period ends (" + format_iso(*report.period.end) +
                                ")"});
    }
    for (auto& warning : find_conflicting_figures(report.figures))
        warnings.push_back(std::move(warning));
    return warnings;
}

} // namespace finsam
