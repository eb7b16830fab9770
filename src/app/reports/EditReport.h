#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "app/reports/ReportForm.h"
#include "domain/Intervention.h"
#include "domain/ReportState.h"
#include "domain/TemplateDefinition.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace finsam {

// Writing a report: the insatsägare (or the kansli) opens the form of a new report or of a
// draft or returned one, saves drafts, and submits. The page, its autosave and the API call
// the same use cases; each checks access, the form's rules and the revision it was given.

/// What the report form shows, and what a save works from.
struct ReportFormData {
    const TemplateDefinition* definition = nullptr; // the förbund's form for the report's kind
    InterventionDetails intervention;
    std::optional<ReportState> state; // nullopt for a report not yet created
    ReportFormValues values;
    std::string return_comment; // the kansli's komplettering request, when returned
    Date today;
    /// By field: a warning that its text looks like it holds personal data (an e-mail
    /// address, a mobile number, a person's name). Not an error: the writer decides.
    std::map<std::string, std::string> personal_data_hints;
};

/// A draft saved by hand, a draft the form's script saves a few seconds after each change
/// (not recorded in the audit trail, which it would flood), or a submission.
enum class SaveMode { Draft, Autosave, Submit };

/// The form for a new report of `kind` for the insats: NotFound, Forbidden (not the user's
/// insats to report for) or NoReportForm. Without `posted`, the values start with the
/// user's name as uppgiftslämnare and the period from `period_start` (the quarter a start
/// page says is due), else the overview's quarter; with it, they are what was posted.
AppResult<ReportFormData> new_report_form(const AppContext& context, std::int64_t intervention_id,
                                          ReportKind kind, const FieldSource* posted = nullptr,
                                          std::optional<Date> period_start = std::nullopt);

/// The form of a report the user may write: its draft, else its latest version (a returned
/// report), or what was `posted` over it; its period stays the report's.
/// ReportNotEditable once it is in.
AppResult<ReportFormData> edit_report_form(const AppContext& context, std::int64_t report_id,
                                           const FieldSource* posted = nullptr);

/// Creates the report the form's period names and saves the fields as its draft or submits
/// them. Invalid (period first, then what stops a draft or a submission); ReportExists when
/// the period's report was started elsewhere, in another tab or by someone else: saving over
/// it would lose that text. Returns the report as saved.
AppResult<ReportState> create_report(const AppContext& context, std::int64_t intervention_id,
                                     ReportKind kind, const FieldSource& fields, SaveMode mode);

/// Saves the fields as the report's draft, or submits them, when the report is still at
/// `revision`: ReportChanged otherwise (with the status it has now), Invalid for what the
/// form's rules refuse. Returns the report as saved.
AppResult<ReportState> save_report(const AppContext& context, std::int64_t report_id,
                                   const FieldSource& fields, SaveMode mode, int revision);

} // namespace finsam
