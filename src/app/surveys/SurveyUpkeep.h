#pragma once

#include "app/PeriodicThread.h"

#include <chrono>
#include <memory>
#include <string>

namespace finsam {

/// How often `finsam serve` wipes what the database files keep of the answers' arrival: an
/// answer's place and transaction id tell its order among the others for at most this long.
inline constexpr std::chrono::hours k_survey_upkeep_interval{1};

/// `finsam serve`'s survey upkeep: SurveyAnswerStore::erase_arrival_traces at start and then
/// every k_survey_upkeep_interval, what it did or could not do logged.
std::unique_ptr<PeriodicThread> start_survey_upkeep_thread(std::string database_url);

} // namespace finsam
