#pragma once

#include "app/reports/ConfirmFigures.h"

#include <cstdint>
#include <mstch/mstch.hpp>
#include <optional>

namespace finsam {

/// Which page the confirmation form leads back to.
enum class ConfirmedFrom { ReportPage, VersionPage };

/// _figure_check.mustache's model: for the kansli, that a version's figures were read from the
/// text and are not confirmed, with the button "Bekräfta siffrorna" on the latest version; or
/// when and by whom they were confirmed. False when there is nothing to say.
mstch::node figure_check_view(const std::optional<FigureCheck>& check, std::int64_t report_id,
                              ConfirmedFrom from);

} // namespace finsam
