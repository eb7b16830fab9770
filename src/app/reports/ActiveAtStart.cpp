#include "app/reports/ActiveAtStart.h"

#include "storage/OverviewQueries.h"

namespace finsam {

AppResult<std::optional<std::int64_t>>
active_at_start(const AppContext& context, std::int64_t intervention_id, const Period& period) {
    OverviewQueries queries(context.database());
    const auto points = queries.intervention_figures(intervention_id);
    if (!points)
        return tl::unexpected(AppError::internal(points.error()));
    const Date day_before{std::chrono::sys_days{period.start} - std::chrono::days{1}};
    for (const auto& point : *points) {
        if (point.measure == Measure::ParticipantsCurrent && point.period_end == day_before)
            return std::optional(static_cast<std::int64_t>(point.value));
    }
    return std::optional<std::int64_t>();
}

} // namespace finsam
