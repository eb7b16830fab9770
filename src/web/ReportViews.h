#pragma once

#include "analytics/VersionDiff.h"
#include "domain/TemplateDefinition.h"
#include "storage/InterventionStore.h"
#include "storage/ReportStore.h"
#include "storage/WorkflowStore.h"
#include "web/ReportForm.h"

#include <mstch/mstch.hpp>
#include <vector>

namespace finsam {

/// What the report form shows: the template's sections and key figures with the values and
/// errors, the period choice, and the kansli's latest comment when the report was returned.
struct ReportFormPage {
    const TemplateDefinition& definition;
    const InterventionDetails& intervention;
    const ReportFormValues& values;
    const std::vector<FieldError>& errors;
    std::optional<ReportState> state; // nullopt for a report not yet created
    std::string return_comment;
    Date today;
};

mstch::map report_form_view(const ReportFormPage& page);

/// One stored version's content: sections, key figures, goals, and (for staff) warnings.
mstch::map version_content_view(const StoredReportVersion& version, bool show_warnings,
                                bool hide_small_counts);

/// The differences from the previous version, with inserted and deleted words marked.
mstch::map diff_view(const ReportDiff& diff);

/// The report's history, oldest first.
mstch::array events_view(const std::vector<ReportEvent>& events);

/// "2024-07-01 – 2024-09-30", or the quarter's name when the period is one quarter.
std::string period_text(const StatedPeriod& period);

} // namespace finsam
