#pragma once

#include "storage/InterventionStore.h"
#include "storage/WorkflowStore.h"
#include "web/RequestScope.h"

#include <optional>

namespace finsam {

// Shared by the report form (ReportRoutes.cpp) and the report pages (ReportPages.cpp).

/// A report the visitor may read, with its insats.
struct ReadableReport {
    ReportState state;
    InterventionDetails intervention;
};

/// The report of the path's first number, when the visitor may read it (the board only what
/// the kansli has reviewed); otherwise the 404 or 403 page has been sent.
std::optional<ReadableReport> readable_report(RequestScope& scope);

/// The `revision` a form posted; -1 when missing, which no report has.
int posted_revision(RequestScope& scope);

// The report page, one version with its changes, and the kansli's workflow actions.
void show_report(RequestScope& scope);
void show_version(RequestScope& scope);
void act_on_report(RequestScope& scope, WorkflowAction action);

} // namespace finsam
