#pragma once

#include "app/AppError.h"
#include "web/pages/ErrorPage.h"

#include <nlohmann/json.hpp>

namespace finsam {

// The one place that turns an error into an answer: its HTTP status and, in Swedish, the
// page a person reads or the JSON a program reads (problem details: a stable `code`, the
// Swedish `message`, and the `fields` at fault).

/// The error as a page says it.
ErrorMessage error_message(const AppError& error);

struct ErrorJson {
    int status = 500;
    nlohmann::json body;
};

/// The error as the API says it: {"error": {"code", "message", "fields"?, "report_id"?}}.
ErrorJson error_json(const AppError& error);

} // namespace finsam
