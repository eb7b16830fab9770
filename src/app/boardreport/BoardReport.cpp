#include "app/boardreport/BoardReport.h"

#include "app/InputGuard.h"
#include "app/ReadAccess.h"
#include "app/boardreport/PeriodReports.h"
#include "app/interventions/Interventions.h"
#include "app/lessons/Lessons.h"
#include "app/reports/ShowReport.h"
#include "app/statistics/Statistics.h"
#include "app/surveys/SurveyResultsQuery.h"
#include "domain/ReportingCalendar.h"
#include "domain/Text.h"
#include "output/SurveyBoardTable.h"
#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"
#include "storage/BoardTextStore.h"
#include "storage/OverviewQueries.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

namespace finsam {

namespace {

using ReportRows = std::vector<InterventionReportRow>;

const InterventionReportRow* text_source(const std::vector<const InterventionReportRow*>& reports) {
    const InterventionReportRow* best = nullptr;
    for (const auto* report : reports) {
        // Later in the list is a later period: it wins a tie.
        if (!best || authority(report->kind) >= authority(best->kind))
            best = report;
    }
    return best;
}

/// An insats's lessons as the board report shows them: each heading's texts joined.
BoardLessons board_lessons(const InterventionLessons& insats) {
    BoardLessons lessons{insats.name, {}};
    for (const auto& column : insats.columns) {
        std::string text;
        for (const auto& each : column.texts)
            text += (text.empty() ? "" : "\n\n") + each.text;
        if (!text.empty())
            lessons.sections.push_back({column.heading_id, column.title, std::move(text), false});
    }
    return lessons;
}

BoardCount count_of(const InterventionStatistics& row, Measure measure,
                    std::string_view category = {}) {
    for (const auto& figure : row.figures) {
        if (figure.measure == measure && figure.unit == Unit::Count && figure.category == category)
            return {figure.value, figure.hidden, figure.marked, figure.unconfirmed};
    }
    return {};
}

/// A kön's participants: stated as the total's part, or as a measure of its own.
BoardCount gender_count(const InterventionStatistics& row, std::string_view gender,
                        Measure own_measure) {
    BoardCount part = count_of(row, Measure::ParticipantsTotal, gender);
    return part.value || part.hidden ? part : count_of(row, own_measure);
}

BoardGoal goal_of(const GoalFollowUpRow& row) {
    BoardGoal goal{row.goal.text,      row.goal.target, row.outcome, row.goal.unit == Unit::Percent,
                   row.outcome_hidden, row.unconfirmed, row.status,  row.trend};
    const auto& survey = row.goal.survey;
    goal.steps = survey && survey->rule == SurveyGoalRule::MeanChange;
    goal.answer_count = row.answer_count;
    return goal;
}

std::optional<Period> period_of(const InterventionDetails& details) {
    if (!details.period_start || !details.period_end)
        return std::nullopt;
    return Period{*details.period_start, *details.period_end};
}

BoardSummaryRow summary_of(const InterventionDetails& details,
                           const InterventionStatistics* statistics) {
    BoardSummaryRow row;
    row.intervention_id = details.id;
    row.name = details.name;
    row.owner = details.owner.value_or("");
    row.period = period_of(details);
    row.kind = details.kind;
    row.granted_sek = details.granted_sek;
    row.used_sek = details.used_sek;
    if (!statistics)
        return row;
    row.participants_total = count_of(*statistics, Measure::ParticipantsTotal);
    row.participants_active = count_of(*statistics, Measure::ParticipantsCurrent);
    row.participants_ended = count_of(*statistics, Measure::ParticipantsEnded);
    row.women = gender_count(*statistics, "kvinna", Measure::ParticipantsWomen);
    row.men = gender_count(*statistics, "man", Measure::ParticipantsMen);
    row.ended_to_work_or_studies = count_of(*statistics, Measure::EndedToWorkOrStudies);
    for (const auto& goal : statistics->goals) {
        ++row.goals;
        row.goals_judged += goal.status != GoalStatus::NotJudged;
        row.goals_reached += goal.status == GoalStatus::Reached;
    }
    return row;
}

/// Whether a report that is in accounts for a quarter whose reporting ends on `last_day` (the
/// quarter's end, or the insats's when it ends within it): a kvartalsrapport ending then, or a
/// slutrapport or projektredovisning whose period holds that day (a förbund that compiles its
/// insatser's reports asks for no kvartalsrapporter). An övrig rapport accounts for nothing:
/// what its period covers is read from free text, not from a template's period field.
bool accounts_for_quarter(const InterventionReportRow& row, Date last_day) {
    if (row.version_count == 0 || !row.period_end || row.kind == ReportKind::Other)
        return false;
    if (row.kind == ReportKind::Quarterly)
        return *row.period_end == last_day;
    return row.period_start.value_or(*row.period_end) <= last_day && last_day <= *row.period_end;
}

/// Whether a report that is in accounts for the end of the insats: its slutrapport, or a
/// projektredovisning whose period ends with it.
bool accounts_for_end(const InterventionReportRow& row, Date ended) {
    return row.version_count > 0 && (row.kind == ReportKind::Final ||
                                     (row.kind == ReportKind::Compiled && row.period_end == ended));
}

/// The reports owed in the period that are not in by `today`, past their deadline: what the
/// overview counts as missing, by the same rule (report_owed): a kvartalsrapport for each
/// quarter the insats runs through, and in the quarter it ends in its slutrapport instead.
std::vector<std::string> missing_reports(const InterventionDetails& details, const ReportRows& rows,
                                         const Period& period, Date today, int deadline_days) {
    std::vector<std::string> missing;
    const std::optional<Date> ended = details.last_day();
    const auto any_row = [&](const auto& accounts) {
        return std::any_of(rows.begin(), rows.end(), accounts);
    };
    for (const auto& quarter : quarters_overlapping(period)) {
        switch (report_owed(details.period_start, ended, quarter)) {
        case QuarterReport::None:
        case QuarterReport::PeriodUnknown:
            break;
        case QuarterReport::Quarterly:
            if (report_deadline(quarter, deadline_days) < today &&
                !any_row([&](const auto& row) { return accounts_for_quarter(row, quarter.end); }))
                missing.push_back("Kvartalsrapporten för " +
                                  period_selection_label({quarter, PeriodGranularity::Quarter}) +
                                  " saknas");
            break;
        case QuarterReport::Final:
            if (final_report_deadline(*ended, deadline_days) < today &&
                !any_row([&](const auto& row) { return accounts_for_end(row, *ended); }))
                missing.push_back("Slutrapporten saknas (insatsen slutade " + format_iso(*ended) +
                                  ")");
            break;
        }
    }
    return missing;
}

/// What the kansli should look at in an insats's part before the board reads it.
std::vector<std::string> attention_of(const InterventionDetails& details,
                                      const InterventionStatistics* statistics,
                                      const InterventionReportRow* source) {
    std::vector<std::string> notes;
    if (details.granted_sek && details.used_sek && *details.used_sek > *details.granted_sek)
        notes.push_back("Utnyttjade medel (" + format_swedish_amount(*details.used_sek) +
                        ") är mer än beviljade (" + format_swedish_amount(*details.granted_sek) +
                        ")");
    if (source && source->status != ReportStatus::Reviewed)
        notes.push_back("Texten är hämtad ur en rapport som inte är granskad (" +
                        source_label(*source) + ")");
    if (!statistics)
        return notes;
    bool unconfirmed = false;
    for (const auto& figure : statistics->figures) {
        unconfirmed = unconfirmed || figure.unconfirmed;
        if (figure.conflicting.empty() || !figure.value)
            continue;
        std::vector<std::string> values{format_swedish_number(*figure.value, 1)};
        for (const double other : figure.conflicting)
            values.push_back(format_swedish_number(other, 1));
        std::string label(measure_label(figure.measure));
        if (!figure.category.empty())
            label += ", " + category_label(figure.measure, figure.category);
        notes.push_back(label + " anges som " + format_swedish_list(values) + " i rapporten");
    }
    if (unconfirmed)
        notes.push_back("Nyckeltalen är lästa ur rapportens text och inte bekräftade");
    return notes;
}

/// The kansli's texts in place of the report's, in the layout's order; an empty one leaves
/// its heading out.
void apply_edits(std::vector<BoardSection>& sections, const std::vector<BoardHeading>& headings,
                 const std::vector<const BoardText*>& edits) {
    std::vector<BoardSection> edited;
    for (const auto& heading : headings) {
        const auto edit = std::find_if(edits.begin(), edits.end(), [&](const BoardText* t) {
            return t->heading == heading.id;
        });
        const auto own = std::find_if(sections.begin(), sections.end(),
                                      [&](const BoardSection& s) { return s.id == heading.id; });
        if (edit == edits.end()) {
            if (own != sections.end())
                edited.push_back(std::move(*own));
        } else if (!(*edit)->text.empty()) {
            const std::string own_text = own == sections.end() ? "" : own->text;
            edited.push_back({heading.id, heading.title, (*edit)->text, true, own_text});
        }
    }
    sections = std::move(edited);
}

/// The key figures of the insats's kvartalsrapporter in `reports` as a chart, protected as its
/// page's timeline is; none when fewer than two reports state any of them.
std::optional<BoardChart>
key_figure_chart(const std::vector<FigurePoint>& points,
                 const std::vector<const InterventionReportRow*>& reports,
                 const Disclosure& disclosure,
                 const std::map<std::int64_t, ProtectedReport>& protected_reports) {
    std::vector<InterventionReportRow> quarterly;
    for (const auto* report : reports) {
        if (report->kind == ReportKind::Quarterly)
            quarterly.push_back(*report);
    }
    const auto timeline = disclosed_timeline(points, quarterly, disclosure, protected_reports);
    BoardChart chart{"Nyckeltal per kvartal", {}};
    std::set<Date> reported;
    for (const Measure measure :
         {Measure::ParticipantsTotal, Measure::ParticipantsCurrent, Measure::ParticipantsEnded}) {
        BoardChartSeries series{std::string(measure_label(measure)), {}};
        for (const auto& point : timeline) {
            if (point.measure != measure || !point.period_end)
                continue;
            series.points.push_back({*point.period_end, point.value, point.suppressed});
            reported.insert(*point.period_end);
        }
        if (series.points.empty())
            continue;
        std::sort(
            series.points.begin(), series.points.end(),
            [](const auto& left, const auto& right) { return left.period_end < right.period_end; });
        chart.series.push_back(std::move(series));
    }
    if (reported.size() < 2)
        return std::nullopt;
    return chart;
}

/// Individinriktade first, then strukturinriktade, then the rest; by name within each.
template <typename Row> void sort_by_kind_and_name(std::vector<Row>& rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const Row& left, const Row& right) {
        return std::pair(kind_rank(left.kind), left.name) <
               std::pair(kind_rank(right.kind), right.name);
    });
}

