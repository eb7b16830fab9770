#include "app/startpages/OwnerToDo.h"

#include "app/startpages/StartPage.h"

namespace finsam {

AppResult<OwnerToDo> owner_to_do(const AppContext& context) {
    auto due = due_reports(context);
    if (!due)
        return tl::unexpected(due.error());
    auto returned = reports_in_status(context, ReportStatus::Returned);
    if (!returned)
        return tl::unexpected(returned.error());
    auto drafts = reports_in_status(context, ReportStatus::Draft);
    if (!drafts)
        return tl::unexpected(drafts.error());
    return OwnerToDo{std::move(*due), std::move(*returned), std::move(*drafts)};
}

} // namespace finsam
