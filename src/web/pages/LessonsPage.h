#pragma once

#include "app/AppError.h"
#include "app/lessons/Lessons.h"

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// lessons.mustache's view model: the form (period, search), and per insats its lesson
/// headings side by side, each with its texts, the searched words marked, and the reports
/// they are from. `errors` are the fields that could not be read (then `lessons` holds only
/// what was typed, and no insats).
mstch::map lessons_page(const PeriodLessons& lessons, const std::string& typed_period,
                        const std::vector<FieldError>& errors);

} // namespace finsam