/// What an insats's survey results are of: the period asked, or (outside the kansli) its
/// half years that have ended.
std::string survey_period_note(const ShownSurveyResults& shown) {
    std::string note = shown.scope == SurveyResultsScope::EndedHalfYears
                           ? "Svar under avslutade halvår: "
                           : "Svar under ";
    for (std::size_t index = 0; index < shown.periods.size(); ++index) {
        if (index > 0)
            note += ", ";
        note +=
            format_iso(shown.periods[index].start) + " – " + format_iso(shown.periods[index].end);
    }
    return note + ".";
}

/// The insats's survey results in the period, a table per survey someone answered, as the
/// user may see them.
AppResult<std::vector<DataTable>>
survey_tables(const AppContext& context, const SurveyCatalog& surveys,
              const std::string& association, std::int64_t intervention_id, const Period& period) {
    std::vector<DataTable> tables;
    for (const SurveyDefinition* survey : surveys.for_association(association)) {
        auto shown = shown_survey_results(context, *survey, intervention_id, period);
        if (!shown)
            return tl::unexpected(shown.error());
        if (shown->scope == SurveyResultsScope::NothingToShow || !has_answers(shown->results))
            continue;
        tables.push_back(
            survey_board_table(survey->name, shown->results, survey_period_note(*shown)));
    }
    return tables;
}

} // namespace

