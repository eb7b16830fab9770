#pragma once

#include "app/imports/UploadImport.h"

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// A file that could not be read, or a problem with the upload as a whole (no file name).
struct FileProblem {
    std::string file_name;
    std::string message; // Swedish
};

/// import.mustache's view model: the upload form, with why the last upload was not read.
mstch::map import_page(const std::vector<FileProblem>& problems);

/// What the kansli sent from the review when it could not be saved (save_uploads():
/// ImportCorrectionsInvalid): the review is shown again as sent, each problem at its field.
struct SentReview {
    const FieldSource& sent;
    std::vector<FieldError> errors;
};

/// import_preview.mustache's view model: each file read, and in it each report, with the
/// insats to choose (the one read preselected, or a new one of that name; nothing chosen when
/// the report, read without a template, names none), its period and key figures to correct,
/// its warnings, and an excerpt of each section; and the files of the upload that could not
/// be read, with why. With `sent`, the fields hold what was sent and show its problems.
mstch::map import_preview_page(const std::vector<UploadPreview>& previews,
                               const std::vector<FileProblem>& problems,
                               const SentReview* sent = nullptr);

/// import_saved.mustache's view model: what was saved (`summary`), a link to each report, and
/// the ways on: another import, the overview.
mstch::map import_saved_page(const ImportSaved& saved, const std::string& summary);

} // namespace finsam
