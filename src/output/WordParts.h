#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace finsam {

// The parts of a .docx package that are the same for every document WordDocument writes.

inline constexpr std::string_view k_word_footer_relationship = "rIdFooter1";

std::string_view word_content_types_xml();         // [Content_Types].xml
std::string_view word_package_relationships_xml(); // _rels/.rels
/// word/_rels/document.xml.rels, with the images word/media/image1.png to imageN.png as the
/// relationships word_image_relationship(1) to (N).
std::string word_document_relationships_xml(std::size_t image_count);
std::string word_image_relationship(std::size_t number); // "rIdImage1"
std::string word_image_part(std::size_t number);         // "word/media/image1.png"
std::string_view word_styles_xml();                      // word/styles.xml
std::string_view word_settings_xml();                    // word/settings.xml

} // namespace finsam
