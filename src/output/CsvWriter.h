#pragma once

#include "output/DataTable.h"

#include <string>
#include <vector>

namespace finsam {

/// The tables as a CSV file that Swedish Excel opens as it is: UTF-8 with a byte order mark,
/// `;` between fields, a decimal comma (12,5; whole numbers without decimals; no thousands
/// separator), CRLF line ends and RFC 4180 quoting. Each table is its title line, the column
/// names, the rows and the notes, followed by an empty line. A hidden cell is "..", an empty
/// cell or a number that is not finite an empty field. Text that a spreadsheet would run as
/// a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
std::string write_csv(const std::vector<DataTable>& tables);

} // namespace finsam
