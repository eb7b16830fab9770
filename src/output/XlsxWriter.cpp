#include "output/XlsxWriter.h"

#include "domain/Text.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string_view>
#include <system_error>
#include <unistd.h>
#include <utility>
#include <xlsxwriter.h>

namespace finsam {

namespace {

constexpr std::size_t k_max_sheet_name_characters = LXW_SHEETNAME_MAX;
constexpr std::string_view k_characters_not_in_sheet_names = "[]:*?/\\";
constexpr std::string_view k_hidden_value = "..";

constexpr lxw_row_t k_title_row = 0;
constexpr lxw_row_t k_header_row = 1;
constexpr lxw_row_t k_first_data_row = 2;

// Excel's General format shows at most 11 characters of a number; wider columns than that
// would be empty space.
constexpr std::size_t k_widest_number_characters = 11;
// Room for the bold header and the cell's margins.
constexpr double k_column_padding = 2.0;
constexpr double k_widest_column = 60.0;
constexpr lxw_color_t k_marked_fill = 0xFFF2CC;      // light yellow
constexpr lxw_color_t k_unconfirmed_fill = 0xDDEBF7; // light blue

std::string error_text(std::string_view what, lxw_error error) {
    return std::string(what) + ": " + lxw_strerror(error);
}

// UTF-8 counts: Excel's limits are in characters, and a cut must not split one.

bool is_continuation_byte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

std::size_t character_count(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char byte) { return !is_continuation_byte(byte); }));
}

std::string_view first_characters(std::string_view text, std::size_t characters) {
    std::size_t seen = 0;
    for (std::size_t index = 0; index < text.size(); ++index) {
        if (!is_continuation_byte(text[index]) && seen++ == characters)
            return text.substr(0, index);
    }
    return text;
}

/// Excel refuses a sheet name that starts or ends with an apostrophe; space there is invisible.
std::string_view trim_sheet_name(std::string_view name) {
    while (!name.empty() && (name.front() == '\'' || name.front() == ' '))
        name.remove_prefix(1);
    while (!name.empty() && (name.back() == '\'' || name.back() == ' '))
        name.remove_suffix(1);
    return name;
}

/// Sheet names for the tables in order, valid for Excel and unique. Excel compares them
/// regardless of case, and reserves "History" for itself.
class SheetNames {
public:
    std::string name_for(std::string_view title, std::size_t table_number) {
        std::string base = cleaned(title);
        if (base.empty())
            base = "Tabell " + std::to_string(table_number);
        std::string name(fitted(base, ""));
        for (int copy = 2; is_taken(name); ++copy)
            name = fitted(base, " (" + std::to_string(copy) + ")");
        m_taken.push_back(lowercase(name));
        return name;
    }

private:
    static std::string cleaned(std::string_view title) {
        std::string name(title);
        for (char& character : name) {
            if (k_characters_not_in_sheet_names.find(character) != std::string_view::npos)
                character = ' ';
        }
        return std::string(trim_sheet_name(collapse_whitespace(name)));
    }

    static std::string fitted(std::string_view base, const std::string& suffix) {
        const std::size_t room = k_max_sheet_name_characters - suffix.size();
        return std::string(trim_sheet_name(first_characters(base, room))) + suffix;
    }

    bool is_taken(const std::string& name) const {
        return std::ranges::find(m_taken, lowercase(name)) != m_taken.end();
    }

    std::vector<std::string> m_taken{"history"};
};

/// A file only this process knows the name of, removed when the object goes, whatever
/// happened to it meanwhile.
class TemporaryFile {
public:
    static tl::expected<TemporaryFile, std::string> create() {
        std::error_code error;
        const std::filesystem::path directory = std::filesystem::temp_directory_path(error);
        if (error)
            return tl::unexpected("no temporary directory: " + error.message());
        std::string pattern = (directory / "finsam-export-XXXXXX").string();
        const int descriptor = mkstemp(pattern.data());
        if (descriptor < 0) {
            return tl::unexpected("cannot create a temporary file in " + directory.string() + ": " +
                                  std::error_code(errno, std::generic_category()).message());
        }
        close(descriptor);
        return TemporaryFile(pattern);
    }

