#pragma once

#include "app/AppError.h"
#include "domain/Clock.h"
#include "ingest/Importer.h"
#include "storage/Database.h"
#include "storage/ReportStore.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// What became of one document of an imported file.
struct SavedDocument {
    const ReadDocument* read; // the document as read, of the file given to save()
    std::string name;         // as stored: the file's shown name, and an attachment's after it
    AppResult<SaveResult> result;
};

/// Stores imported files in one förbund: what `finsam import` and the web application's
/// upload both do once a file has been read (and, on the web, corrected). Each document is
/// one transaction, saved whole or not at all; one that fails does not stop the others. The
/// store's prepared statements are kept from one file to the next, so a batch of thousands
/// of files prepares them once. The saved reports are queued for the search index, which
/// finish() brings up to date once for the whole batch.
class ImportSaver {
public:
    ImportSaver(Database& database, const Clock& clock, std::int64_t association_id)
        : m_database(database), m_store(database, clock), m_association_id(association_id) {}

    /// Saves every document of `file` that was read without errors, and keeps the file's bytes,
    /// read again from `bytes_at` (where it is on disk), as the original the documents came
    /// from: the same bytes it was read from, or nothing is saved. `shown_name` is what the
    /// file is called in the stored documents (the command line's path, or an upload's own
    /// file name instead of where it waited on disk).
    std::vector<SavedDocument> save(const ImportedFile& file, std::string_view shown_name,
                                    const std::filesystem::path& bytes_at);

    /// Writes the batch's reports into the search index (SearchIndex::catch_up), at its end:
    /// the index's work is cheapest done once for many reports. When that fails, the reports
    /// stay queued and the next search writes them; what was saved stays saved, so the
    /// failure is logged and not returned.
    void finish();

private:
    Database& m_database;
    ReportStore m_store;
    std::int64_t m_association_id;
};

} // namespace finsam
