#include "ingest/Importer.h"

#include "ingest/formats/TextExtractors.h"

#include <algorithm>
#include <fstream>
#include <sodium.h>

namespace finsam {

tl::expected<std::string, ExtractError> read_file_bytes(const std::filesystem::path& path) {
    std::error_code error;
    auto size = std::filesystem::file_size(path, error);
    if (error)
        return tl::unexpected(
            ExtractError{ExtractError::Code::Corrupt, "cannot read the file: " + error.message()});
    if (size > k_max_input_bytes)
        return tl::unexpected(
            ExtractError{ExtractError::Code::TooLarge, "the file is larger than 200 MB"});
    std::ifstream input(path, std::ios::binary);
    std::string bytes(size, '\0');
    if (!input.read(bytes.data(), static_cast<std::streamsize>(size)))
        return tl::unexpected(ExtractError{ExtractError::Code::Corrupt, "cannot read the file"});
    return bytes;
}

namespace {

bool is_hidden(const std::filesystem::path& path) {
    auto name = path.filename().string();
    return name.starts_with('.') || name.starts_with("~$"); // "~$" : Word's lock files
}

} // namespace

bool ImportedFile::failed() const {
    return error.has_value() ||
           std::any_of(documents.begin(), documents.end(), [](const ReadDocument& document) {
               return document.extract_error || !document.reading.errors.empty();
           });
}

std::vector<std::string> ImportedFile::error_messages() const {
    std::vector<std::string> messages;
    if (error)
        messages.push_back(error->message);
    for (const auto& document : documents) {
        auto prefix = documents.size() > 1 ? document.name + ": " : std::string();
        if (document.extract_error)
            messages.push_back(prefix + document.extract_error->message);
        for (const auto& message : document.reading.errors)
            messages.push_back(prefix + message);
    }
    return messages;
}

std::string content_hash(std::string_view bytes) {
    static const bool initialised = sodium_init() >= 0;
    (void)initialised;
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size(), nullptr, 0);
    char hex[crypto_generichash_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

ImportedFile Importer::read_file(const std::filesystem::path& path) const {
    ImportedFile file{path, std::nullopt, {}, std::nullopt};
    auto bytes = read_file_bytes(path);
    if (!bytes) {
        file.error = bytes.error();
        return file;
    }
    file.content_hash = content_hash(*bytes);
    if (bytes->empty()) {
        file.error = ExtractError{ExtractError::Code::Empty, "the file is empty"};
        return file;
    }
    file.format = detect_format(path, std::string_view(*bytes).substr(0, 4096));
    if (!file.format) {
        file.error = ExtractError{ExtractError::Code::Unsupported,
                                  "not a report format the importer reads (txt, md, pdf, docx, "
                                  "eml)"};
        return file;
    }
    if (*file.format != FileFormat::Email) {
        file.documents.push_back(read_document(path.string(), *file.format, *bytes, {}));
        return file;
    }
    auto email = read_email(*bytes);
    if (!email) {
        file.error = email.error();
        return file;
    }
    for (const auto& attachment : email->attachments) {
        file.documents.push_back(read_document(path.string() + ": " + attachment.file_name,
                                               attachment.format, attachment.bytes,
                                               email->sent_date));
    }
    return file;
}

tl::expected<std::string, ExtractError> Importer::extract_text(FileFormat format,
                                                               std::string_view bytes) const {
    switch (format) {
    case FileFormat::Text:
    case FileFormat::Markdown:
        return decode_plain_text(bytes);
    case FileFormat::Pdf:
        return extract_pdf_text(bytes);
    case FileFormat::Docx:
        return m_budget ? extract_docx_text(bytes, *m_budget) : extract_docx_text(bytes);
    case FileFormat::Email:
        break;
    }
    return tl::unexpected(
        ExtractError{ExtractError::Code::Unsupported, "an e-mail inside an e-mail"});
}

ReadDocument Importer::read_document(std::string name, FileFormat format, std::string_view bytes,
                                     std::optional<Date> arrival_date) const {
    ReadDocument document{std::move(name), format, content_hash(bytes), std::nullopt, {}};
    auto text = extract_text(format, bytes);
    if (text && text->size() > k_max_text_bytes)
        text = tl::unexpected(ExtractError{ExtractError::Code::TooLarge,
                                           "the document's text is over 2 MB: longer than any "
                                           "report"});
    if (!text) {
        document.extract_error = text.error();
        return document;
    }
    document.reading = m_reader.read(*text);
    // A report received by e-mail arrived on the mail's date unless the kansli wrote one.
    for (auto& report : document.reading.reports) {
        if (!report.registration.arrival_date)
            report.registration.arrival_date = arrival_date;
    }
    return document;
}

std::vector<std::filesystem::path> collect_files(const std::vector<std::filesystem::path>& inputs,
                                                 std::vector<std::filesystem::path>& missing) {
    std::vector<std::filesystem::path> files;
    for (const auto& input : inputs) {
        std::error_code error;
        if (std::filesystem::is_regular_file(input, error)) {
            files.push_back(input);
            continue;
        }
        if (!std::filesystem::is_directory(input, error)) {
            missing.push_back(input);
            continue;
        }
        std::vector<std::filesystem::path> found;
        auto options = std::filesystem::directory_options::skip_permission_denied;
        for (auto it = std::filesystem::recursive_directory_iterator(input, options, error);
             !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
            if (is_hidden(it->path())) {
                if (it->is_directory(error))
                    it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(error))
                found.push_back(it->path());
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

} // namespace finsam