    TemporaryFile(TemporaryFile&& other) noexcept : m_path(std::exchange(other.m_path, {})) {}
    TemporaryFile& operator=(TemporaryFile&&) = delete;
    ~TemporaryFile() {
        if (m_path.empty())
            return;
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
    }

    const std::filesystem::path& path() const { return m_path; }

private:
    explicit TemporaryFile(std::filesystem::path path) : m_path(std::move(path)) {}

    std::filesystem::path m_path;
};

struct WorkbookFreer {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
/// A workbook that has not been closed: freed without writing when something fails first.
using OpenWorkbook = std::unique_ptr<lxw_workbook, WorkbookFreer>;

struct Formats {
    lxw_format* title;
    lxw_format* header;
    lxw_format* hidden;
    lxw_format* marked;
    lxw_format* unconfirmed;
    lxw_format* marked_unconfirmed;

    lxw_format* of(const DataCell& cell) const {
        if (cell.unconfirmed)
            return cell.marked ? marked_unconfirmed : unconfirmed;
        return cell.marked ? marked : nullptr;
    }
};

Formats add_formats(lxw_workbook* workbook) {
    Formats formats{workbook_add_format(workbook), workbook_add_format(workbook),
                    workbook_add_format(workbook), workbook_add_format(workbook),
                    workbook_add_format(workbook), workbook_add_format(workbook)};
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 12);
    format_set_bold(formats.header);
    // ".." stands where a number would, so it lines up with the numbers.
    format_set_align(formats.hidden, LXW_ALIGN_RIGHT);
    format_set_italic(formats.marked);
    format_set_pattern(formats.marked, LXW_PATTERN_SOLID);
    format_set_bg_color(formats.marked, k_marked_fill);
    // Unconfirmed: blue, and italic when the board would not see it either.
    for (lxw_format* format : {formats.unconfirmed, formats.marked_unconfirmed}) {
        format_set_pattern(format, LXW_PATTERN_SOLID);
        format_set_bg_color(format, k_unconfirmed_fill);
    }
    format_set_italic(formats.marked_unconfirmed);
    return formats;
}

/// How many characters a cell shows, for fitting its column.
std::size_t shown_characters(const DataCell& cell) {
    if (cell.hidden)
        return k_hidden_value.size();
    if (const auto* number = std::get_if<double>(&cell.value)) {
        std::array<char, 32> buffer{};
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), *number);
        const auto length = static_cast<std::size_t>(result.ptr - buffer.data());
        return std::min(length, k_widest_number_characters);
    }
    if (const auto* text = std::get_if<std::string>(&cell.value))
        return character_count(*text);
    return 0;
}

/// The widths that fit each column's name and cells; the title and notes may run over.
std::vector<double> fitted_column_widths(const DataTable& table) {
    std::vector<std::size_t> characters(table.columns.size(), 0);
    for (std::size_t column = 0; column < table.columns.size(); ++column)
        characters[column] = character_count(table.columns[column]);
    for (const std::vector<DataCell>& row : table.rows) {
        if (row.size() > characters.size())
            characters.resize(row.size(), 0);
        for (std::size_t column = 0; column < row.size(); ++column)
            characters[column] = std::max(characters[column], shown_characters(row[column]));
    }
    std::vector<double> widths;
    for (const std::size_t count : characters) {
        widths.push_back(std::clamp(static_cast<double>(count) + k_column_padding,
                                    LXW_DEF_COL_WIDTH, k_widest_column));
    }
    return widths;
}

