#include "app/imports/ImportSaver.h"

#include "domain/PersonalData.h"
#include "ingest/formats/FileFormat.h"

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

} // namespace

std::vector<SavedDocument> ImportSaver::save(const ImportedFile& file,
                                             std::string_view shown_name) {
    std::vector<SavedDocument> saved;
    for (const auto& document : file.documents) {
        if (document.extract_error || !document.reading.errors.empty())
            continue;
        // A file's name is stored text too, and is named after a person often enough.
        std::string name = shown_document_name(document, file, shown_name);
        redact_identity_numbers(name);
        const SourceDocument source{std::move(name), source_format(document.format),
                                    document.content_hash, document.reading.document_kind};
        auto result = m_store.save_document(m_association_id, source, document.reading.reports);
        saved.push_back({&document, source.file_name,
                         result ? AppResult<SaveResult>(std::move(*result))
                                : tl::unexpected(AppError::internal(result.error()))});
    }
    return saved;
}

} // namespace finsam
