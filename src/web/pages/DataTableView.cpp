#include "web/pages/DataTableView.h"

#include "output/SwedishFormat.h"

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
    return mstch::map{{"text", cell_text(cell)},   {"hidden", cell.hidden},
                      {"marked", cell.marked},     {"unconfirmed", cell.unconfirmed},
                      {"number", is_number(cell)}, {"row_header", row_header}};
}

} // namespace

mstch::map data_table_view(const DataTable& table, const std::string& id) {
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

} // namespace finsam
