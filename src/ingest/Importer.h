#pragma once

#include "ingest/ReportReader.h"
#include "ingest/formats/ExtractError.h"
#include "ingest/formats/FileFormat.h"
#include "ingest/formats/InflationBudget.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// One readable document: a file, or a PDF/DOCX attached to a saved e-mail.
struct ReadDocument {
    std::string name; // the file's path, or "mail.eml: attachment.pdf"
    FileFormat format;
    std::string content_hash; // BLAKE2b-256 of the bytes, hex
    std::optional<ExtractError> extract_error;
    DocumentReading reading;
};

/// Everything read from one file given to `finsam import`.
struct ImportedFile {
    std::filesystem::path path;
    std::optional<FileFormat> format;
    std::vector<ReadDocument> documents;
    std::optional<ExtractError> error; // why the file could not be read at all
    std::string content_hash{};        // of the whole file as read; empty when unreadable

    bool failed() const;
    std::vector<std::string> error_messages() const;
};

/// Reads files into reports. Holds no state between files, so a batch of any size runs in
/// constant memory.
class Importer {
public:
    explicit Importer(const ReportReader& reader) : m_reader(reader) {}
    /// An importer whose Word documents are inflated within `budget`, which other importers
    /// running at once share (the web application's uploads).
    Importer(const ReportReader& reader, InflationBudget& budget)
        : m_reader(reader), m_budget(&budget) {}

    ImportedFile read_file(const std::filesystem::path& path) const;

private:
    ReadDocument read_document(std::string name, FileFormat format, std::string_view bytes,
                               std::optional<Date> arrival_date) const;

    tl::expected<std::string, ExtractError> extract_text(FileFormat format,
                                                         std::string_view bytes) const;

    const ReportReader& m_reader;
    InflationBudget* m_budget = nullptr; // null: each document within its own limit
};

/// The files under the given paths (folders recursively), sorted, without hidden files.
/// Paths that do not exist are returned in `missing`.
std::vector<std::filesystem::path> collect_files(const std::vector<std::filesystem::path>& inputs,
                                                 std::vector<std::filesystem::path>& missing);

/// The bytes of a file of at most k_max_input_bytes: Corrupt when it cannot be read, TooLarge
/// when it is larger.
tl::expected<std::string, ExtractError> read_file_bytes(const std::filesystem::path& path);

/// Hex BLAKE2b-256 digest.
std::string content_hash(std::string_view bytes);

} // namespace finsam
