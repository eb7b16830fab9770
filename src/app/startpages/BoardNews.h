#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/Date.h"
#include "storage/WorkListQueries.h"

#include <optional>
#include <vector>

namespace finsam {

/// What is new for the board since its last meeting, its start page: the reports the kansli
/// has reviewed since a day. The day is the board's to pick (its last meeting), so that no
/// setting is needed.
struct BoardNews {
    Date since;
    bool since_chosen = false;      // false: the default, three months back
    std::vector<WorkItem> reviewed; // the newest first; each one the user may open
};

/// The reports reviewed on or after `since` (a Swedish day; default three months before
/// today), as the policy lets the user read them: reviewed reports only, and an insatsägare
/// only their own insatser's.
AppResult<BoardNews> board_news(const AppContext& context, std::optional<Date> since);

} // namespace finsam
