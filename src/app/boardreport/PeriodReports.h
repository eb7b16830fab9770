#pragma once

#include "app/boardreport/BoardLayout.h"
#include "domain/AccessPolicy.h"
#include "domain/Intervention.h"
#include "domain/Report.h"
#include "output/BoardDocument.h"
#include "storage/OverviewQueries.h"

#include <string>
#include <vector>

namespace finsam {

// Which of an insats's reports speak for a period, and what their sections give the headings
// of the board layout: shared by the board report and the lessons view, so that both read the
// same reports.

/// A report counts for the period when it covers part of it; a kvartalsrapport when it ends
/// within it (its figures and text are of that quarter).
bool counts_for(const InterventionReportRow& row, const Period& period);

/// The insats's reports of the period that are in (not drafts) and that the audience may
/// read, in the order given (oldest period first).
std::vector<const InterventionReportRow*>
reports_of_period(const std::vector<InterventionReportRow>& rows, const Period& period,
                  const Disclosure& disclosure);

/// "Kvartalsrapport 2024-07-01 – 2024-09-30".
std::string source_label(const InterventionReportRow& report);

/// The headings' texts from a report of `kind`: its sections of each heading, joined by a
/// blank line. Headings without text are left out.
std::vector<BoardSection> laid_out(const std::vector<BoardHeading>& headings, ReportKind kind,
                                   const std::vector<Section>& sections);

/// Whether any of the headings takes its text from reports of this kind.
bool gives_text(const std::vector<BoardHeading>& headings, ReportKind kind);

/// Individinriktade first, then strukturinriktade, then the rest.
int kind_rank(InterventionKind kind);

} // namespace finsam
