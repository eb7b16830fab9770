#include "app/startpages/StartPage.h"

namespace finsam {

StartPage start_page_for(const AccessPolicy& policy) {
    if (policy.manages_association())
        return StartPage::KansliWork;
    if (policy.user().role == Role::Board)
        return StartPage::BoardNews;
    return StartPage::OwnerToDo;
}

AppResult<std::vector<WorkItem>> reports_in_status(const AppContext& context, ReportStatus status) {
    WorkListQueries queries(context.database());
    auto items = queries.in_status(context.user().association_id, status,
                                   context.policy().intervention_scope());
    if (!items)
        return tl::unexpected(AppError::internal(items.error()));
    return std::move(*items);
}

} // namespace finsam
