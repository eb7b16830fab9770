#pragma once

#include "app/AppError.h"
#include "app/reports/FormFigures.h"
#include "domain/Date.h"
#include "domain/Intervention.h"
#include "domain/Report.h"
#include "domain/TemplateDefinition.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// What someone typed into a report form, kept as text: a draft holds even entries that do not
/// validate yet, and the form shows them back as typed.
struct ReportFormValues {
    std::string period_start; // ISO date: the quarter's first day for a kvartalsrapport
    std::string period_end;   // a slutrapport's insatstid ends here
    std::map<std::string, std::string> sections; // by section id
    std::map<std::string, std::string> figures;  // by figure_key(): measure[:category]
    std::string granted_sek;
    std::string used_sek;
    std::string reporter_name;

    bool operator==(const ReportFormValues&) const = default;
};

// Form field names: period_start, period_end, section:<id>, figure:<measure>[:<category>]
// (figure_field()), granted_sek, used_sek, reporter_name.
std::string section_field(const std::string& section_id);

/// An amount in whole kronor as typed ("250 000"); nullopt when left empty, and an error on
/// `field` (named `name` in the message) when it is not one.
std::optional<std::int64_t> read_amount(const std::string& typed, const std::string& field,
                                        const std::string& name, std::vector<FieldError>& errors);

/// Reads the template's fields through `parameter` (a form post's value by name).
ReportFormValues read_form(const TemplateDefinition& definition,
                           const std::function<std::string(const std::string&)>& parameter);

std::string to_json(const ReportFormValues& values);
/// Tolerant: an unreadable draft gives empty values rather than failing the page.
ReportFormValues form_values_from_json(const std::string& json);
/// A stored version's content, for editing a returned report.
ReportFormValues form_values_from_report(const Report& report);

/// Problems that stop even a draft from being saved: any value the input guard refuses
/// (a personnummer, text too long for its field, characters that cannot be stored).
std::vector<FieldError> check_draft(const ReportFormValues& values);

struct FormCheck {
    std::optional<Report> report; // set when there are no errors
    std::vector<FieldError> errors;
};

/// Validates a form for submission and builds the report it states: the period inside the
/// insats's period, required sections written, figures whole numbers that add up (the
/// participant statistics by check_participant_table(), with `active_at_start` the
/// participants in the insats when the period began, when known), the uppgiftslämnare named.
/// `today` dates the report.
FormCheck check_submission(const TemplateDefinition& definition, const ReportFormValues& values,
                           const InterventionDetails& intervention, Date today,
                           std::optional<std::int64_t> active_at_start);

/// The period a form states: the quarter starting at period_start for a kvartalsrapport,
/// else period_start – period_end; nullopt when a date is missing or unreadable.
std::optional<Period> form_period(const TemplateDefinition& definition,
                                  const ReportFormValues& values);

/// What stops a new report from being created: its period's problems first (the period
/// decides which report it is), else what stops a draft, or a submission when `submitting`.
std::vector<FieldError> check_new_report(const TemplateDefinition& definition,
                                         const ReportFormValues& values,
                                         const InterventionDetails& intervention, Date today,
                                         std::optional<std::int64_t> active_at_start,
                                         bool submitting);

} // namespace finsam
