#pragma once

#include "output/BoardDocument.h"

#include <nlohmann/json.hpp>

namespace finsam {

/// The board report as JSON (docs/api.md, `GET /api/v1/styrelserapport`): the document model
/// as the other formats lay it out, so the API says what they say. A hidden count is null and
/// its field listed in the row's `hidden`; the kansli's copy also lists `marked` (what the
/// board would not see) and `unconfirmed` fields, its source choices and `attention`.
nlohmann::json board_report_json(const BoardDocument& document);

} // namespace finsam
