#pragma once

#include "domain/TemplateDefinition.h"
#include "storage/InterventionStore.h"
#include "storage/WorkflowStore.h"
#include "web/ReportForm.h"
#include "web/RequestScope.h"

#include <optional>

namespace finsam {

// Access to what a path names, shared by the routes of insatser, reports and the API.

/// The insats of the path's first number, when it is the visitor's förbund's and the
/// visitor may read it; otherwise the 404 or 403 page (or JSON) has been sent.
std::optional<InterventionDetails> readable_intervention(RequestScope& scope);

/// A report the visitor may read, with its insats.
struct ReadableReport {
    ReportState state;
    InterventionDetails intervention;
};

/// The report of the path's first number, when the visitor may read it (the board only what
/// the kansli has reviewed); otherwise the 404 or 403 page has been sent.
std::optional<ReadableReport> readable_report(RequestScope& scope);

/// The förbund's form template for a report kind (Inställningar chooses it); nullptr when
/// it has none with a web form.
const TemplateDefinition* form_template(RequestScope& scope, ReportKind kind);

/// A new report from a form: its errors (nothing was created), or the report opened for it,
/// or the id of the report another tab or person already started for that period.
struct NewReport {
    std::vector<FieldError> errors;
    std::optional<ReportState> opened;
    std::optional<std::int64_t> started_elsewhere;
};

/// Checks a new report's form and, when it can be saved, finds or creates its report. A
/// report that has a draft, a version or a later revision was started elsewhere: saving
/// over it would lose that text, so it is not opened.
NewReport open_new_report(RequestScope& scope, const TemplateDefinition& definition,
                          const InterventionDetails& intervention, const ReportFormValues& values,
                          bool submitting);

/// The `revision` a form posted; -1 when missing, which no report has.
int posted_revision(RequestScope& scope);

/// What a kansli's workflow action was given, from a form or JSON.
struct ActionInput {
    int revision = -1;
    std::string comment;              // a return's komplettering request; must not be empty
    std::string signature;            // a registration's; the registrar's initials when empty
    std::optional<Date> arrival_date; // a registration's; today when missing
};

/// Runs the action on the report for the visitor; the store's refusal, if any (Stale when
/// the report changed or its status does not allow it).
std::optional<StorageError> perform_action(RequestScope& scope, const ReportState& state,
                                           WorkflowAction action, const ActionInput& input);

/// "Karin Kansli" → "KK": the signature a registration gets by default.
std::string initials_of(const std::string& name);

// The report page, one version with its changes, and the kansli's workflow actions.
void show_report(RequestScope& scope);
void show_version(RequestScope& scope);
void act_on_report(RequestScope& scope, WorkflowAction action);

} // namespace finsam
