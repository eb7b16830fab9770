#include "web/pages/FigureCheckView.h"

#include "domain/Timestamp.h"
#include "web/pages/ReportText.h"

#include <string>

namespace finsam {

mstch::node figure_check_view(const std::optional<FigureCheck>& check, std::int64_t report_id,
                              ConfirmedFrom from) {
    if (!check || !check->read_from_text)
        return false;
    const std::string version = std::to_string(check->version);
    mstch::node confirmed = false;
    if (check->confirmation) {
        const auto& confirmation = *check->confirmation;
        confirmed =
            mstch::map{{"at", swedish_minute_text(confirmation.at)},
                       {"name", confirmation.user_name.empty() ? std::string("okänd användare")
                                                               : confirmation.user_name}};
    }
    return mstch::map{
        {"version", version},
        {"unconfirmed", !check->confirmed()},
        {"confirmed", confirmed},
        {"may_confirm", check->may_confirm},
        {"action",
         "/rapporter/" + std::to_string(report_id) + "/versioner/" + version + "/bekrafta"},
        {"back", std::string(from == ConfirmedFrom::ReportPage ? "rapport" : "version")}};
}

} // namespace finsam
