#include "output/WordPicture.h"

#include <cmath>
#include <pugixml.hpp>

namespace finsam {

namespace {

// DrawingML measures in English Metric Units: 12 700 to the point.
constexpr double k_emu_per_point = 12700;

std::string emu(double points) {
    return std::to_string(std::llround(points * k_emu_per_point));
}

pugi::xml_node extent(pugi::xml_node parent, const char* name, const WordPicture& picture) {
    pugi::xml_node node = parent.append_child(name);
    node.append_attribute("cx") = emu(picture.width).c_str();
    node.append_attribute("cy") = emu(picture.height).c_str();
    return node;
}

} // namespace

void append_inline_picture(pugi::xml_node run, const WordPicture& picture) {
    pugi::xml_node inline_frame = run.append_child("w:drawing").append_child("wp:inline");
    for (const char* distance : {"distT", "distB", "distL", "distR"})
        inline_frame.append_attribute(distance) = 0;
    extent(inline_frame, "wp:extent", picture);
    pugi::xml_node effect = inline_frame.append_child("wp:effectExtent");
    for (const char* side : {"l", "t", "r", "b"})
        effect.append_attribute(side) = 0;
    // The description here is what Word shows and edits as the picture's alternative text;
    // the one on pic:cNvPr below is what LibreOffice reads.
    pugi::xml_node properties = inline_frame.append_child("wp:docPr");
    properties.append_attribute("id") = picture.number;
    properties.append_attribute("name") = ("Bild " + std::to_string(picture.number)).c_str();
    properties.append_attribute("descr") = picture.description.c_str();
    pugi::xml_node locks =
        inline_frame.append_child("wp:cNvGraphicFramePr").append_child("a:graphicFrameLocks");
    locks.append_attribute("noChangeAspect") = 1;

    pugi::xml_node data = inline_frame.append_child("a:graphic").append_child("a:graphicData");
    data.append_attribute("uri") = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    pugi::xml_node pic = data.append_child("pic:pic");
    pugi::xml_node names = pic.append_child("pic:nvPicPr");
    pugi::xml_node name = names.append_child("pic:cNvPr");
    name.append_attribute("id") = picture.number;
    name.append_attribute("name") = picture.name.c_str();
    name.append_attribute("descr") = picture.description.c_str();
    names.append_child("pic:cNvPicPr");

    pugi::xml_node fill = pic.append_child("pic:blipFill");
    fill.append_child("a:blip").append_attribute("r:embed") = picture.relationship_id.c_str();
    fill.append_child("a:stretch").append_child("a:fillRect");

    pugi::xml_node shape = pic.append_child("pic:spPr");
    pugi::xml_node transform = shape.append_child("a:xfrm");
    pugi::xml_node offset = transform.append_child("a:off");
    offset.append_attribute("x") = 0;
    offset.append_attribute("y") = 0;
    extent(transform, "a:ext", picture);
    pugi::xml_node geometry = shape.append_child("a:prstGeom");
    geometry.append_attribute("prst") = "rect";
    geometry.append_child("a:avLst");
}

} // namespace finsam
