#pragma once

#include "app/AppError.h"
#include "app/FieldSource.h"

#include <nlohmann/json.hpp>

namespace finsam {

/// An answer posted to the API (`POST /api/v1/enkater/{token}`, docs/api.md) as the answer
/// form's fields: `{"kod": "ABCD-EFGH", "svar": {"halsa": 7, "hjalpte": ["samtal"],
/// "rekommendera": true, "forbattra": "…"}}`. A number becomes the scale's value, true and
/// false ja and nej, a list the choices. MalformedRequest when `svar` is no object or a value
/// is of no such kind.
AppResult<FieldMap> survey_answer_fields(const nlohmann::json& body);

} // namespace finsam
