#pragma once

#include <string_view>

namespace finsam {

// The parts of a .docx package that are the same for every document WordDocument writes.

inline constexpr std::string_view k_word_footer_relationship = "rIdFooter1";

std::string_view word_content_types_xml();          // [Content_Types].xml
std::string_view word_package_relationships_xml();  // _rels/.rels
std::string_view word_document_relationships_xml(); // word/_rels/document.xml.rels
std::string_view word_styles_xml();                 // word/styles.xml
std::string_view word_settings_xml();               // word/settings.xml

} // namespace finsam
