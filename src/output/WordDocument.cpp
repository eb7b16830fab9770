#include "output/WordDocument.h"

#include "output/WordParts.h"
#include "output/WordPicture.h"
#include "output/ZipArchive.h"

#include <algorithm>
#include <numeric>
#include <pugixml.hpp>
#include <sstream>

namespace finsam {

namespace {

constexpr const char* k_main_namespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* k_relationships_namespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A4 in twentieths of a point, with Word's Swedish margins of 2.5 cm.
constexpr int k_a4_short_side = 11906;
constexpr int k_a4_long_side = 16838;
constexpr int k_page_margin = 1417;
constexpr int k_header_footer_distance = 708;
constexpr int k_cell_side_margin = 70;
constexpr const char* k_border_color = "808080";
constexpr const char* k_heading_row_fill = "D9E2F3";
// Word numbers its own headings' bookmarks (_Toc...) from large numbers; the same range keeps
// ours from looking like the user's.
constexpr int k_first_bookmark = 100000000;
// The table of contents lists the report's parts and the items in them; their sub-headings
// would make it pages long.
constexpr int k_contents_depth = 2;

pugi::xml_node child(pugi::xml_node parent, const char* name) {
    return parent.append_child(name);
}

pugi::xml_node valued(pugi::xml_node parent, const char* name, const std::string& value) {
    pugi::xml_node node = parent.append_child(name);
    node.append_attribute("w:val") = value.c_str();
    return node;
}

/// A run of `text` in `paragraph`: line feeds become line breaks and tabs tabs, so that a
/// report's lines stay lines; other control characters are dropped, as XML 1.0 cannot hold them.
void append_run(pugi::xml_node paragraph, std::string_view text, bool bold = false) {
    pugi::xml_node run = child(paragraph, "w:r");
    if (bold)
        child(child(run, "w:rPr"), "w:b");
    std::string pending;
    const auto flush = [&] {
        if (pending.empty())
            return;
        pugi::xml_node text_node = child(run, "w:t");
        text_node.append_attribute("xml:space") = "preserve";
        text_node.text().set(pending.c_str());
        pending.clear();
    };
    for (const char character : text) {
        if (character == '\n') {
            flush();
            child(run, "w:br");
        } else if (character == '\t') {
            flush();
            child(run, "w:tab");
        } else if (static_cast<unsigned char>(character) >= 0x20) {
            pending += character;
        }
    }
    flush();
}

pugi::xml_node styled_paragraph(pugi::xml_node body, const char* style) {
    pugi::xml_node paragraph = child(body, "w:p");
    valued(child(paragraph, "w:pPr"), "w:pStyle", style);
    return paragraph;
}

const char* style_id(ParagraphStyle style) {
    switch (style) {
    case ParagraphStyle::Normal:
        return "Normal";
    case ParagraphStyle::Subtitle:
        return "Subtitle";
    case ParagraphStyle::Note:
        return "Note";
    }
    return "Normal";
}

void append_border(pugi::xml_node borders, const char* side) {
    pugi::xml_node border = valued(borders, side, "single");
    border.append_attribute("w:sz") = 4;
    border.append_attribute("w:space") = 0;
    border.append_attribute("w:color") = k_border_color;
}

/// A twips measure: `<name w:w="..." w:type="dxa"/>`.
void append_width(pugi::xml_node parent, const char* name, int twips) {
    pugi::xml_node width = child(parent, name);
    width.append_attribute("w:w") = twips;
    width.append_attribute("w:type") = "dxa";
}

enum class VerticalMerge { None, Start, Continue };

/// A cell as add_table() lays it out.
struct Cell {
    std::string_view text;
    int width = 0;
    CellAlignment alignment = CellAlignment::Left;
    bool heading = false;
    int span = 1; // columns
    VerticalMerge merge = VerticalMerge::None;
};

void append_cell(pugi::xml_node row, const Cell& cell, TableSize size) {
    pugi::xml_node element = child(row, "w:tc");
    pugi::xml_node properties = child(element, "w:tcPr");
    append_width(properties, "w:tcW", cell.width);
    if (cell.span > 1)
        valued(properties, "w:gridSpan", std::to_string(cell.span));
    if (cell.merge == VerticalMerge::Start)
        valued(properties, "w:vMerge", "restart");
    else if (cell.merge == VerticalMerge::Continue)
        child(properties, "w:vMerge");
    if (cell.heading) {
        pugi::xml_node shading = valued(properties, "w:shd", "clear");
        shading.append_attribute("w:color") = "auto";
        shading.append_attribute("w:fill") = k_heading_row_fill;
        valued(properties, "w:vAlign", "bottom");
    }
    pugi::xml_node paragraph = child(element, "w:p");
    pugi::xml_node paragraph_properties = child(paragraph, "w:pPr");
    std::string style = cell.heading ? "TableHeading" : "TableText";
    if (size == TableSize::Compact)
        style += "Compact";
    valued(paragraph_properties, "w:pStyle", style);
    if (cell.alignment == CellAlignment::Right)
        valued(paragraph_properties, "w:jc", "right");
    else if (cell.span > 1)
        valued(paragraph_properties, "w:jc", "center");
    if (!cell.text.empty())
        append_run(paragraph, cell.text);
}

pugi::xml_node heading_row(pugi::xml_node table) {
    pugi::xml_node row = child(table, "w:tr");
    pugi::xml_node properties = child(row, "w:trPr");
    child(properties, "w:cantSplit");
    child(properties, "w:tblHeader");
    return row;
}

/// The heading rows: one with the columns' headings, or, when columns are grouped, one with the
/// groups' headings over a second with their columns' (an ungrouped column's heading spans both).
void append_heading_rows(pugi::xml_node table, const WordTable& content,
                         const std::vector<int>& widths) {
    const auto& columns = content.columns;
    const bool grouped =
        std::any_of(columns.begin(), columns.end(),
                    [](const WordTableColumn& column) { return !column.group.empty(); });
    pugi::xml_node first = heading_row(table);
    if (!grouped) {
        for (std::size_t index = 0; index < columns.size(); ++index)
            append_cell(first,
                        Cell{columns[index].heading, widths[index], columns[index].alignment, true},
                        content.size);
        return;
    }
    pugi::xml_node second = heading_row(table);
    for (std::size_t index = 0; index < columns.size();) {
        const WordTableColumn& column = columns[index];
        if (column.group.empty()) {
            append_cell(first,
                        Cell{column.heading, widths[index], column.alignment, true, 1,
                             VerticalMerge::Start},
                        content.size);
            append_cell(second,
                        Cell{"", widths[index], column.alignment, true, 1, VerticalMerge::Continue},
                        content.size);
            ++index;
            continue;
        }
        std::size_t end = index;
        int width = 0;
        while (end < columns.size() && columns[end].group == column.group) {
            append_cell(second,
                        Cell{columns[end].heading, widths[end], columns[end].alignment, true},
                        content.size);
            width += widths[end++];
        }
        append_cell(
            first,
            Cell{column.group, width, CellAlignment::Left, true, static_cast<int>(end - index)},
            content.size);
        index = end;
    }
}

/// A field Word computes (PAGE, NUMPAGES), showing `shown` until it does.
void append_simple_field(pugi::xml_node paragraph, const char* instruction, const char* shown) {
    pugi::xml_node field = child(paragraph, "w:fldSimple");
    field.append_attribute("w:instr") = instruction;
    append_run(field, shown);
}

void append_field_character(pugi::xml_node paragraph, const char* type) {
    pugi::xml_node character = child(child(paragraph, "w:r"), "w:fldChar");
    character.append_attribute("w:fldCharType") = type;
    if (std::string_view(type) == "begin")
        character.append_attribute("w:dirty") = "true";
}

std::string serialized(const pugi::xml_document& document) {
    std::ostringstream stream;
    document.save(stream, "", pugi::format_raw, pugi::encoding_utf8);
    return stream.str();
}

pugi::xml_node declared_root(pugi::xml_document& document, const char* name) {
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    declaration.append_attribute("standalone") = "yes";
    return document.append_child(name);
}

std::string footer_xml(const std::string& text) {
    pugi::xml_document document;
    pugi::xml_node footer = declared_root(document, "w:ftr");
    footer.append_attribute("xmlns:w") = k_main_namespace;
    pugi::xml_node paragraph = styled_paragraph(footer, "Footer");
    append_run(paragraph, text.empty() ? "Sida " : text + "   Sida ");
    append_simple_field(paragraph, " PAGE ", "1");
    append_run(paragraph, " (");
    append_simple_field(paragraph, " NUMPAGES ", "1");
    append_run(paragraph, ")");
    return serialized(document);
}

std::string core_properties_xml(const WordProperties& properties) {
    pugi::xml_document document;
    pugi::xml_node core = declared_root(document, "cp:coreProperties");
    core.append_attribute("xmlns:cp") =
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    core.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    core.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
    core.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    child(core, "dc:title").text().set(properties.title.c_str());
    child(core, "dc:creator").text().set(properties.author.c_str());
    child(core, "dc:language").text().set("sv-SE");
    pugi::xml_node created = child(core, "dcterms:created");
    created.append_attribute("xsi:type") = "dcterms:W3CDTF";
    created.text().set((format_iso(properties.created) + "T00:00:00Z").c_str());
    return serialized(document);
}

} // namespace

WordDocument::WordDocument(PageOrientation orientation)
    : m_document(std::make_unique<pugi::xml_document>()), m_orientation(orientation) {
    pugi::xml_node root = declared_root(*m_document, "w:document");
    root.append_attribute("xmlns:w") = k_main_namespace;
    root.append_attribute("xmlns:r") = k_relationships_namespace;
    // DrawingML's, for pictures.
    root.append_attribute("xmlns:wp") =
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    root.append_attribute("xmlns:a") = "http://schemas.openxmlformats.org/drawingml/2006/main";
    root.append_attribute("xmlns:pic") = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    child(root, "w:body");
}

WordDocument::~WordDocument() = default;

void WordDocument::add_title(std::string_view text) {
    append_run(styled_paragraph(body(), "Title"), text);
}

void WordDocument::add_heading(int level, std::string_view text, PageBreak page_break) {
    const int outline_level = std::clamp(level, 1, 3);
    const std::string style = "Heading" + std::to_string(outline_level);
    pugi::xml_node paragraph = styled_paragraph(body(), style.c_str());
    if (page_break == PageBreak::Before)
        child(paragraph.child("w:pPr"), "w:pageBreakBefore");
    // The bookmark is where the table of contents links to and takes the page number from.
    const int bookmark_id = static_cast<int>(m_headings.size());
    const std::string bookmark = "_Toc" + std::to_string(k_first_bookmark + bookmark_id);
    pugi::xml_node start = child(paragraph, "w:bookmarkStart");
    start.append_attribute("w:id") = bookmark_id;
    start.append_attribute("w:name") = bookmark.c_str();
    append_run(paragraph, text);
    child(paragraph, "w:bookmarkEnd").append_attribute("w:id") = bookmark_id;
    m_headings.push_back(Heading{outline_level, std::string(text), bookmark});
}

void WordDocument::add_paragraph(std::string_view text, ParagraphStyle style) {
    append_run(styled_paragraph(body(), style_id(style)), text);
}

void WordDocument::add_labelled_paragraph(std::string_view label, std::string_view text) {
    pugi::xml_node paragraph = styled_paragraph(body(), "Normal");
    append_run(paragraph, std::string(label) + ": ", true);
    append_run(paragraph, text);
}

void WordDocument::add_table_of_contents(std::string_view heading) {
    append_run(styled_paragraph(body(), "TOCHeading"), heading);
    // A complex field, marked dirty, so that Word rebuilds it on opening as it does any field
    // under updateFields; \h links the entries, \z hides page numbers on the web, \u takes
    // paragraphs' outline levels. Its entries are written in package(), once the headings are
    // known.
    pugi::xml_node paragraph = child(body(), "w:p");
    append_field_character(paragraph, "begin");
    pugi::xml_node instruction = child(child(paragraph, "w:r"), "w:instrText");
    instruction.append_attribute("xml:space") = "preserve";
    const std::string levels = "1-" + std::to_string(k_contents_depth);
    instruction.text().set((R"( TOC \o ")" + levels + R"(" \h \z \u )").c_str());
    append_field_character(paragraph, "separate");
    append_field_character(paragraph, "end");
}

void WordDocument::add_table(const WordTable& table) {
    const int total_weight = std::accumulate(
        table.columns.begin(), table.columns.end(), 0,
        [](int sum, const WordTableColumn& column) { return sum + std::max(column.width, 1); });
    const int width = text_width();
    std::vector<int> column_widths;
    for (const WordTableColumn& column : table.columns)
        column_widths.push_back(width * std::max(column.width, 1) / std::max(total_weight, 1));

    // Word joins two tables with nothing between them into one.
    if (std::string_view(body().last_child().name()) == "w:tbl")
        child(body(), "w:p");
    pugi::xml_node element = child(body(), "w:tbl");
    pugi::xml_node properties = child(element, "w:tblPr");
    valued(properties, "w:tblStyle", "TableGrid");
    append_width(properties, "w:tblW", width);
    // The borders are also set on the table itself: LibreOffice does not take them from a
    // table style.
    pugi::xml_node borders = child(properties, "w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        append_border(borders, side);
    // Fixed: the columns keep the widths given, rather than following the longest word.
    child(properties, "w:tblLayout").append_attribute("w:type") = "fixed";
    pugi::xml_node margins = child(properties, "w:tblCellMar");
    append_width(margins, "w:left", k_cell_side_margin);
    append_width(margins, "w:right", k_cell_side_margin);
    pugi::xml_node look = valued(properties, "w:tblLook", "04A0");
    look.append_attribute("w:firstRow") = 1;
    look.append_attribute("w:noVBand") = 1;

    pugi::xml_node grid = child(element, "w:tblGrid");
    for (const int column_width : column_widths)
        child(grid, "w:gridCol").append_attribute("w:w") = column_width;

    append_heading_rows(element, table, column_widths);
    for (const auto& row : table.rows) {
        pugi::xml_node row_element = child(element, "w:tr");
        child(child(row_element, "w:trPr"), "w:cantSplit");
        for (std::size_t index = 0; index < table.columns.size(); ++index) {
            const std::string_view text = index < row.size() ? row[index] : std::string_view();
            append_cell(row_element,
                        Cell{text, column_widths[index], table.columns[index].alignment},
                        table.size);
        }
    }
}

void WordDocument::add_png_image(std::string png, double width, double height,
                                 std::string_view description) {
    m_png_images.push_back(std::move(png));
    const std::size_t number = m_png_images.size();
    pugi::xml_node paragraph = styled_paragraph(body(), "Normal");
    append_inline_picture(child(paragraph, "w:r"),
                          WordPicture{word_image_relationship(number), static_cast<int>(number),
                                      "image" + std::to_string(number) + ".png",
                                      std::string(description), width, height});
}

void WordDocument::add_page_break() {
    child(child(child(body(), "w:p"), "w:r"), "w:br").append_attribute("w:type") = "page";
}

void WordDocument::start_section(PageOrientation orientation) {
    // A section's properties are in its last paragraph, except the last section's, which end
    // the body.
    append_section_properties(child(child(body(), "w:p"), "w:pPr"));
    m_orientation = orientation;
    m_first_section = false;
}

tl::expected<std::string, std::string> WordDocument::package(const WordProperties& properties) && {
    // Word wants the body to end with a paragraph, not a table.
    if (std::string_view(body().last_child().name()) == "w:tbl")
        child(body(), "w:p");
    append_section_properties(body());
    fill_table_of_contents();
    std::vector<ZipEntry> entries;
    entries.push_back({"[Content_Types].xml", std::string(word_content_types_xml())});
    entries.push_back({"_rels/.rels", std::string(word_package_relationships_xml())});
    entries.push_back({"word/document.xml", serialized(*m_document)});
    entries.push_back(
        {"word/_rels/document.xml.rels", word_document_relationships_xml(m_png_images.size())});
    for (std::size_t index = 0; index < m_png_images.size(); ++index)
        entries.push_back({word_image_part(index + 1), std::move(m_png_images[index])});
    entries.push_back({"word/styles.xml", std::string(word_styles_xml())});
    entries.push_back({"word/settings.xml", std::string(word_settings_xml())});
    entries.push_back({"word/footer1.xml", footer_xml(properties.footer)});
    entries.push_back({"docProps/core.xml", core_properties_xml(properties)});
    return zip_archive(entries);
}

// LibreOffice shows a table of contents as the document stored it and does not rebuild it on
// opening (7.4), so the entries are written here as Word would, a paragraph per heading linked
// to the heading's bookmark, but without page numbers: only a program that lays out the pages
// knows them, and LibreOffice leaves a page reference in a stored table of contents empty.
void WordDocument::fill_table_of_contents() {
    pugi::xml_node paragraph = body().select_node("w:p[w:r/w:instrText]").node();
    if (!paragraph || m_headings.empty())
        return;
    // The field's end moves behind the last entry.
    const pugi::xml_node end = paragraph.last_child();
    bool first = true;
    for (const Heading& heading : m_headings) {
        if (heading.level > k_contents_depth)
            continue;
        if (!first)
            paragraph = body().insert_child_after("w:p", paragraph);
        first = false;
        const std::string style = "TOC" + std::to_string(heading.level);
        valued(paragraph.prepend_child("w:pPr"), "w:pStyle", style);
        pugi::xml_node link = child(paragraph, "w:hyperlink");
        link.append_attribute("w:anchor") = heading.bookmark.c_str();
        link.append_attribute("w:history") = 1;
        append_run(link, heading.text);
    }
    paragraph.append_move(end);
}

pugi::xml_node WordDocument::body() const {
    return m_document->document_element().child("w:body");
}

int WordDocument::text_width() const {
    const int page_width =
        m_orientation == PageOrientation::Portrait ? k_a4_short_side : k_a4_long_side;
    return page_width - 2 * k_page_margin;
}

void WordDocument::append_section_properties(pugi::xml_node parent) const {
    pugi::xml_node section = child(parent, "w:sectPr");
    pugi::xml_node footer = child(section, "w:footerReference");
    footer.append_attribute("w:type") = "default";
    footer.append_attribute("r:id") = std::string(k_word_footer_relationship).c_str();
    pugi::xml_node size = child(section, "w:pgSz");
    const bool landscape = m_orientation == PageOrientation::Landscape;
    size.append_attribute("w:w") = landscape ? k_a4_long_side : k_a4_short_side;
    size.append_attribute("w:h") = landscape ? k_a4_short_side : k_a4_long_side;
    if (landscape)
        size.append_attribute("w:orient") = "landscape";
    pugi::xml_node margins = child(section, "w:pgMar");
    for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"})
        margins.append_attribute(side) = k_page_margin;
    margins.append_attribute("w:header") = k_header_footer_distance;
    margins.append_attribute("w:footer") = k_header_footer_distance;
    margins.append_attribute("w:gutter") = 0;
    // The cover, the first page of the first section, has no footer.
    if (m_first_section)
        child(section, "w:titlePg");
}

} // namespace finsam
