#pragma once

#include "output/DataTable.h"
#include "web/http/Exchange.h"

#include <string>
#include <vector>

namespace finsam {

/// Whether `format` (a page's `format` field) asks for the tables as a file: csv or xlsx.
bool is_table_download(const std::string& format);

/// The tables as a CSV or XLSX file named `name` (without extension), for the statistics and
/// survey results pages alike.
void download_tables(Exchange& exchange, const std::vector<DataTable>& tables,
                     const std::string& format, const std::string& name);

} // namespace finsam
