#include "domain/SourceDocument.h"

#include "domain/NameTable.h"

namespace finsam {

namespace {

constexpr NameTable<SourceFormat, 6> k_format_names{{
    {SourceFormat::Text, "txt"},
    {SourceFormat::Markdown, "md"},
    {SourceFormat::Pdf, "pdf"},
    {SourceFormat::Docx, "docx"},
    {SourceFormat::Email, "eml"},
    {SourceFormat::WebForm, "form"},
}};

} // namespace

std::string_view to_string(SourceFormat format) {
    return name_in(k_format_names, format);
}

std::optional<SourceFormat> source_format_from_string(std::string_view name) {
    return value_in(k_format_names, name);
}

} // namespace finsam
