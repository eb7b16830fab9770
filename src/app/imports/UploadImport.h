#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "app/imports/PendingUploads.h"
#include "domain/Intervention.h"
#include "ingest/Importer.h"
#include "ingest/ReportReader.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// Glossary: importera = read a report file into the database. The kansli uploads a file,
// sees what was read, corrects the insats, period and key figures where needed, and saves.

/// An uploaded file as read, waiting for the kansli to check and correct it.
struct UploadPreview {
    std::string token;     // names the waiting file in the confirmation
    std::string file_name; // the upload's own name, made safe
    ImportedFile read;
    std::vector<InterventionDetails> interventions; // the förbund's, to choose among
};

/// The file someone sent with an upload form.
struct UploadedFile {
    std::string_view bytes;
    std::string file_name;
};

/// Reads an uploaded file and keeps it for confirmation: Invalid on `file` when nothing was
/// sent, it is empty, or it cannot be read (the message says why, in Swedish). Forbidden for
/// anyone but the kansli. Recorded in the audit trail.
AppResult<UploadPreview> upload_report_file(const AppContext& context, PendingUploads& uploads,
                                            const ReportReader& reader,
                                            const std::optional<UploadedFile>& file);

/// The name of the preview's correction field `field` of report `report` in document
/// `document` of the upload: the form and the confirmation agree on it.
std::string correction_field(std::size_t document, std::size_t report, const std::string& field);

struct ImportSaved {
    int reports = 0;
    bool duplicate = false; // the same file was imported before: nothing new was saved
};

/// Saves an upload with the kansli's corrections: the insats chosen (`intervention`: an id,
/// or "new" for the name read), the period (`period_start`, `period_end`) and the figures
/// (`figureN`, by position) of each report. UploadExpired when the upload is gone (expired,
/// or saved already); ImportCorrectionsInvalid for what was typed wrong (Swedish problems).
/// Recorded in the audit trail.
AppResult<ImportSaved> save_upload(const AppContext& context, PendingUploads& uploads,
                                   const ReportReader& reader, const std::string& token,
                                   const FieldSource& corrections);

} // namespace finsam
