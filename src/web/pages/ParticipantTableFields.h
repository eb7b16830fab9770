#pragma once

#include "app/AppError.h"
#include "domain/ParticipantTable.h"

#include <map>
#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// The participant statistics of a report form, as _participant_tables.mustache shows them:
/// the counts by kön and then each breakdown, every one a table with a caption, column
/// headings, and a row heading and a labelled number field per cell with the value as typed
/// (`values`, by figure key) and its error.
mstch::array participant_tables(const ParticipantTable& table,
                                const std::map<std::string, std::string>& values,
                                const std::vector<FieldError>& errors);

} // namespace finsam
