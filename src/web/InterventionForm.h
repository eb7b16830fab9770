#pragma once

#include "storage/AccountStore.h"
#include "storage/InterventionStore.h"
#include "web/ReportForm.h"

#include <functional>
#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// The kansli's insats form: every field of InterventionDetails, goals as rows (text,
/// target, unit, measure), partners one per line, and the insatsägare users to bind.
struct InterventionFormCheck {
    InterventionDetails details;
    std::vector<FieldError> errors;
};

/// Reads the form over `base` (the stored insats, or an empty one for a new insats).
/// `owner_user_values` are the checked insatsägare (the values of every `owner_users`).
InterventionFormCheck
read_intervention_form(const InterventionDetails& base,
                       const std::function<std::string(const std::string&)>& parameter,
                       const std::function<bool(const std::string&)>& has_parameter,
                       const std::vector<std::string>& owner_user_values);

/// The form's context: the values (as stored or as typed), errors beside their fields,
/// the goal rows with three empty ones to add, and every insatsägare user to choose from.
mstch::map intervention_form_view(const InterventionDetails& details,
                                  const std::vector<FieldError>& errors,
                                  const std::vector<User>& owners);

/// Errors as the page shows them: a summary list linking to each field, and a map from
/// field name to message for the fields themselves.
mstch::array error_summary(const std::vector<FieldError>& errors);
std::string error_for(const std::vector<FieldError>& errors, const std::string& field);

/// An HTML id for a form field name ("section:2.1" → "f-section-2-1").
std::string field_id(const std::string& field);

/// A form field's context for the `_input`, `_number` and `_textarea` partials: name, id,
/// label, value, and its error when there is one.
mstch::map form_field(const std::string& name, const std::string& label, const std::string& value,
                      const std::vector<FieldError>& errors);

/// The lines of a text area that hold something, trimmed (partners, members, one per line).
std::vector<std::string> nonempty_lines(const std::string& text);

} // namespace finsam
