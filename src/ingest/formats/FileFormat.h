#pragma once

#include "domain/SourceDocument.h"

#include <filesystem>
#include <optional>
#include <string_view>

namespace finsam {

/// The file formats the importer reads.
enum class FileFormat { Text, Markdown, Pdf, Docx, Email };

/// Contract names: `txt`, `md`, `pdf`, `docx`, `eml`.
std::string_view to_string(FileFormat format);

/// What a report read from a file of this format is stored as having arrived as.
SourceFormat source_format(FileFormat format);

/// Decides the format from the content's magic bytes first (a PDF named `.docx` is a PDF),
/// then from the extension. Returns nullopt for anything the importer does not read
/// (images, `.doc`, spreadsheets...).
std::optional<FileFormat> detect_format(const std::filesystem::path& name, std::string_view head);

} // namespace finsam