AppResult<BoardDocument> board_report(const AppContext& context, const PeriodSelection& selection,
                                      const BoardLayout& layout, const SurveyCatalog& surveys) {
    const AccessPolicy& policy = context.policy();
    if (!policy.reads_board_report())
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    const Disclosure& disclosure = policy.disclosure();
    auto statistics = participant_statistics(context, {selection, std::nullopt}, surveys);
    if (!statistics)
        return tl::unexpected(statistics.error());
    auto interventions = list_interventions(context);
    if (!interventions)
        return tl::unexpected(interventions.error());
    auto settings = association_settings(context);
    if (!settings)
        return tl::unexpected(settings.error());

    const Period& period = selection.period;
    BoardDocument document;
    document.title = layout.title;
    document.association = statistics->association;
    document.period = period;
    document.period_label = period_selection_label(selection);
    document.made_on = context.clock().today();
    document.kansli_copy = policy.manages_association();
    document.small_count_threshold = statistics->small_count_threshold;

    auto edits = BoardTextStore(context.database(), context.clock())
                     .texts(context.user().association_id, to_string(selection));
    if (!edits)
        return tl::unexpected(AppError::internal(edits.error()));
    std::map<std::int64_t, std::vector<const BoardText*>> edits_of;
    for (const auto& edit : *edits)
        edits_of[edit.intervention_id].push_back(&edit);
    auto chosen_sources = BoardTextStore(context.database(), context.clock())
                              .sources(context.user().association_id, to_string(selection));
    if (!chosen_sources)
        return tl::unexpected(AppError::internal(chosen_sources.error()));

    std::map<std::int64_t, const InterventionStatistics*> statistics_of;
    for (const auto& row : statistics->interventions)
        statistics_of[row.intervention_id] = &row;
    // The figures of the period's reports as its statistics protect them, for the charts.
    auto protected_reports = protected_report_figures(context, period);
    if (!protected_reports)
        return tl::unexpected(protected_reports.error());
    OverviewQueries queries(context.database());
    std::vector<InterventionLessons> lessons;
    for (const auto& details : *interventions) {
        auto rows = queries.intervention_reports(details.id);
        if (!rows)
            return tl::unexpected(AppError::internal(rows.error()));
        const auto found = statistics_of.find(details.id);
        const InterventionStatistics* figures =
            found == statistics_of.end() ? nullptr : found->second;
        const auto reports = reports_of_period(*rows, period, disclosure);
        if (!figures && reports.empty())
            continue;

        BoardIntervention part{
            details.name, details.owner.value_or(""), period_of(details), details.kind, {}, {}, {},
            details.id};
        const InterventionReportRow* source = text_source(reports);
        if (const auto chosen = chosen_sources->find(details.id); chosen != chosen_sources->end()) {
            const auto readable_choice =
                std::find_if(reports.begin(), reports.end(), [&](const auto* report) {
                    return report->report_id == chosen->second;
                });
            if (readable_choice != reports.end()) {
                source = *readable_choice;
                part.source_chosen = true;
            }
        }
        if (policy.manages_association()) {
            for (const auto* report : reports)
                part.source_choices.push_back(
                    {report->report_id, source_label(*report), report == source});
        }
        if (source) {
            auto sections = readable_sections(context, source->report_id);
            if (!sections)
                return tl::unexpected(sections.error());
            part.source = source_label(*source);
            part.sections = laid_out(layout.parts, source->kind, *sections);
        }
        apply_edits(part.sections, layout.parts, edits_of[details.id]);
        const auto points = queries.intervention_figures(details.id);
        if (!points)
            return tl::unexpected(AppError::internal(points.error()));
        part.chart = key_figure_chart(*points, reports, disclosure, *protected_reports);
        if (figures) {
            for (const auto& goal : figures->goals)
                part.goals.push_back(goal_of(goal));
        }
        auto survey_results = survey_tables(context, surveys, settings->name, details.id, period);
        if (!survey_results)
            return tl::unexpected(survey_results.error());
        part.surveys = std::move(*survey_results);
        BoardSummaryRow summary = summary_of(details, figures);
        if (disclosure.work_status) {
            const auto missing =
                missing_reports(details, *rows, period, document.made_on, settings->deadline_days);
            summary.reports_missing = int(missing.size());
            for (const auto& note : missing)
                document.attention.push_back({details.name, note});
            for (const auto& note : attention_of(details, figures, source))
                document.attention.push_back({details.name, note});
        }
        document.summary.push_back(std::move(summary));
        document.interventions.push_back(std::move(part));
        auto insats_lessons = intervention_lessons(context, details, *rows, period, layout);
        if (!insats_lessons)
            return tl::unexpected(insats_lessons.error());
        lessons.push_back(std::move(*insats_lessons));
    }
    sort_by_kind_and_name(document.summary);
    sort_by_kind_and_name(document.interventions);
    sort_by_kind_and_name(lessons);
    for (const auto& insats : lessons) {
        if (auto board = board_lessons(insats); !board.sections.empty())
            document.lessons.push_back(std::move(board));
    }
    context.audit(AuditAction::View, AuditObject::Page, std::nullopt,
                  "board report " + to_string(selection));
    return document;
}

