#include "app/startpages/KansliWork.h"

#include "app/ReadAccess.h"
#include "app/startpages/StartPage.h"

namespace finsam {

AppResult<KansliWork> kansli_work(const AppContext& context) {
    if (auto allowed = require_kansli(context); !allowed)
        return tl::unexpected(allowed.error());
    KansliWork work;
    for (auto [status, list] : {std::pair{ReportStatus::Submitted, &work.to_register},
                                std::pair{ReportStatus::Registered, &work.to_review},
                                std::pair{ReportStatus::Returned, &work.returned}}) {
        auto items = reports_in_status(context, status);
        if (!items)
            return tl::unexpected(items.error());
        *list = std::move(*items);
    }
    auto due = due_reports(context);
    if (!due)
        return tl::unexpected(due.error());
    for (auto& report : *due) {
        if (report.overdue)
            work.overdue.push_back(std::move(report));
    }
    return work;
}

} // namespace finsam
