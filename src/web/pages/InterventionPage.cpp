#include "web/pages/InterventionPage.h"

#include "domain/ReportingCalendar.h"
#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"
#include "output/TimelineChart.h"
#include "web/pages/StatusStyle.h"

#include <algorithm>
#include <map>

namespace finsam {

namespace {

std::string amount_text(const std::optional<std::int64_t>& kronor) {
    return kronor ? format_swedish_amount(*kronor) : std::string();
}

std::string cell_text(const TimelinePoint* point) {
    if (!point)
        return "–";
    if (point->suppressed)
        return "visas inte";
    return point->value ? std::to_string(static_cast<std::int64_t>(*point->value)) : "–";
}

mstch::map timeline_view(const std::vector<TimelinePoint>& points) {
    std::vector<std::string> periods;
    std::vector<std::int64_t> report_ids;
    // Measures in the order of the Measure enum (total, enrolled, ended, women, men, ...), so
    // that series keep their colours and rows their places from one insats to the next.
    std::map<Measure, std::map<std::int64_t, const TimelinePoint*>> by_measure;
    for (const auto& point : points) {
        if (report_ids.empty() || report_ids.back() != point.report_id) {
            report_ids.push_back(point.report_id);
            periods.push_back(point.period_end
                                  ? quarter_label(Period::quarter_of(*point.period_end))
                                  : format_iso_or_empty(point.period_start));
        }
        by_measure[point.measure][point.report_id] = &point;
    }
    TimelineChartData chart{"Nyckeltal per kvartal", periods, {}, "timeline"};
    mstch::array table_rows;
    for (const auto& [measure, values] : by_measure) {
        const std::string label(measure_label(measure));
        ChartSeries series{label, {}, measure == Measure::ParticipantsTarget};
        mstch::array cells;
        for (const auto report_id : report_ids) {
            const auto found = values.find(report_id);
            const TimelinePoint* point = found == values.end() ? nullptr : found->second;
            series.values.push_back(point ? point->value : std::nullopt);
            cells.push_back(mstch::map{{"value", cell_text(point)}});
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

mstch::array reports_view(const std::vector<InterventionReportRow>& reports) {
    mstch::array rows;
    for (const auto& report : reports) {
        rows.push_back(mstch::map{
            {"id", std::to_string(report.report_id)},
            {"kind", std::string(kind_label(report.kind))},
            {"period", format_iso_or_empty(report.period_start) + " – " +
                           format_iso_or_empty(report.period_end)},
            {"status", std::string(report.status ? status_label(*report.status) : "")},
            {"status_css", std::string(report.status ? status_style(*report.status) : "")},
            {"registry_number", report.registry_number.value_or("")},
            {"arrival", format_iso_or_empty(report.arrival)},
            {"versions", report.version_count},
            {"warnings", report.warning_count}});
    }
    return rows;
}

/// What a survey measure compares the goal with: "Självskattning: ”Hur mår du?”, andel som
/// svarar 7 eller högre vid avslut". By the ids when the survey is no longer in the catalog.
std::string survey_measure_text(const SurveyMeasure& measure, const SurveyCatalog& surveys) {
    const auto& all = surveys.all();
    const auto found = std::find_if(all.begin(), all.end(), [&](const SurveyDefinition& survey) {
        return survey.id == measure.survey_id;
    });
    const SurveyDefinition* survey = found == all.end() ? nullptr : &*found;
    const SurveyQuestion* question = survey ? survey->find_question(measure.question_id) : nullptr;
    const std::string* wording =
        question ? question->text_for(RespondentKind::Participant) : nullptr;
    std::string text = (survey ? survey->name : measure.survey_id) + ": ”" +
                       (wording ? *wording : measure.question_id) + "”, ";
    if (measure.rule == SurveyGoalRule::MeanChange)
        return text + "förändring av medelvärdet från start till avslut";
    if (measure.at_or_above)
        return text + "andel som svarar " + std::to_string(*measure.at_or_above) +
               " eller högre vid avslut";
    return text + "andel som svarar ja vid avslut";
}

std::string target_text(const Goal& goal, const SurveyCatalog& surveys) {
    if (!goal.target)
        return "";
    const std::string number = format_swedish_number(*goal.target, 1);
    if (goal.survey) {
        const bool steps = goal.survey->rule == SurveyGoalRule::MeanChange;
        return (steps ? "+" + number + " steg" : number + " %") + " (" +
               survey_measure_text(*goal.survey, surveys) + ")";
    }
    std::string target = number + (goal.unit == Unit::Percent ? " %" : "");
    if (goal.measure)
        target += " (" + std::string(measure_label(*goal.measure)) + ")";
    return target;
}

mstch::array goals_view(const std::vector<Goal>& goals, const SurveyCatalog& surveys) {
    mstch::array rows;
    for (const auto& goal : goals)
        rows.push_back(mstch::map{{"text", goal.text}, {"target", target_text(goal, surveys)}});
    return rows;
}

} // namespace

mstch::map intervention_page(const InterventionOverview& overview, Date today,
                             const SurveyCatalog& surveys) {
    const InterventionDetails& details = overview.details;
    const mstch::array goals = goals_view(details.goals, surveys);
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
                      {"phase", std::string(phase_label(details.phase_on(today)))},
                      {"granted", amount_text(details.granted_sek)},
                      {"used", amount_text(details.used_sek)},
                      {"goals", goals},
                      {"has_goals", !goals.empty()},
                      {"goals_from_reports", details.goals_from_reports},
                      {"partners", partners},
                      {"has_partners", !partners.empty()},
                      {"reports", reports_view(overview.reports)},
                      {"timeline", timeline_view(overview.timeline)},
                      {"can_edit", overview.can_edit},
                      {"can_report", overview.can_report}};
}

} // namespace finsam
