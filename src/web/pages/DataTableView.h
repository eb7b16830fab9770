#pragma once

#include "output/DataTable.h"

#include <mstch/mstch.hpp>
#include <string>

namespace finsam {

/// A table of an export as a page shows it (the `_data_table` partial): numbers in Swedish,
/// hidden cells as "..", marked cells marked, the first column heading each row. `id` names
/// its section.
mstch::map data_table_view(const DataTable& table, const std::string& id);

} // namespace finsam
