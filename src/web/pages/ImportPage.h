#pragma once

#include "app/imports/UploadImport.h"

#include <mstch/mstch.hpp>
#include <string>

namespace finsam {

/// import.mustache's view model: the upload form, with why the last upload was not read.
mstch::map import_page(const std::string& error);

/// import_preview.mustache's view model: each report read from the upload, with the insats
/// to choose (the one read preselected, or a new one of that name), its period and key
/// figures to correct, its warnings, and an excerpt of each section.
mstch::map import_preview_page(const UploadPreview& preview);

/// import_saved.mustache's view model: what was saved (`summary`), a link to each report, and
/// the ways on: another import, the overview.
mstch::map import_saved_page(const ImportSaved& saved, const std::string& summary);

} // namespace finsam
