#include "domain/ReportingCalendar.h"
#include "storage/AssociationStore.h"
#include "storage/OverviewQueries.h"
#include "web/Labels.h"
#include "web/Overview.h"
#include "web/Routes.h"

namespace finsam {

namespace {

void show_overview(RequestScope& scope) {
    const User& user = scope.visitor().user;
    AssociationStore associations(scope.database());
    const auto settings = associations.load(user.association_id);
    if (!settings || !*settings)
        throw std::runtime_error("the user's association cannot be loaded");
    const Date today = today_in_sweden();
    const auto chosen = parse_iso_date(scope.param("kvartal"));
    const Period quarter = chosen && quarter_starting(*chosen) ? *quarter_starting(*chosen)
                                                               : default_overview_quarter(today);
    const auto only =
        user.role == Role::InterventionOwner ? std::optional(user.intervention_ids) : std::nullopt;
    OverviewQueries queries(scope.database());
    const auto rows = queries.quarter(user.association_id, quarter, only);
    const auto finals = queries.final_reports(user.association_id, only);
    const auto warnings = queries.pending_warnings(user.association_id, only);
    if (!rows || !finals || !warnings)
        throw std::runtime_error("the overview cannot be read");
    const OverviewInput input{quarter, today,   (*settings)->deadline_days,
                              *rows,   *finals, *warnings};
    scope.page("overview", overview_view(input), "Översikt " + quarter_label(quarter));
}

} // namespace

void add_overview_routes(httplib::Server& server, WebContext& context) {
    server.Get("/oversikt", page_handler(context, show_overview));
}

} // namespace finsam
