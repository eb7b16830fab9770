#include "web/pages/StatisticsPage.h"

#include "app/statistics/StatisticsExport.h"
#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"
#include "web/pages/FormFields.h"

#include <httplib.h>

namespace finsam {

namespace {

std::string cell_text(const DataCell& cell) {
    if (const auto* number = std::get_if<double>(&cell.value))
        return format_swedish_number(*number, 1);
    if (const auto* text = std::get_if<std::string>(&cell.value))
        return *text;
    return "";
}

bool is_number(const DataCell& cell) {
    return std::holds_alternative<double>(cell.value) || cell.hidden;
}

mstch::map cell_view(const DataCell& cell, bool row_header) {
    return mstch::map{{"text", cell_text(cell)},
                      {"hidden", cell.hidden},
                      {"marked", cell.marked},
                      {"number", is_number(cell)},
                      {"row_header", row_header}};
}

/// A table of the export as the page shows it: the first column heads each row.
mstch::map table_view(const DataTable& table, const std::string& id) {
    mstch::array columns;
    for (const auto& column : table.columns)
        columns.push_back(mstch::map{{"title", column}});
    mstch::array rows;
    for (const auto& row : table.rows) {
        mstch::array cells;
        for (std::size_t i = 0; i < row.size(); ++i)
            cells.push_back(cell_view(row[i], i == 0));
        rows.push_back(mstch::map{{"cells", cells}});
    }
    mstch::array notes;
    for (const auto& note : table.notes)
        notes.push_back(mstch::map{{"text", note}});
    return mstch::map{{"id", id},     {"title", table.title},      {"columns", columns},
                      {"rows", rows}, {"has_rows", !rows.empty()}, {"notes", notes}};
}

std::string download_link(const std::string& typed_period, const std::string& insats,
                          const std::string& format) {
    std::string link = "/statistik?period=" + httplib::detail::encode_query_param(typed_period) +
                       "&format=" + format;
    if (!insats.empty())
        link += "&insats=" + httplib::detail::encode_query_param(insats);
    return link;
}

mstch::map form_view(const std::string& typed_period, const std::string& insats,
                     const std::vector<FieldError>& errors) {
    return mstch::map{
        {"period", form_field("period", "Period", typed_period, errors)},
        {"insats", form_field("insats", "Insats (tomt för alla)", insats, errors)},
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
    };
}

} // namespace

mstch::map statistics_page(const Statistics& statistics, const std::string& typed_period,
                           const std::string& insats) {
    mstch::map view = form_view(typed_period, insats, {});
    const auto tables = statistics_tables({statistics});
    mstch::array shown;
    const char* ids[] = {"deltagare", "fordelningar", "mal"};
    for (std::size_t i = 0; i < tables.size(); ++i)
        shown.push_back(table_view(tables[i], ids[i]));
    view["label"] = period_selection_label(statistics.selection);
    view["tables"] = shown;
    view["has_statistics"] = true;
    view["marks"] = statistics.marks_small_counts;
    view["threshold"] = std::to_string(statistics.small_count_threshold);
    view["csv"] = download_link(typed_period, insats, "csv");
    view["xlsx"] = download_link(typed_period, insats, "xlsx");
    return view;
}

mstch::map statistics_form_page(const std::string& typed_period, const std::string& insats,
                                const std::vector<FieldError>& errors) {
    mstch::map view = form_view(typed_period, insats, errors);
    view["has_statistics"] = false;
    return view;
}

} // namespace finsam
