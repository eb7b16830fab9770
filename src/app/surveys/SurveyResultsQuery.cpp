#include "app/surveys/SurveyResultsQuery.h"

#include "analytics/SurveyAnswerSheets.h"
#include "analytics/SurveyDisclosure.h"
#include "app/ReadAccess.h"
#include "domain/SurveyPeriods.h"
#include "storage/SurveyAnswerStore.h"
#include "storage/SurveyRoundStore.h"

namespace finsam {

namespace {

bool in_weeks(const SurveyAnswer& answer, const std::optional<WeekRange>& weeks) {
    return weeks && weeks->first <= answer.week && answer.week <= weeks->last;
}

std::vector<AnswerSheet> sheets_in(const SurveyDefinition& survey,
                                   const std::vector<SurveyAnswer>& answers, const Period& period) {
    const std::optional<WeekRange> weeks = survey_weeks(period);
    std::vector<SurveyAnswer> within;
    for (const SurveyAnswer& answer : answers)
        if (in_weeks(answer, weeks))
            within.push_back(answer);
    return answer_sheets(survey, within);
}

AppResult<std::vector<SurveyAnswer>> answers_in(const AppContext& context,
                                                const SurveyDefinition& survey,
                                                std::int64_t intervention_id,
                                                const Period& period) {
    const std::optional<WeekRange> weeks = survey_weeks(period);
    if (!weeks)
        return std::vector<SurveyAnswer>{};
    SurveyAnswerStore store(context.database());
    auto answers = store.answers(SurveyAnswerQuery{
        context.user().association_id, intervention_id, survey.id, {}, weeks->first, weeks->last});
    if (!answers)
        return tl::unexpected(AppError::internal(answers.error()));
    return std::move(*answers);
}

} // namespace

AppResult<ShownSurveyResults> shown_survey_results(const AppContext& context,
                                                   const SurveyDefinition& survey,
                                                   std::int64_t intervention_id,
                                                   const Period& period) {
    const Disclosure& disclosure = context.policy().disclosure();
    ShownSurveyResults shown;
    shown.periods = {period};
    if (!disclosure.small_survey_groups) {
        shown.scope = SurveyResultsScope::EndedHalfYears;
        shown.periods = ended_half_years(period, context.clock().today());
        if (shown.periods.empty()) {
            shown.scope = SurveyResultsScope::NothingToShow;
            return shown;
        }
    }
    const Period whole{shown.periods.front().start, shown.periods.back().end};
    auto answers = answers_in(context, survey, intervention_id, whole);
    if (!answers)
        return tl::unexpected(answers.error());
    const std::vector<ResultQuestion> questions = result_questions(survey);
    SurveyResults computed = compute_survey_results(questions, answer_sheets(survey, *answers));
    if (shown.scope == SurveyResultsScope::WholePeriod) {
        shown.results = disclose_survey_results(std::move(computed), disclosure);
        return shown;
    }
    std::vector<SurveyResults> halves;
    for (const Period& half : shown.periods)
        halves.push_back(disclose_survey_results(
            compute_survey_results(questions, sheets_in(survey, *answers, half)), disclosure));
    shown.results = disclose_survey_results_over(std::move(computed), halves, disclosure);
    return shown;
}

namespace {

/// The survey the page shows: the one asked for; else that of the insats's newest round (the
/// one most likely to have answers); else the förbund's first. nullptr for an unknown one.
AppResult<const SurveyDefinition*> opening_survey(const AppContext& context,
                                                  const SurveyCatalog& catalog,
                                                  const std::string& association,
                                                  std::int64_t intervention_id,
                                                  const std::string& asked) {
    if (!asked.empty())
        return catalog.find(association, asked);
    auto rounds =
        or_internal(SurveyRoundStore(context.database()).rounds_of_intervention(intervention_id));
    if (!rounds)
        return tl::unexpected(rounds.error());
    for (const SurveyRound& round : *rounds)
        if (const auto* survey = catalog.find(association, round.survey_id))
            return survey;
    const auto offered = catalog.for_association(association);
    return offered.empty() ? nullptr : offered.front();
}

} // namespace

AppResult<SurveyResultsPage> survey_results_page(const AppContext& context,
                                                 const SurveyCatalog& catalog,
                                                 const SurveyResultsRequest& request) {
    auto intervention = readable_intervention(context, request.intervention_id);
    if (!intervention)
        return tl::unexpected(intervention.error());
    auto settings = association_settings(context);
    if (!settings)
        return tl::unexpected(settings.error());
    const std::vector<const SurveyDefinition*> offered = catalog.for_association(settings->name);
    auto opened =
        opening_survey(context, catalog, settings->name, intervention->id, request.survey_id);
    if (!opened)
        return tl::unexpected(opened.error());
    const SurveyDefinition* survey = *opened;
    if (survey == nullptr)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));

    SurveyResultsPage page;
    page.intervention_id = intervention->id;
    page.intervention_name = intervention->name;
    page.survey_id = survey->id;
    page.survey_name = survey->name;
    page.selection = request.selection;
    page.kansli_copy = context.policy().disclosure().small_survey_groups;
    page.small_count_threshold = context.policy().disclosure().small_count_threshold;
    for (const SurveyDefinition* each : offered)
        page.surveys.push_back(SurveyChoice{each->id, each->name, each->id == survey->id});
    auto shown = shown_survey_results(context, *survey, intervention->id, request.selection.period);
    if (!shown)
        return tl::unexpected(shown.error());
    page.shown = std::move(*shown);
    return page;
}

} // namespace finsam
