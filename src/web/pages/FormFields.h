#pragma once

#include "app/AppError.h"

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

// What every form page shows of its fields and their errors (the `_input`, `_number`,
// `_textarea` and `_errors` partials).

/// Errors as the page's summary lists them, each linking to its field.
mstch::array error_summary(const std::vector<FieldError>& errors);
/// The messages of one field's errors, joined; empty when it has none.
std::string error_for(const std::vector<FieldError>& errors, const std::string& field);

/// An HTML id for a form field name ("section:2.1" → "f-section-2-1").
std::string field_id(const std::string& field);

/// A form field's view model: name, id, label, value, its error when there is one, and the
/// lines a text area shows (4; a caller may set "rows").
mstch::map form_field(const std::string& name, const std::string& label, const std::string& value,
                      const std::vector<FieldError>& errors);

} // namespace finsam
