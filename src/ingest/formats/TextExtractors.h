#pragma once

#include "domain/Date.h"
#include "ingest/formats/ExtractError.h"
#include "ingest/formats/FileFormat.h"
#include "ingest/formats/InflationBudget.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// Limits that protect the importer from hostile files.
inline constexpr std::size_t k_max_input_bytes = 200u * 1024u * 1024u;
inline constexpr std::size_t k_max_inflated_bytes = 64u * 1024u * 1024u;
/// A document's text, once extracted: a report is 5–60 KB of text, and reading a text of tens
/// of megabytes would take the reader seconds and yield hundreds of thousands of figures.
inline constexpr std::size_t k_max_text_bytes = 2u * 1024u * 1024u;

/// Every extractor returns UTF-8 text with `\n` line ends. PDF and DOCX page breaks become
/// `\f` on a line of its own, so page furniture can be recognised as such.

/// Plain text or Markdown: strips a BOM, turns CRLF/CR into LF, and decodes Windows-1252
/// when the bytes are not valid UTF-8 (old Word "Save as text").
tl::expected<std::string, ExtractError> decode_plain_text(std::string_view bytes);

/// PDF through poppler-cpp, in process, in reading order.
tl::expected<std::string, ExtractError> extract_pdf_text(std::string_view bytes);

/// DOCX: word/document.xml's paragraphs, one per line (a paragraph in a heading style as a
/// Markdown heading, "## Resultat", one in bold throughout as "**Resultat**", as Markdown
/// would write them); table cells of a row joined by a tab;
/// refuses zip bombs (k_max_inflated_bytes), encrypted documents and a text longer than
/// k_max_text_bytes. The memory of the inflated XML is held against `budget` until the text
/// is written (Busy when other readers use the budget up); the first form has a budget of its
/// own.
tl::expected<std::string, ExtractError> extract_docx_text(std::string_view bytes);
tl::expected<std::string, ExtractError> extract_docx_text(std::string_view bytes,
                                                          InflationBudget& budget);

/// An attachment of a saved e-mail that the importer can read (PDF or DOCX).
struct EmailAttachment {
    std::string file_name;
    FileFormat format;
    std::string bytes;
};

/// A saved e-mail (.eml): its date becomes the reports' ankomstdatum.
struct EmailMessage {
    std::optional<Date> sent_date;
    std::string subject;
    std::vector<EmailAttachment> attachments;
};

/// Parses a MIME message with GMime. An e-mail without a PDF/DOCX attachment is an
/// ExtractError::Code::NoReport.
tl::expected<EmailMessage, ExtractError> read_email(std::string_view bytes);

} // namespace finsam
