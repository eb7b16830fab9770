#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "app/imports/ImportGate.h"
#include "app/imports/PendingUploads.h"
#include "domain/Intervention.h"
#include "domain/User.h"
#include "ingest/Importer.h"
#include "ingest/ReportReader.h"
#include "ingest/formats/InflationBudget.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// Glossary: importera = read a report file into the database. The kansli uploads a file,
// sees what was read, corrects the insats, period and key figures where needed, and saves.

/// What reading an uploaded file needs and shares with the other uploads being read: the
/// files waiting for confirmation, the reader, how many are read at once, and the memory
/// their Word documents may inflate into together.
struct UploadReading {
    PendingUploads& uploads;
    const ReportReader& reader;
    ImportGate& gate;
    InflationBudget& budget;
};

/// The file someone sent with an upload form.
struct UploadedFile {
    std::string_view bytes;
    std::string file_name;
};

/// An uploaded file as read, kept waiting for confirmation. Read before the database is
/// asked anything: reading takes long, and a request's connection is given back meanwhile.
/// Every name in it is the upload's own, never the path the server stored it under.
struct ReadUpload {
    std::string token;     // names the waiting file in the confirmation
    std::string file_name; // the upload's own name, made safe
    ImportedFile read;
};

/// An uploaded file as read, waiting for the kansli to check and correct it.
struct UploadPreview {
    std::string token;
    std::string file_name;
    ImportedFile read;
    std::vector<InterventionDetails> interventions; // the förbund's, to choose among
};

/// Reads an uploaded file and keeps it for confirmation, without the database: Invalid on
/// `file` when nothing was sent, it is empty, or it cannot be read (the message says why, in
/// Swedish); ImportBusy, with how long to wait, when other uploads take every reader or the
/// inflation budget. Forbidden for anyone but the kansli.
AppResult<ReadUpload> read_upload(const User& user, const UploadReading& reading,
                                  const std::optional<UploadedFile>& file);

/// What the kansli sees of a read upload: the förbund's insatser to choose among. Recorded in
/// the audit trail.
AppResult<UploadPreview> preview_upload(const AppContext& context, ReadUpload upload);

/// The preview of an upload shown again, as preview_upload() makes it, when what the kansli
/// corrected could not be saved: not recorded in the audit trail a second time.
AppResult<UploadPreview> preview_again(const AppContext& context, ReadUpload upload);

/// Reads a waiting upload again, for saving, without the database: UploadExpired when it is
/// gone (expired, or saved already); ImportBusy as read_upload(). Forbidden for anyone but
/// the kansli.
AppResult<ReadUpload> read_waiting_upload(const User& user, const UploadReading& reading,
                                          const std::string& token);

/// Where a report is in a batch of uploads: the upload, its document, the report in it.
struct ReportPlace {
    std::size_t upload = 0;
    std::size_t document = 0;
    std::size_t report = 0;
};

/// The name of the preview's correction field `field` of the report at `place`: the form and
/// the confirmation agree on it.
std::string correction_field(const ReportPlace& place, const std::string& field);

/// A file of a batch that could not be read, and why (Invalid on `file`, in Swedish).
struct FailedUpload {
    std::string file_name; // the upload's own name, made safe
    AppError error;
};

/// Several files uploaded at once (a quarter's e-mails): those read, in the order sent, each
/// waiting for confirmation, and those that could not be read.
struct UploadBatch {
    std::vector<ReadUpload> read;
    std::vector<FailedUpload> failed;
};

/// Reads each file as read_upload() does. A file that cannot be read is listed with why and
/// the others are read on; Invalid on `file` when no file was sent; ImportBusy (the files
/// read so far are left to expire) and Forbidden as read_upload().
AppResult<UploadBatch> read_uploads(const User& user, const UploadReading& reading,
                                    const std::vector<UploadedFile>& files);

/// A report an import saved: where it is, and what it is, for the page that says so.
struct SavedImport {
    std::int64_t report_id = 0;
    ReportKind kind = ReportKind::Quarterly;
    std::string intervention;
    StatedPeriod period;
};

struct ImportSaved {
    int reports = 0;
    std::vector<SavedImport> saved{}; // every report saved, in the file's order
    bool duplicate = false;           // every file was imported before: nothing new was saved
    std::vector<std::string> already_imported{}; // the files imported before, by name
    // Of the reports saved with figures read from the text: those whose figures the kansli
    // ticked as checked in the preview, now confirmed, and those not ticked.
    int confirmed = 0;
    int unchecked = 0;
};

/// Saves waiting uploads, as read_waiting_upload() read them, with the kansli's corrections
/// (fields named by correction_field(), the upload being its position in `batch`): the
/// insats chosen (`intervention`: an id, or "new" for a new insats named `intervention_name`,
/// else by the name read), the period (`period_start`, `period_end`) and the figures
/// (`figureN`, by position) of each report; a
/// figure's value also stands for the later statements of the same figure that have no field
/// of their own (the preview shows a figure stated twice, or with two values, once).
/// A report whose `figures_checked` is set ("Jag har kontrollerat nyckeltalen") has the
/// figures of its saved version confirmed by the user, as confirm_figures() does it (and
/// audits it); the others' figures stay unconfirmed. Every correction of every upload is
/// checked before anything is saved: ImportCorrectionsInvalid for what was typed wrong
/// (Swedish problems), and for a report left without an insats (one read without a template
/// that names none), on its `intervention` field; nothing is saved then. An upload is no longer
/// waiting once saved. Recorded in the audit trail.
AppResult<ImportSaved> save_uploads(const AppContext& context, PendingUploads& uploads,
                                    std::vector<ReadUpload> batch, const FieldSource& corrections);

} // namespace finsam
