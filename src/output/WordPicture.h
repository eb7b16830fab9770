#pragma once

#include <cstdint>
#include <string>

namespace pugi {
class xml_node;
} // namespace pugi

namespace finsam {

/// A picture in the text of a Word document, its image a part of the package.
struct WordPicture {
    std::string relationship_id; // of the image part, in word/_rels/document.xml.rels
    int number = 1;              // unique in the document, from 1
    std::string name;            // "image1.png"
    std::string description;     // the alternative text a screen reader reads out
    double width = 0;            // points
    double height = 0;
};

/// Appends `picture` to `run` as Word lays out an inline picture (w:drawing, wp:inline,
/// pic:pic), in the text like a large character, with its description as the alternative text.
/// The document's root must declare the prefixes wp, a, pic and r.
void append_inline_picture(pugi::xml_node run, const WordPicture& picture);

} // namespace finsam
