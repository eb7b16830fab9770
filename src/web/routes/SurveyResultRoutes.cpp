#include "app/surveys/SurveyResultsQuery.h"
#include "web/pages/SurveyResultsPageView.h"
#include "web/routes/Routes.h"
#include "web/routes/TableDownload.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace finsam {

namespace {

/// The period asked for (`period`), or this year.
AppResult<PeriodSelection> asked_period(const std::string& typed, Date today) {
    auto selection = parse_period_selection(typed_period_or_year(typed, today));
    if (!selection)
        return tl::unexpected(AppError::invalid({{"period", selection.error()}}));
    return *selection;
}

/// The results the request asks for: its insats (the path), survey (`enkat`) and period.
AppResult<SurveyResultsPage> asked_results(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    const AppContext app = exchange.app();
    auto selection = asked_period(exchange.input().value("period"), app.clock().today());
    if (!selection)
        return tl::unexpected(selection.error());
    return survey_results_page(
        app, exchange.web().survey_catalog(),
        SurveyResultsRequest{*id, exchange.input().value("enkat"), *selection});
}

/// The file name of a download, in ASCII: "enkatresultat-sjalvskattning-2024H1".
std::string file_name(const SurveyResultsPage& page) {
    std::string name = "enkatresultat-" + page.survey_id + "-" + to_string(page.selection);
    std::replace(name.begin(), name.end(), '.', '_');
    return name;
}

void show_survey_results(Exchange& exchange) {
    const auto page = asked_results(exchange);
    if (exchange.failed(page))
        return;
    const std::string format = exchange.input().value("format");
    if (is_table_download(format) && page->shown.scope != SurveyResultsScope::NothingToShow) {
        download_tables(exchange, survey_results_tables(*page), format, file_name(*page));
        return;
    }
    const std::string typed = exchange.input().value("period");
    exchange.page("survey_results",
                  survey_results_view(*page, typed.empty() ? to_string(page->selection) : typed),
                  "Enkätresultat " + page->survey_name + " " + page->intervention_name);
}

nlohmann::json cell_json(const ResultCell& cell) {
    return cell.value ? nlohmann::json(*cell.value) : nlohmann::json(nullptr);
}

nlohmann::json group_json(const GroupResult& group) {
    nlohmann::json options = nlohmann::json::array();
    for (const OptionResult& option : group.options)
        options.push_back({{"label", option.label},
                           {"count", cell_json(option.count)},
                           {"percent", cell_json(option.percent)}});
    nlohmann::json object{
        {"time_point", to_string(group.time)},      {"respondent", to_string(group.respondent)},
        {"answers", cell_json(group.answer_count)}, {"mean", cell_json(group.mean)},
        {"median", cell_json(group.median)},        {"options", std::move(options)}};
    if (!group.texts_hidden && !group.texts.empty())
        object["texts"] = group.texts;
    return object;
}

/// The results as JSON: per question its groups, and the change from start to end per
/// respondent; a hidden figure is null.
void show_survey_results_json(Exchange& exchange) {
    const auto page = asked_results(exchange);
    if (exchange.failed(page))
        return;
    nlohmann::json questions = nlohmann::json::array();
    for (const QuestionResult& result : page->shown.results.questions) {
        nlohmann::json groups = nlohmann::json::array();
        for (const GroupResult& group : result.groups)
            groups.push_back(group_json(group));
        nlohmann::json changes = nlohmann::json::array();
        for (const ChangeResult& change : result.changes)
            changes.push_back({{"respondent", to_string(change.respondent)},
                               {"mean_change", cell_json(change.mean_change)},
                               {"median_change", cell_json(change.median_change)}});
        questions.push_back({{"id", result.question.id},
                             {"text", result.question.text},
                             {"kind", to_string(result.question.kind)},
                             {"groups", std::move(groups)},
                             {"changes", std::move(changes)}});
    }
    nlohmann::json periods = nlohmann::json::array();
    for (const Period& period : page->shown.periods)
        periods.push_back({{"start", format_iso(period.start)}, {"end", format_iso(period.end)}});
    exchange.reply().json({{"insats", page->intervention_name},
                           {"survey", page->survey_id},
                           {"periods", std::move(periods)},
                           {"questions", std::move(questions)}});
}

} // namespace

RouteTable survey_result_routes() {
    return {
        Audience::Pages,
        {{Method::Get, R"(/insatser/(\d+)/enkatresultat)", Who::SignedIn, show_survey_results}}};
}

RouteTable survey_result_api_routes() {
    return {Audience::Api,
            {{Method::Get, R"(/api/v1/insatser/(\d+)/enkatresultat)", Who::SignedIn,
              show_survey_results_json}}};
}

} // namespace finsam