/// Writes one cell; text is always written as a string, so unlike CSV it can never become a
/// formula.
lxw_error write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const DataCell& cell,
                     const Formats& formats) {
    if (cell.hidden)
        return worksheet_write_string(sheet, row, column, k_hidden_value.data(), formats.hidden);
    lxw_format* format = formats.of(cell);
    if (const auto* number = std::get_if<double>(&cell.value)) {
        // A number that is not finite has no form in the file; its cell stays empty.
        if (!std::isfinite(*number))
            return worksheet_write_blank(sheet, row, column, format);
        return worksheet_write_number(sheet, row, column, *number, format);
    }
    if (const auto* text = std::get_if<std::string>(&cell.value))
        return worksheet_write_string(sheet, row, column, text->c_str(), format);
    return worksheet_write_blank(sheet, row, column, format);
}

/// The first error of a series of writes, or LXW_NO_ERROR.
class FirstError {
public:
    void keep(lxw_error error) {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }
    lxw_error error() const { return m_error; }

private:
    lxw_error m_error = LXW_NO_ERROR;
};

lxw_error write_sheet(lxw_worksheet* sheet, const DataTable& table, const Formats& formats) {
    FirstError result;
    result.keep(worksheet_write_string(sheet, k_title_row, 0, table.title.c_str(), formats.title));
    for (std::size_t column = 0; column < table.columns.size(); ++column) {
        result.keep(worksheet_write_string(sheet, k_header_row, static_cast<lxw_col_t>(column),
                                           table.columns[column].c_str(), formats.header));
    }
    lxw_row_t row = k_first_data_row;
    for (const std::vector<DataCell>& cells : table.rows) {
        for (std::size_t column = 0; column < cells.size(); ++column)
            result.keep(
                write_cell(sheet, row, static_cast<lxw_col_t>(column), cells[column], formats));
        ++row;
    }
    // One empty row keeps the notes apart from the table, so that a sort or filter stops there.
    row += 1;
    for (const std::string& note : table.notes)
        result.keep(worksheet_write_string(sheet, row++, 0, note.c_str(), nullptr));
    const std::vector<double> widths = fitted_column_widths(table);
    for (std::size_t column = 0; column < widths.size(); ++column) {
        const auto index = static_cast<lxw_col_t>(column);
        result.keep(worksheet_set_column(sheet, index, index, widths[column], nullptr));
    }
    worksheet_freeze_panes(sheet, k_first_data_row, 0);
    return result.error();
}

tl::expected<std::string, std::string> read_bytes(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    if (file.bad() || !file.is_open())
        return tl::unexpected("cannot read back the workbook written to " + path.string());
    return bytes;
}

tl::expected<void, std::string> write_workbook(const std::vector<DataTable>& tables,
                                               const std::filesystem::path& path) {
    OpenWorkbook workbook(workbook_new(path.c_str()));
    if (!workbook)
        return tl::unexpected("libxlsxwriter cannot start a workbook at " + path.string());
    const Formats formats = add_formats(workbook.get());
    SheetNames sheet_names;
    for (std::size_t index = 0; index < tables.size(); ++index) {
        const DataTable& table = tables[index];
        const std::string name = sheet_names.name_for(table.title, index + 1);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), name.c_str());
        if (sheet == nullptr)
            return tl::unexpected("libxlsxwriter refused the sheet name \"" + name + "\"");
        if (const lxw_error error = write_sheet(sheet, table, formats); error != LXW_NO_ERROR)
            return tl::unexpected(error_text("cannot write the sheet \"" + name + "\"", error));
    }
    if (const lxw_error error = workbook_close(workbook.release()); error != LXW_NO_ERROR)
        return tl::unexpected(error_text("cannot write the workbook to " + path.string(), error));
    return {};
}

} // namespace

tl::expected<std::string, std::string> write_xlsx(const std::vector<DataTable>& tables) {
    if (tables.empty())
        return tl::unexpected(std::string("an XLSX workbook needs at least one table"));
    auto file = TemporaryFile::create();
    if (!file)
        return tl::unexpected(file.error());
    if (auto written = write_workbook(tables, file->path()); !written)
        return tl::unexpected(written.error());
    return read_bytes(file->path());
}

} // namespace finsam
