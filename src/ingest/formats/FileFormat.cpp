#include "ingest/formats/FileFormat.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

namespace finsam {

namespace {

constexpr std::string_view k_pdf_magic = "%PDF-";
// Acrobat accepts a PDF whose header starts anywhere in the first 1024 bytes, and so does
// poppler; some mail gateways and scanners prepend junk.
constexpr std::size_t k_pdf_header_window = 1024;
constexpr std::string_view k_zip_magic = "PK\x03\x04";
// Word writes the document part early in the archive, so its local header name is visible in
// the head; the central directory at the end is not.
constexpr std::string_view k_docx_part_prefix = "word/";
// An OLE compound file is a legacy .doc, .xls... or a password-protected OOXML package.
constexpr std::string_view k_ole_magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

// Header fields that open a saved e-mail. A report never starts with one of these followed
// by a colon, so they are safe evidence of a MIME message.
constexpr std::string_view k_email_header_names[] = {"from",
                                                     "date",
                                                     "mime-version",
                                                     "received",
                                                     "return-path",
                                                     "message-id",
                                                     "subject",
                                                     "to",
                                                     "delivered-to",
                                                     "reply-to",
                                                     "x-mozilla-status",
                                                     "dkim-signature",
                                                     "arc-seal",
                                                     "authentication-results"};

std::string lowercase(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), [](unsigned char character) {
        return static_cast<char>(std::tolower(character));
    });
    return result;
}

std::string_view first_line(std::string_view text) {
    const auto end = text.find_first_of("\r\n");
    return end == std::string_view::npos ? text : text.substr(0, end);
}

bool is_email_header_line(std::string_view line) {
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) {
        return false;
    }
    const std::string name = lowercase(line.substr(0, colon));
    return std::find(std::begin(k_email_header_names), std::end(k_email_header_names), name) !=
           std::end(k_email_header_names);
}

bool looks_like_email(std::string_view head) {
    const std::string_view line = first_line(head);
    // An mbox export starts with a "From sender date" separator line before the headers.
    if (line.starts_with("From ") && line.size() < head.size()) {
        std::string_view rest = head.substr(line.size());
        rest.remove_prefix(std::min(rest.find_first_not_of("\r\n"), rest.size()));
        return is_email_header_line(first_line(rest));
    }
    return is_email_header_line(line);
}

std::optional<FileFormat> format_from_magic(std::string_view head) {
    if (head.substr(0, k_pdf_header_window).find(k_pdf_magic) != std::string_view::npos) {
        return FileFormat::Pdf;
    }
    if (head.starts_with(k_zip_magic) && head.find(k_docx_part_prefix) != std::string_view::npos) {
        return FileFormat::Docx;
    }
    if (looks_like_email(head)) {
        return FileFormat::Email;
    }
    return std::nullopt;
}

std::optional<FileFormat> format_from_extension(const std::filesystem::path& name) {
    const std::string extension = lowercase(name.extension().string());
    if (extension == ".txt") {
        return FileFormat::Text;
    }
    if (extension == ".md" || extension == ".markdown") {
        return FileFormat::Markdown;
    }
    if (extension == ".pdf") {
        return FileFormat::Pdf;
    }
    if (extension == ".docx") {
        return FileFormat::Docx;
    }
    if (extension == ".eml") {
        return FileFormat::Email;
    }
    return std::nullopt;
}

} // namespace

std::string_view to_string(FileFormat format) {
    switch (format) {
    case FileFormat::Text:
        return "txt";
    case FileFormat::Markdown:
        return "md";
    case FileFormat::Pdf:
        return "pdf";
    case FileFormat::Docx:
        return "docx";
    case FileFormat::Email:
        return "eml";
    }
    return "unknown";
}

std::optional<FileFormat> detect_format(const std::filesystem::path& name, std::string_view head) {
    if (auto format = format_from_magic(head)) {
        return format;
    }
    const std::optional<FileFormat> by_extension = format_from_extension(name);
    // Another program's container is only ours when named .docx: a Word package whose
    // document part lies beyond the head, or an encrypted one, which the DOCX extractor
    // reports as such. A spreadsheet renamed to .txt must not be decoded as text.
    const bool is_container = head.starts_with(k_zip_magic) || head.starts_with(k_ole_magic);
    if (is_container && by_extension != FileFormat::Docx) {
        return std::nullopt;
    }
    return by_extension;
}

SourceFormat source_format(FileFormat format) {
    switch (format) {
    case FileFormat::Text:
        return SourceFormat::Text;
    case FileFormat::Markdown:
        return SourceFormat::Markdown;
    case FileFormat::Pdf:
        return SourceFormat::Pdf;
    case FileFormat::Docx:
        return SourceFormat::Docx;
    case FileFormat::Email:
        break;
    }
    return SourceFormat::Email;
}

} // namespace finsam
