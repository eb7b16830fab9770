#include "domain/ReportingCalendar.h"
#include "output/SwedishFormat.h"
#include "output/TimelineChart.h"
#include "storage/AccountStore.h"
#include "storage/InterventionStore.h"
#include "storage/OverviewQueries.h"
#include "web/InterventionForm.h"
#include "web/Labels.h"
#include "web/Overview.h"
#include "web/Routes.h"
#include "web/routes/ReportAccess.h"

#include <map>

namespace finsam {

namespace {

std::string amount_text(const std::optional<std::int64_t>& kronor) {
    return kronor ? format_swedish_amount(*kronor) : std::string();
}

mstch::map timeline_view(const std::vector<FigurePoint>& points, bool hide_small_counts) {
    std::vector<std::string> periods;
    std::vector<std::int64_t> report_ids;
    // Measures in the order of the Measure enum (total, enrolled, ended, women, men, ...), so
    // that series keep their colours and rows their places from one insats to the next.
    std::map<Measure, std::map<std::int64_t, double>> by_measure;
    for (const auto& point : points) {
        if (report_ids.empty() || report_ids.back() != point.report_id) {
            report_ids.push_back(point.report_id);
            periods.push_back(point.period_end
                                  ? quarter_label(Period::quarter_of(*point.period_end))
                                  : format_iso_or_empty(point.period_start));
        }
        if (const auto measure = measure_from_string(point.measure))
            by_measure[*measure][point.report_id] = point.value;
    }
    TimelineChartData chart{"Nyckeltal per kvartal", periods, {}, "timeline"};
    mstch::array table_rows;
    for (const auto& [measure, values] : by_measure) {
        const std::string label(measure_label(measure));
        ChartSeries series{label, {}};
        mstch::array cells;
        for (const auto report_id : report_ids) {
            const auto found = values.find(report_id);
            std::optional<double> value =
                found == values.end() ? std::nullopt : std::optional(found->second);
            const bool hidden = hide_small_counts && value && is_small_count(*value);
            if (hidden)
                value.reset();
            series.values.push_back(value);
            cells.push_back(mstch::map{
                {"value", hidden ? std::string("färre än 5")
                                 : (value ? std::to_string(static_cast<std::int64_t>(*value))
                                          : std::string("–"))}});
        }
        chart.series.push_back(std::move(series));
        table_rows.push_back(mstch::map{{"label", label}, {"cells", cells}});
    }
    mstch::array headers;
    for (const auto& period : periods)
        headers.push_back(mstch::map{{"label", period}});
    return mstch::map{{"svg", render_timeline_chart_svg(chart)},
                      {"periods", headers},
                      {"rows", table_rows},
                      {"has_figures", !table_rows.empty()}};
}

/// The figures of reviewed reports: all the board may see.
std::vector<FigurePoint> reviewed_only(const std::vector<FigurePoint>& points,
                                       const std::vector<InterventionReportRow>& reports) {
    std::vector<FigurePoint> reviewed;
    for (const auto& point : points) {
        const bool is_reviewed = std::any_of(reports.begin(), reports.end(), [&](const auto& row) {
            return row.report_id == point.report_id && row.status == ReportStatus::Reviewed;
        });
        if (is_reviewed)
            reviewed.push_back(point);
    }
    return reviewed;
}

mstch::array reports_view(const std::vector<InterventionReportRow>& reports, bool board) {
    mstch::array rows;
    for (const auto& report : reports) {
        // The board reads what the kansli has reviewed, nothing in progress.
        if (board && report.status != ReportStatus::Reviewed)
            continue;
        const auto kind = report_kind_from_string(report.kind);
        rows.push_back(
            mstch::map{{"id", std::to_string(report.report_id)},
                       {"kind", std::string(kind ? kind_label(*kind) : report.kind)},
                       {"period", format_iso_or_empty(report.period_start) + " – " +
                                      format_iso_or_empty(report.period_end)},
                       {"status", std::string(report.status ? status_label(*report.status) : "")},
                       {"status_css", std::string(report.status ? status_css(*report.status) : "")},
                       {"registry_number", report.registry_number.value_or("")},
                       {"arrival", format_iso_or_empty(report.arrival)},
                       {"versions", report.version_count},
                       {"warnings", report.warning_count}});
    }
    return rows;
}

mstch::map details_view(const InterventionDetails& details) {
    mstch::array goals;
    for (const auto& goal : details.goals) {
        std::string target;
        if (goal.target) {
            target = std::to_string(static_cast<std::int64_t>(*goal.target)) +
                     (goal.unit == Unit::Percent ? " %" : "");
            if (goal.measure)
                target += " (" + std::string(measure_label(*goal.measure)) + ")";
        }
        goals.push_back(mstch::map{{"text", goal.text}, {"target", target}});
    }
    mstch::array partners;
    for (const auto& partner : details.partners)
        partners.push_back(mstch::map{{"name", partner}});
    return mstch::map{{"id", std::to_string(details.id)},
                      {"name", details.name},
                      {"owner", details.owner.value_or("")},
                      {"contact", details.contact.value_or("")},
                      {"purpose", details.purpose.value_or("")},
                      {"target_group", details.target_group.value_or("")},
                      {"kind", std::string(intervention_kind_label(details.kind))},
                      {"period_start", format_iso_or_empty(details.period_start)},
                      {"period_end", format_iso_or_empty(details.period_end)},
                      {"ended_on", format_iso_or_empty(details.ended_on)},
                      {"granted", amount_text(details.granted_sek)},
                      {"used", amount_text(details.used_sek)},
                      {"goals", goals},
                      {"has_goals", !goals.empty()},
                      {"goals_from_reports", details.goals_from_reports},
                      {"partners", partners},
                      {"has_partners", !partners.empty()}};
}

void list_interventions(RequestScope& scope) {
    InterventionStore interventions(scope.database());
    const auto all = interventions.list(scope.visitor().user.association_id);
    if (!all)
        throw std::runtime_error(all.error().message);
    const Date today = today_in_sweden();
    mstch::array rows;
    for (const auto& details : *all) {
        if (!scope.visitor().can_read(details.id))
            continue;
        rows.push_back(
            mstch::map{{"id", std::to_string(details.id)},
                       {"name", details.name},
                       {"owner", details.owner.value_or("")},
                       {"kind", std::string(intervention_kind_label(details.kind))},
                       {"period", format_iso_or_empty(details.period_start) + " – " +
                                      format_iso_or_empty(details.period_end)},
                       {"state", std::string(details.is_active_on(today) ? "Pågår" : "Avslutad")}});
    }
    scope.page(
        "interventions",
        {{"rows", rows}, {"has_rows", !rows.empty()}, {"can_create", scope.visitor().is_staff()}},
        "Insatser");
}

void show_intervention(RequestScope& scope) {
    const auto details = readable_intervention(scope);
    if (!details)
        return;
    OverviewQueries queries(scope.database());
    const auto reports = queries.intervention_reports(details->id);
    const auto figures = queries.intervention_figures(details->id);
    if (!reports || !figures)
        throw std::runtime_error("the intervention's reports cannot be read");
    const bool board = scope.visitor().user.role == Role::Board;
    mstch::map page = details_view(*details);
    page["reports"] = reports_view(*reports, board);
    page["timeline"] = timeline_view(board ? reviewed_only(*figures, *reports) : *figures, board);
    page["can_edit"] = scope.visitor().is_staff();
    page["can_report"] = scope.visitor().can_report_for(details->id);
    scope.audit("view", "intervention", details->id);
    scope.page("intervention", page, details->name);
}

std::vector<User> association_users(RequestScope& scope) {
    AccountStore accounts(scope.database());
    auto users = accounts.list_users(scope.visitor().user.association_id);
    if (!users)
        throw std::runtime_error(users.error().message);
    return std::move(*users);
}

void show_form(RequestScope& scope, const InterventionDetails& details,
               const std::vector<FieldError>& errors, int status) {
    const std::string title = details.id == 0 ? "Ny insats" : "Redigera " + details.name;
    scope.page("intervention_form",
               intervention_form_view(details, errors, association_users(scope)), title, status);
}

InterventionFormCheck read_posted_form(RequestScope& scope, const InterventionDetails& base) {
    return read_intervention_form(
        base, [&](const std::string& name) { return scope.param(name); },
        [&](const std::string& name) { return scope.has_param(name); },
        scope.param_values("owner_users"));
}

void save_intervention(RequestScope& scope, const std::optional<InterventionDetails>& stored) {
    InterventionDetails base;
    base.association_id = scope.visitor().user.association_id;
    if (stored)
        base = *stored;
    auto check = read_posted_form(scope, base);
    if (!check.errors.empty()) {
        show_form(scope, check.details, check.errors, 422);
        return;
    }
    InterventionStore interventions(scope.database());
    std::int64_t id = check.details.id;
    if (stored) {
        const auto saved = interventions.update(check.details);
        if (!saved && saved.error().code == StorageError::Code::Stale) {
            scope.message(409, "Insatsen har ändrats",
                          "Någon annan har sparat ändringar i insatsen sedan du öppnade "
                          "formuläret. Öppna insatsen igen och gör om dina ändringar; ingenting "
                          "av det du skrev sparades.");
            return;
        }
        if (!saved && saved.error().code == StorageError::Code::Conflict) {
            show_form(scope, check.details, {{"name", "Det finns redan en insats med det namnet."}},
                      422);
            return;
        }
        if (!saved)
            throw std::runtime_error(saved.error().message);
    } else {
        const auto created = interventions.create(check.details);
        if (!created && created.error().code == StorageError::Code::Conflict) {
            show_form(scope, check.details, {{"name", "Det finns redan en insats med det namnet."}},
                      422);
            return;
        }
        if (!created)
            throw std::runtime_error(created.error().message);
        id = *created;
    }
    scope.audit(stored ? "edit" : "create", "intervention", id);
    scope.redirect("/insatser/" + std::to_string(id));
}

} // namespace

void add_intervention_routes(httplib::Server& server, WebContext& context) {
    server.Get("/insatser", page_handler(context, list_interventions));
    server.Get("/insatser/ny", page_handler(context, [](RequestScope& scope) {
                   if (!scope.require_staff())
                       return;
                   InterventionDetails empty;
                   show_form(scope, empty, {}, 200);
               }));
    server.Post("/insatser", page_handler(context, [](RequestScope& scope) {
                    if (scope.require_staff())
                        save_intervention(scope, std::nullopt);
                }));
    server.Get(R"(/insatser/(\d+))", page_handler(context, show_intervention));
    server.Get(R"(/insatser/(\d+)/redigera)", page_handler(context, [](RequestScope& scope) {
                   if (!scope.require_staff())
                       return;
                   if (const auto details = readable_intervention(scope))
                       show_form(scope, *details, {}, 200);
               }));
    server.Post(R"(/insatser/(\d+))", page_handler(context, [](RequestScope& scope) {
                    if (!scope.require_staff())
                        return;
                    if (const auto details = readable_intervention(scope))
                        save_intervention(scope, details);
                }));
}

} // namespace finsam
