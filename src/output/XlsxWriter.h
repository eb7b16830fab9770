#pragma once

#include "output/DataTable.h"

#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The tables as an Excel workbook, one sheet per table, and the file's bytes. A sheet is named
/// after its table's title, made valid for Excel (at most 31 characters, none of []:*?/\,
/// unique regardless of case). On the sheet: the whole title, the column names in a bold row
/// that stays in view when scrolling, the rows, and the notes below them. Numbers are numbers;
/// a hidden cell is the text ".."; a marked cell is italic on a yellow fill; columns are as
/// wide as their contents. The error (English, for logs) is the file that could not be written,
/// or no tables at all: a workbook needs a sheet.
tl::expected<std::string, std::string> write_xlsx(const std::vector<DataTable>& tables);

} // namespace finsam
