#include "web/pages/ParticipantTableFields.h"

#include "app/reports/FormFigures.h"
#include "web/pages/FormFields.h"

namespace finsam {

namespace {

mstch::map number_cell(Measure measure, const std::string& category, const std::string& label,
                       const std::map<std::string, std::string>& values,
                       const std::vector<FieldError>& errors) {
    const auto found = values.find(figure_key(measure, category));
    return form_field(figure_field(measure, category), label,
                      found == values.end() ? std::string() : found->second, errors);
}

mstch::map table_view(const std::string& caption, const std::string& help, mstch::array columns,
                      mstch::array rows) {
    return mstch::map{{"caption", caption},
                      {"help", help},
                      {"columns", std::move(columns)},
                      {"rows", std::move(rows)}};
}

mstch::map counts_by_gender(const ParticipantTable& table,
                            const std::map<std::string, std::string>& values,
                            const std::vector<FieldError>& errors) {
    mstch::array columns;
    for (const auto& part : k_gender_parts)
        columns.push_back(mstch::map{{"label", std::string(part.label)}});
    columns.push_back(mstch::map{{"label", std::string("Totalt")}});
    mstch::array rows;
    for (const auto& row : table.rows) {
        mstch::array cells;
        for (const auto& part : k_gender_parts)
            cells.push_back(number_cell(row.measure, std::string(part.category),
                                        participant_cell_label(row, part.label), values, errors));
        cells.push_back(
            number_cell(row.measure, "", participant_cell_label(row, "Totalt"), values, errors));
        rows.push_back(mstch::map{{"label", row.label}, {"cells", std::move(cells)}});
    }
    return table_view(table.caption, "", std::move(columns), std::move(rows));
}

mstch::map breakdown(const BreakdownTable& table, const std::map<std::string, std::string>& values,
                     const std::vector<FieldError>& errors) {
    mstch::array columns;
    for (const auto& column : table.columns)
        columns.push_back(mstch::map{{"label", column.label}});
    mstch::array rows;
    for (const auto& code : table.codes.codes) {
        mstch::array cells;
        for (const auto& column : table.columns)
            cells.push_back(number_cell(column.measure, code.code,
                                        breakdown_cell_label(table, code, column), values, errors));
        rows.push_back(mstch::map{{"label", code.label}, {"cells", std::move(cells)}});
    }
    return table_view(table.caption, table.help, std::move(columns), std::move(rows));
}

} // namespace

mstch::array participant_tables(const ParticipantTable& table,
                                const std::map<std::string, std::string>& values,
                                const std::vector<FieldError>& errors) {
    mstch::array tables;
    if (!table.rows.empty())
        tables.push_back(counts_by_gender(table, values, errors));
    for (const auto& breakdown_table : table.breakdowns)
        tables.push_back(breakdown(breakdown_table, values, errors));
    return tables;
}

} // namespace finsam
