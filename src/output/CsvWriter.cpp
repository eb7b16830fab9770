#include "output/CsvWriter.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

namespace finsam {

namespace {

constexpr std::string_view k_byte_order_mark = "\xEF\xBB\xBF";
constexpr char k_separator = ';';
constexpr std::string_view k_line_end = "\r\n";
constexpr std::string_view k_hidden_value = "..";

/// OWASP's guard against CSV injection: a spreadsheet runs a field starting with one of these
/// as a formula, and an insats name or a note is text someone outside the kansli typed.
bool could_start_a_formula(std::string_view text) {
    constexpr std::string_view k_formula_starts = "=+-@\t\r";
    return !text.empty() && k_formula_starts.find(text.front()) != std::string_view::npos;
}

bool needs_quotes(std::string_view text) {
    return text.find_first_of(";\"\r\n") != std::string_view::npos;
}

/// A text field: guarded against formulas, then quoted by RFC 4180 where it must be.
std::string text_field(std::string_view text) {
    std::string guarded = could_start_a_formula(text) ? "'" + std::string(text) : std::string(text);
    if (!needs_quotes(guarded))
        return guarded;
    std::string quoted = "\"";
    for (char character : guarded) {
        if (character == '"')
            quoted += '"';
        quoted += character;
    }
    quoted += '"';
    return quoted;
}

/// The shortest text that reads back as the same double, with a decimal comma. Swedish Excel
/// reads "1234,5" as a number but "1 234,5" as text, so no thousands separator.
std::string number_field(double value) {
    if (!std::isfinite(value))
        return {};
    if (value == 0.0)
        return "0"; // never "-0"
    // 309 digits before the point is the largest finite double, and about as many after it
    // the smallest; the buffer leaves room for the sign and the point.
    std::array<char, 800> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                            std::chars_format::fixed);
    if (error != std::errc{})
        return {};
    std::string text(buffer.data(), end);
    if (const std::size_t point = text.find('.'); point != std::string::npos)
        text[point] = ',';
    return text;
}

std::string cell_field(const DataCell& cell) {
    if (cell.hidden)
        return std::string(k_hidden_value);
    if (const auto* number = std::get_if<double>(&cell.value))
        return number_field(*number);
    if (const auto* text = std::get_if<std::string>(&cell.value))
        return text_field(*text);
    return {};
}

void append_line(std::string& csv, const std::vector<std::string>& fields) {
    for (std::size_t index = 0; index < fields.size(); ++index) {
        if (index > 0)
            csv += k_separator;
        csv += fields[index];
    }
    csv += k_line_end;
}

void append_table(std::string& csv, const DataTable& table) {
    append_line(csv, {text_field(table.title)});
    // A table without column names has no header line: an empty one would read as the end.
    if (!table.columns.empty()) {
        std::vector<std::string> header;
        for (const std::string& column : table.columns)
            header.push_back(text_field(column));
        append_line(csv, header);
    }
    for (const std::vector<DataCell>& row : table.rows) {
        std::vector<std::string> fields;
        for (const DataCell& cell : row)
            fields.push_back(cell_field(cell));
        append_line(csv, fields);
    }
    for (const std::string& note : table.notes)
        append_line(csv, {text_field(note)});
    csv += k_line_end;
}

} // namespace

std::string write_csv(const std::vector<DataTable>& tables) {
    std::string csv(k_byte_order_mark);
    for (const DataTable& table : tables)
        append_table(csv, table);
    return csv;
}

} // namespace finsam
