#include "app/imports/ImportSaver.h"

#include "domain/PersonalData.h"
#include "ingest/formats/FileFormat.h"
#include "search/SearchIndex.h"

#include <spdlog/spdlog.h>

namespace finsam {

namespace {

/// The document's name with the file's path replaced by `shown_name`: an attachment keeps
/// its own name after the file's ("mail.eml: bilaga.pdf").
std::string shown_document_name(const ReadDocument& document, const ImportedFile& file,
                                std::string_view shown_name) {
    const std::string path = file.path.string();
    if (!document.name.starts_with(path))
        return document.name;
    return std::string(shown_name) + document.name.substr(path.size());
}

/// The file's bytes again, as they were read: the file may have changed on disk since.
tl::expected<std::string, std::string> read_again(const ImportedFile& file,
                                                  const std::filesystem::path& bytes_at) {
    auto bytes = read_file_bytes(bytes_at);
    if (!bytes)
        return tl::unexpected("cannot read the file again to keep it: " + bytes.error().message);
    if (content_hash(*bytes) != file.content_hash)
        return tl::unexpected(std::string("the file changed after it was read; nothing of it "
                                          "was saved"));
    return std::move(*bytes);
}

} // namespace

std::vector<SavedDocument> ImportSaver::save(const ImportedFile& file, std::string_view shown_name,
                                             const std::filesystem::path& bytes_at) {
    std::vector<SavedDocument> saved;
    std::optional<tl::expected<std::string, std::string>> original_bytes;
    // A file's name is stored text too, and is named after a person often enough.
    std::string original_name(shown_name);
    redact_identity_numbers(original_name);
    for (const auto& document : file.documents) {
        if (document.extract_error || !document.reading.errors.empty())
            continue;
        std::string name = shown_document_name(document, file, shown_name);
        redact_identity_numbers(name);
        if (!original_bytes)
            original_bytes = read_again(file, bytes_at);
        if (!*original_bytes) {
            saved.push_back({&document, std::move(name),
                             tl::unexpected(AppError::internal(original_bytes->error()))});
            continue;
        }
        const SourceDocument source{std::move(name), source_format(document.format),
                                    document.content_hash, document.reading.document_kind};
        const ReceivedFile original{original_name, **original_bytes, file.content_hash};
        auto result =
            m_store.save_document(m_association_id, source, document.reading.reports, &original);
        saved.push_back({&document, source.file_name,
                         result ? AppResult<SaveResult>(std::move(*result))
                                : tl::unexpected(AppError::internal(result.error()))});
    }
    return saved;
}

void ImportSaver::finish() {
    if (const auto caught_up = SearchIndex(m_database).catch_up(); !caught_up)
        spdlog::warn("the search index was not brought up to date after the import: {}",
                     caught_up.error().message);
}

} // namespace finsam
