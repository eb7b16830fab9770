#pragma once

#include "app/AppError.h"
#include "app/statistics/RegisterFigures.h"

#include <mstch/mstch.hpp>
#include <vector>

namespace finsam {

/// Uppföljning Finsam: the year's figures for the national register, a table per kind of
/// insats, with a year to choose and the same tables as CSV and XLSX.
mstch::map register_page(const RegisterYear& register_year);

} // namespace finsam
