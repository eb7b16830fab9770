#include "app/surveys/SurveyUpkeep.h"

#include "storage/SurveyAnswerStore.h"

#include <spdlog/spdlog.h>

namespace finsam {

std::unique_ptr<PeriodicThread> start_survey_upkeep_thread(std::string database_url) {
    return std::make_unique<PeriodicThread>(
        "survey upkeep", std::move(database_url), k_survey_upkeep_interval, [](Database& database) {
            const auto erased = SurveyAnswerStore(database).erase_arrival_traces();
            if (!erased)
                spdlog::error("cannot erase the survey answers' arrival order: {}",
                              erased.error().message);
            else if (*erased)
                spdlog::info("survey answers rewritten without their order of arrival");
        });
}

} // namespace finsam
