#include "ingest/figures/FigureExtractor.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

namespace finsam {

namespace {

struct StatedValue {
    double value = 0;
    std::vector<std::string> section_ids; // in order of first statement
};

struct MeasureStatements {
    Measure measure;
    Unit unit;
    std::vector<StatedValue> values; // in order of first statement
};

std::string format_value(double value, Unit unit) {
    std::ostringstream text;
    if (value == std::floor(value))
        text << static_cast<long long>(value);
    else
        text << value;
    if (unit == Unit::Percent)
        text << '%';
    return text.str();
}

// "a", "a and b", "a, b and c".
std::string join_english(const std::vector<std::string>& items) {
    std::string joined;
    for (std::size_t index = 0; index < items.size(); ++index) {
        if (index > 0)
            joined += index + 1 == items.size() ? " and " : ", ";
        joined += items[index];
    }
    return joined;
}

std::string describe_sections(const std::vector<std::string>& section_ids) {
    std::vector<std::string> names;
    for (const std::string& id : section_ids)
        names.push_back(id.empty() ? "(unnamed)" : id);
    return (names.size() == 1 ? "section " : "sections ") + join_english(names);
}

std::string conflict_message(const MeasureStatements& statements) {
    std::vector<std::string> stated;
    for (const StatedValue& value : statements.values) {
        stated.push_back("as " + format_value(value.value, statements.unit) + " (" +
                         describe_sections(value.section_ids) + ")");
    }
    return std::string(to_string(statements.measure)) + " is stated " + join_english(stated);
}

MeasureStatements& statements_of(std::vector<MeasureStatements>& all, const Figure& figure) {
    const auto found = std::find_if(all.begin(), all.end(), [&](const MeasureStatements& entry) {
        return entry.measure == figure.measure && entry.unit == figure.unit;
    });
    if (found != all.end())
        return *found;
    return all.emplace_back(MeasureStatements{figure.measure, figure.unit, {}});
}

void add_statement(MeasureStatements& statements, const Figure& figure) {
    auto value =
        std::find_if(statements.values.begin(), statements.values.end(),
                     [&](const StatedValue& known) { return known.value == figure.value; });
    if (value == statements.values.end()) {
        statements.values.push_back({figure.value, {}});
        value = std::prev(statements.values.end());
    }
    auto& sections = value->section_ids;
    if (std::find(sections.begin(), sections.end(), figure.section_id) == sections.end())
        sections.push_back(figure.section_id);
}

} // namespace

std::vector<Warning> find_conflicting_figures(const std::vector<Figure>& figures) {
    std::vector<MeasureStatements> all;
    for (const Figure& figure : figures)
        add_statement(statements_of(all, figure), figure);
    std::vector<Warning> warnings;
    for (const MeasureStatements& statements : all) {
        if (statements.values.size() > 1)
            warnings.push_back({warning_code::k_conflicting_figure, conflict_message(statements)});
    }
    return warnings;
}

} // namespace finsam
