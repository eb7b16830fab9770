#include "domain/ReportingCalendar.h"
#include "storage/AssociationStore.h"
#include "storage/OverviewQueries.h"
#include "web/Labels.h"
#include "web/Overview.h"
#include "web/Routes.h"

namespace finsam {

namespace {

/// What the overview's content depends on besides the data: the förbund, the quarter, the
/// day (what is late) and which insatser the visitor sees.
std::string cache_key(const User& user, const Period& quarter, Date today,
                      const std::optional<std::vector<std::int64_t>>& only) {
    std::string key = std::to_string(user.association_id) + "|" + format_iso(quarter.start) + "|" +
                      format_iso(today) + "|";
    if (!only)
        return key + "all";
    for (const auto id : *only)
        key += std::to_string(id) + ",";
    return key;
}

std::string render_overview(RequestScope& scope, const Period& quarter, Date today,
                            const std::optional<std::vector<std::int64_t>>& only) {
    const User& user = scope.visitor().user;
    AssociationStore associations(scope.database());
    const auto settings = associations.load(user.association_id);
    if (!settings || !*settings)
        throw std::runtime_error("the user's association cannot be loaded");
    OverviewQueries queries(scope.database());
    const auto rows = queries.quarter(user.association_id, quarter, only);
    const auto finals = queries.final_reports(user.association_id, only);
    const auto warnings = queries.pending_warnings(user.association_id, only);
    if (!rows || !finals || !warnings)
        throw std::runtime_error("the overview cannot be read");
    const OverviewInput input{quarter, today,   (*settings)->deadline_days,
                              *rows,   *finals, *warnings};
    return scope.context().views().render("overview", overview_view(input));
}

void show_overview(RequestScope& scope) {
    const User& user = scope.visitor().user;
    const Date today = today_in_sweden();
    const Period quarter = chosen_quarter(scope.param("kvartal"), today);
    const auto only =
        user.role == Role::InterventionOwner ? std::optional(user.intervention_ids) : std::nullopt;
    auto& cache = scope.context().page_cache();
    const std::string key = cache_key(user, quarter, today, only);
    auto content = cache.find(key);
    if (!content) {
        content = render_overview(scope, quarter, today, only);
        cache.store(key, *content);
    }
    scope.page_content(std::move(*content), "Översikt " + quarter_label(quarter));
}

} // namespace

void add_overview_routes(httplib::Server& server, WebContext& context) {
    server.Get("/oversikt", page_handler(context, show_overview));
}

} // namespace finsam
