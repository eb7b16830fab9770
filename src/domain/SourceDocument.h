#pragma once

#include "domain/ReportKind.h"

#include <optional>
#include <string>
#include <string_view>

namespace finsam {

/// What a report version arrived as: a file of one of the formats the importer reads, or the
/// web application's report form.
enum class SourceFormat { Text, Markdown, Pdf, Docx, Email, WebForm };

/// Stored names: txt, md, pdf, docx, eml, form.
std::string_view to_string(SourceFormat format);
std::optional<SourceFormat> source_format_from_string(std::string_view name);

/// The document a set of reports was read from.
struct SourceDocument {
    std::string file_name; // as given on the command line, or the attachment's name
    SourceFormat format = SourceFormat::Text;
    std::string content_hash; // hex digest of the file's bytes
    std::optional<ReportKind> document_kind;
};

} // namespace finsam
