#include "web/pages/SurveyResultsPageView.h"

#include "output/SurveyResultTables.h"
#include "web/pages/DataTableView.h"

#include <httplib.h>

namespace finsam {

namespace {

std::string results_path(const SurveyResultsPage& page) {
    return "/insatser/" + std::to_string(page.intervention_id) + "/enkatresultat";
}

std::string download_link(const SurveyResultsPage& page, const std::string& typed_period,
                          const std::string& format) {
    return results_path(page) + "?enkat=" + httplib::detail::encode_query_param(page.survey_id) +
           "&period=" + httplib::detail::encode_query_param(typed_period) + "&format=" + format;
}

std::string periods_text(const std::vector<Period>& periods) {
    std::string text;
    for (std::size_t index = 0; index < periods.size(); ++index) {
        if (index > 0)
            text += ", ";
        text += format_iso(periods[index].start) + " – " + format_iso(periods[index].end);
    }
    return text;
}

/// What the results are of, in a sentence for the page.
std::string scope_text(const SurveyResultsPage& page) {
    switch (page.shown.scope) {
    case SurveyResultsScope::WholePeriod:
        return "Svar under " + periods_text(page.shown.periods) + ".";
    case SurveyResultsScope::EndedHalfYears:
        return "Svar under avslutade halvår: " + periods_text(page.shown.periods) +
               ". Utanför kansliet visas enkätresultat per avslutat halvår.";
    case SurveyResultsScope::NothingToShow:
        break;
    }
    return "Utanför kansliet visas enkätresultat per avslutat halvår eller år, och perioden "
           "innehåller inget sådant. Välj till exempel ett halvår som har tagit slut (2024H1).";
}

SurveyTableContext table_context(const SurveyResultsPage& page) {
    return SurveyTableContext{page.survey_name, page.intervention_name,
                              periods_text(page.shown.periods), page.small_count_threshold};
}

} // namespace

std::vector<DataTable> survey_results_tables(const SurveyResultsPage& page) {
    return survey_result_tables(page.shown.results, table_context(page));
}

mstch::map survey_results_view(const SurveyResultsPage& page, const std::string& typed_period) {
    mstch::array surveys;
    for (const SurveyChoice& choice : page.surveys)
        surveys.push_back(
            mstch::map{{"id", choice.id}, {"name", choice.name}, {"chosen", choice.chosen}});
    mstch::array tables;
    const bool shown = page.shown.scope != SurveyResultsScope::NothingToShow;
    if (shown) {
        std::vector<DataTable> result_tables =
            survey_result_tables(page.shown.results, table_context(page), SurveyTablesFor::Page);
        for (std::size_t index = 0; index < result_tables.size(); ++index) {
            // The page says once, above the tables, what an export says below each of them.
            result_tables[index].notes.clear();
            tables.push_back(
                data_table_view(result_tables[index], "tabell-" + std::to_string(index + 1)));
        }
    }
    return mstch::map{
        {"id", std::to_string(page.intervention_id)},
        {"intervention", page.intervention_name},
        {"action", results_path(page)},
        {"survey", page.survey_name},
        {"surveys", surveys},
        {"period", typed_period},
        {"scope", scope_text(page)},
        {"shown", shown},
        {"tables", tables},
        {"marks", page.kansli_copy},
        {"threshold", std::to_string(page.small_count_threshold)},
        {"csv", download_link(page, typed_period, "csv")},
        {"xlsx", download_link(page, typed_period, "xlsx")},
    };
}

} // namespace finsam