AppResult<void> save_board_text(const AppContext& context, std::int64_t intervention_id,
                                const PeriodSelection& selection, const std::string& heading,
                                const std::string& text, const BoardLayout& layout) {
    if (auto kansli = require_kansli(context); !kansli)
        return kansli;
    if (auto readable = readable_intervention(context, intervention_id); !readable)
        return tl::unexpected(readable.error());
    const bool known = std::any_of(layout.parts.begin(), layout.parts.end(),
                                   [&](const BoardHeading& part) { return part.id == heading; });
    if (!known)
        return tl::unexpected(
            AppError::invalid({{"heading", "Rubriken finns inte i styrelserapporten."}}));
    if (auto checked = check_text("text", text); !checked)
        return checked;
    auto saved = BoardTextStore(context.database(), context.clock())
                     .save(intervention_id, to_string(selection), heading, text,
                           context.user().id ? std::optional(context.user().id) : std::nullopt);
    if (!saved)
        return tl::unexpected(AppError::internal(saved.error()));
    context.audit(AuditAction::Edit, AuditObject::Intervention, intervention_id,
                  "board report " + to_string(selection) + " " + heading);
    return {};
}

AppResult<void> choose_board_source(const AppContext& context, std::int64_t intervention_id,
                                    const PeriodSelection& selection,
                                    std::optional<std::int64_t> report_id) {
    if (auto kansli = require_kansli(context); !kansli)
        return kansli;
    if (auto readable = readable_intervention(context, intervention_id); !readable)
        return tl::unexpected(readable.error());
    if (report_id) {
        auto rows = OverviewQueries(context.database()).intervention_reports(intervention_id);
        if (!rows)
            return tl::unexpected(AppError::internal(rows.error()));
        const bool of_period = std::any_of(rows->begin(), rows->end(), [&](const auto& row) {
            return row.report_id == *report_id && row.version_count > 0 &&
                   counts_for(row, selection.period);
        });
        if (!of_period)
            return tl::unexpected(AppError::invalid(
                {{"report", "Rapporten hör inte till insatsen eller perioden."}}));
    }
    auto chosen =
        BoardTextStore(context.database(), context.clock())
            .choose_source(intervention_id, to_string(selection), report_id,
                           context.user().id ? std::optional(context.user().id) : std::nullopt);
    if (!chosen)
        return tl::unexpected(AppError::internal(chosen.error()));
    context.audit(AuditAction::Edit, AuditObject::Intervention, intervention_id,
                  "board report " + to_string(selection) + " source " +
                      (report_id ? std::to_string(*report_id) : std::string("by kind")));
    return {};
}

} // namespace finsam
