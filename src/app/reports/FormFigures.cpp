#include "app/reports/FormFigures.h"

#include "domain/Text.h"

namespace finsam {

std::string figure_key(Measure measure, std::string_view category) {
    std::string key(to_string(measure));
    if (!category.empty())
        key += ":" + std::string(category);
    return key;
}

std::string figure_field(Measure measure, std::string_view category) {
    return "figure:" + figure_key(measure, category);
}

std::string participant_cell_label(const ParticipantRow& row, std::string_view gender_label) {
    return row.label + ", " + lowercase(gender_label);
}

std::string breakdown_cell_label(const BreakdownTable& table, const Code& code,
                                 const BreakdownColumn& column) {
    std::string label = table.caption + " – " + code.label;
    // With one column the caption says what is counted; with more, the column tells them apart.
    if (table.columns.size() > 1)
        label += ", " + lowercase(column.label);
    return label;
}

std::vector<FigureField> figure_fields(const FormDefinition& form) {
    std::vector<FigureField> fields;
    for (const auto& key_figure : form.key_figures)
        fields.push_back({key_figure.measure, "", key_figure.label});
    for (const auto& row : form.participant_table.rows) {
        for (const auto& part : k_gender_parts)
            fields.push_back(
                {row.measure, std::string(part.category), participant_cell_label(row, part.label)});
        fields.push_back({row.measure, "", participant_cell_label(row, "Totalt")});
    }
    for (const auto& table : form.participant_table.breakdowns) {
        for (const auto& code : table.codes.codes) {
            for (const auto& column : table.columns)
                fields.push_back(
                    {column.measure, code.code, breakdown_cell_label(table, code, column)});
        }
    }
    return fields;
}

} // namespace finsam
