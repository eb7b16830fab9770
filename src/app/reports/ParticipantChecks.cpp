#include "app/reports/ParticipantChecks.h"

#include "domain/Text.h"

namespace finsam {

namespace {

std::optional<std::int64_t> stated(const StatedFigures& figures, Measure measure,
                                   const std::string& category = {}) {
    const auto found = figures.find({measure, category});
    return found == figures.end() ? std::nullopt : std::optional(found->second);
}

const ParticipantRow* row_of(const ParticipantTable& table, Measure measure) {
    for (const auto& row : table.rows) {
        if (row.measure == measure)
            return &row;
    }
    return nullptr;
}

void check_gender_sum(const ParticipantRow& row, const StatedFigures& figures,
                      std::vector<FieldError>& errors) {
    const auto total = stated(figures, row.measure);
    std::int64_t sum = 0;
    bool any_part = false;
    for (const auto& part : k_gender_parts) {
        if (const auto value = stated(figures, row.measure, std::string(part.category))) {
            sum += *value;
            any_part = true;
        }
    }
    if (!total || !any_part || sum == *total)
        return;
    errors.push_back({figure_field(row.measure), "Kvinnor, män och annat/okänt är tillsammans " +
                                                     std::to_string(sum) + ", men totalt står " +
                                                     std::to_string(*total) + "."});
}

/// The parts of one breakdown column against the count they break down.
void check_breakdown_column(const BreakdownTable& table, const BreakdownColumn& column,
                            const ParticipantTable& participants, const StatedFigures& figures,
                            std::vector<FieldError>& errors) {
    const auto whole = breakdown_whole(column.measure);
    const auto* whole_row = whole ? row_of(participants, whole->whole) : nullptr;
    const auto whole_value = whole ? stated(figures, whole->whole) : std::nullopt;
    if (!whole_row || !whole_value)
        return;
    const std::string whole_name = lowercase(whole_row->label);
    std::int64_t sum = 0;
    const Code* first_given = nullptr;
    for (const auto& code : table.codes.codes) {
        const auto value = stated(figures, column.measure, code.code);
        if (!value)
            continue;
        if (whole->parts == PartsOfWhole::EachAtMost && *value > *whole_value) {
            errors.push_back({figure_field(column.measure, code.code),
                              breakdown_cell_label(table, code, column) + " (" +
                                  std::to_string(*value) + ") är fler än " + whole_name + " (" +
                                  std::to_string(*whole_value) + ")."});
        }
        sum += *value;
        if (!first_given)
            first_given = &code;
    }
    if (whole->parts != PartsOfWhole::AddUp || !first_given || sum == *whole_value)
        return;
    const std::string parts_name = table.columns.size() > 1
                                       ? table.caption + ", " + lowercase(column.label) + ","
                                       : table.caption;
    // The message stands at the first part given: the parts are what the writer looks over.
    errors.push_back({figure_field(column.measure, first_given->code),
                      parts_name + " är tillsammans " + std::to_string(sum) + ", men " +
                          whole_name + " är " + std::to_string(*whole_value) + "."});
}

void check_ended_within_reach(const StatedFigures& figures,
                              std::optional<std::int64_t> active_at_start,
                              std::vector<FieldError>& errors) {
    const auto ended = stated(figures, Measure::EndedInPeriod);
    const auto added = stated(figures, Measure::ParticipantsNew);
    if (!ended || !added || !active_at_start || *ended <= *active_at_start + *added)
        return;
    errors.push_back({figure_field(Measure::EndedInPeriod),
                      "Avslutade under perioden är " + std::to_string(*ended) + ", fler än de " +
                          std::to_string(*active_at_start) +
                          " som var inskrivna vid förra kvartalets slut och de " +
                          std::to_string(*added) + " nya tillsammans (" +
                          std::to_string(*active_at_start + *added) + ")."});
}

} // namespace

void check_participant_table(const ParticipantTable& table, const StatedFigures& figures,
                             std::optional<std::int64_t> active_at_start,
                             std::vector<FieldError>& errors) {
    for (const auto& row : table.rows)
        check_gender_sum(row, figures, errors);
    for (const auto& breakdown : table.breakdowns) {
        for (const auto& column : breakdown.columns)
            check_breakdown_column(breakdown, column, table, figures, errors);
    }
    if (row_of(table, Measure::EndedInPeriod) && row_of(table, Measure::ParticipantsNew))
        check_ended_within_reach(figures, active_at_start, errors);
}

} // namespace finsam
