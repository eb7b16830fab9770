#pragma once

#include "app/AppError.h"
#include "app/boardreport/BoardLayout.h"
#include "output/BoardDocument.h"

#include <cstdint>
#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// Styrelserapport: the board report of a period on a page (its summary table, what to look
/// at for the kansli, each insats's texts), links to it as HTML, DOCX, PDF and XLSX, and for
/// the kansli a link to edit the text under each heading of each insats. `typed_period` is the
/// period as the form shows it.
mstch::map board_report_page(const BoardDocument& document, const BoardLayout& layout,
                             const std::string& typed_period);

/// The page's form alone, with the period's error (a period that cannot be read).
mstch::map board_report_form_page(const std::string& typed_period,
                                  const std::vector<FieldError>& errors);

/// The kansli's form for the text under one heading of an insats's part: the text now (the
/// kansli's, or the report's), and the report's own beside it.
struct BoardTextForm {
    std::string typed_period;
    std::string period_label;
    std::int64_t intervention_id = 0;
    std::string intervention;
    std::string heading;
    std::string heading_title;
    std::string text;
    std::string report_text;
};

mstch::map board_text_page(const BoardTextForm& form, const std::vector<FieldError>& errors);

/// Where the board report of the period is shown, at an insats's part when given.
std::string board_report_path(const std::string& typed_period, std::int64_t intervention_id = 0);

} // namespace finsam
