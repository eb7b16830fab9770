#include "ingest/formats/TextExtractors.h"

#include <cstdint>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <utility>
#include <zip.h>

namespace finsam {

namespace {

constexpr const char* k_document_part = "word/document.xml";
constexpr std::string_view k_ole_magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
// The stream name of a password-protected OOXML package, as UTF-16LE in the OLE directory.
constexpr std::string_view k_encrypted_package_name =
    std::string_view("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
constexpr std::size_t k_inflate_chunk_bytes = 64u * 1024u;
// What a document's share of the inflation budget is, per byte of inflated XML: the XML and
// the tree pugixml parses it into (3.3 times the XML for a 60 MB document.xml of paragraphs).
constexpr std::size_t k_budget_per_inflated_byte = 4;
// Word nests tables in tables and text boxes in paragraphs, but never this deep; a deeper
// document is hostile and would otherwise exhaust the stack.
constexpr int k_max_nesting_depth = 256;

ExtractError error(ExtractError::Code code, std::string message) {
    return ExtractError{code, std::move(message)};
}

struct ArchiveDiscarder {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct EntryCloser {
    void operator()(zip_file_t* entry) const { zip_fclose(entry); }
};
using Archive = std::unique_ptr<zip_t, ArchiveDiscarder>;
using Entry = std::unique_ptr<zip_file_t, EntryCloser>;

tl::expected<Archive, ExtractError> open_archive(std::string_view bytes) {
    zip_error_t zip_error;
    zip_error_init(&zip_error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
    zip_error_fini(&zip_error);
    if (source == nullptr) {
        return tl::unexpected(error(ExtractError::Code::Corrupt, "The Word file is not readable."));
    }
    zip_error_init(&zip_error);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &zip_error);
    zip_error_fini(&zip_error);
    if (archive == nullptr) {
        zip_source_free(source);
        return tl::unexpected(error(ExtractError::Code::Corrupt,
                                    "The Word file is damaged or truncated; save it again."));
    }
    return Archive(archive);
}

/// Inflates the document part, counting bytes as they come: the sizes in a zip's headers are
/// written by whoever made the file, so a bomb can declare a small size and inflate to gigabytes.
/// The declared size's share of the budget is taken at once, so that a reader that cannot have
/// it stops before inflating anything; without a declared size it is taken as bytes come.
tl::expected<std::string, ExtractError> read_document_part(zip_t* archive,
                                                           InflationBudget::Share& share) {
    const zip_int64_t index = zip_name_locate(archive, k_document_part, 0);
    if (index < 0) {
        return tl::unexpected(error(ExtractError::Code::Unsupported,
                                    "The file is a zip archive but not a Word document."));
    }
    const auto entry_index = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, entry_index, 0, &stat) != 0) {
        return tl::unexpected(error(ExtractError::Code::Corrupt, "The Word file is damaged."));
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
        return tl::unexpected(error(ExtractError::Code::Encrypted,
                                    "The Word file is password-protected; save a copy without "
                                    "a password."));
    }
    const auto too_large = error(ExtractError::Code::TooLarge,
                                 "The Word document inflates past the import limit; it may be a "
                                 "zip bomb.");
    const auto busy = error(ExtractError::Code::Busy,
                            "Other files being read hold the memory for inflating documents; try "
                            "again in a moment.");
    std::uint64_t limit = k_max_inflated_bytes;
    std::string xml;
    if ((stat.valid & ZIP_STAT_SIZE) != 0) {
        if (stat.size > k_max_inflated_bytes) {
            return tl::unexpected(too_large);
        }
        limit = stat.size;
        if (!share.grow(static_cast<std::size_t>(stat.size) * k_budget_per_inflated_byte)) {
            return tl::unexpected(busy);
        }
        xml.reserve(static_cast<std::size_t>(stat.size));
    }
    const Entry entry(zip_fopen_index(archive, entry_index, 0));
    if (!entry) {
        return tl::unexpected(error(ExtractError::Code::Corrupt, "The Word file is damaged."));
    }
    char buffer[k_inflate_chunk_bytes];
    while (true) {
        const zip_int64_t count = zip_fread(entry.get(), buffer, sizeof buffer);
        if (count < 0) {
            return tl::unexpected(error(ExtractError::Code::Corrupt, "The Word file is damaged."));
        }
        if (count == 0) {
            break;
        }
        if (xml.size() + static_cast<std::uint64_t>(count) > limit) {
            return tl::unexpected(too_large);
        }
        const std::size_t needed =
            (xml.size() + static_cast<std::size_t>(count)) * k_budget_per_inflated_byte;
        if (needed > share.taken() && !share.grow(needed - share.taken())) {
            return tl::unexpected(busy);
        }
        xml.append(buffer, static_cast<std::size_t>(count));
    }
    return xml;
}

bool is_named(const pugi::xml_node& node, const char* name) {
    return std::string_view(node.name()) == name;
}

bool is_switched_on(const pugi::xml_node& property) {
    const std::string_view value = property.attribute("w:val").value();
    return value != "0" && value != "false" && value != "off";
}

/// Of an mc:AlternateContent, the first mc:Choice, or the mc:Fallback when there is none.
/// Word writes a text box twice (DrawingML and VML); reading one branch reads it once.
pugi::xml_node chosen_alternative(const pugi::xml_node& alternate_content) {
    if (pugi::xml_node choice = alternate_content.child("mc:Choice")) {
        return choice;
    }
    return alternate_content.child("mc:Fallback");
}

/// Elements whose content is not body text: properties (w:pPr also holds w:tab stops),
/// deleted and moved-away revisions, field codes and content-control settings.
bool is_skipped(const pugi::xml_node& node) {
    static constexpr std::string_view k_skipped[] = {
        "w:pPr",      "w:rPr",     "w:sectPr",    "w:tblPr",    "w:tblGrid",
        "w:trPr",     "w:tcPr",    "w:sdtPr",     "w:sdtEndPr", "w:del",
        "w:moveFrom", "w:delText", "w:instrText", "w:fldData",  "w:delInstrText"};
    const std::string_view name = node.name();
    for (const std::string_view skipped : k_skipped) {
        if (name == skipped) {
            return true;
        }
    }
    return false;
}

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\n\f") == std::string_view::npos;
}

/// The outline level (1–9) of a paragraph in a heading style ("Heading2", Swedish Word's
/// "Rubrik2"; the title as 1) or with an outline level of its own; 0 for body text.
int heading_level(const pugi::xml_node& paragraph_properties) {
    const std::string_view style =
        paragraph_properties.child("w:pStyle").attribute("w:val").value();
    for (const std::string_view prefix : {"Heading", "heading", "Rubrik", "rubrik"}) {
        if (style.size() == prefix.size() + 1 && style.starts_with(prefix) && style.back() >= '1' &&
            style.back() <= '9') {
            return style.back() - '0';
        }
    }
    if (style == "Title" || style == "Rubrik") {
        return 1;
    }
    const std::string_view outline =
        paragraph_properties.child("w:outlineLvl").attribute("w:val").value();
    if (outline.size() == 1 && outline[0] >= '0' && outline[0] <= '8') {
        return outline[0] - '0' + 1;
    }
    return 0;
}

bool is_bold_run(const pugi::xml_node& run) {
    const pugi::xml_node bold = run.child("w:rPr").child("w:b");
    return bold && is_switched_on(bold);
}

/// Writes word/document.xml's body as lines: one per paragraph, one per table row with its
/// cells joined by tabs, the paragraphs of a text box after the paragraph that anchors it.
/// A body paragraph in a heading style is written as a Markdown heading ("## Resultat") and
/// one in bold throughout as Markdown bold ("**Resultat**"), so that a reader of a document
/// in no known layout finds its headings; table cells are written plain.
class DocumentTextWriter {
public:
    void write_blocks(const pugi::xml_node& parent, int depth) {
        if (!enter(depth)) {
            return;
        }
        for (const pugi::xml_node& child : parent.children()) {
            if (is_too_long()) {
                return;
            }
            if (child.type() != pugi::node_element || is_skipped(child)) {
                continue;
            }
            if (is_named(child, "w:p")) {
                write_paragraph(child, depth + 1);
            } else if (is_named(child, "w:tbl")) {
                write_table(child, depth + 1);
            } else if (is_named(child, "mc:AlternateContent")) {
                write_blocks(chosen_alternative(child), depth + 1);
            } else {
                write_blocks(child, depth + 1);
            }
        }
    }

    bool is_too_deep() const { return m_is_too_deep; }
    /// Writing stops once the text is longer than any report (k_max_text_bytes).
    bool is_too_long() const { return m_text.size() > k_max_text_bytes; }
    const std::string& text() const { return m_text; }
    std::string take_text() { return std::move(m_text); }

private:
    struct Paragraph {
        std::string text;
        bool ends_with_page_break = false;
        std::string anchored_text;
        bool has_text = false; // other than white space
        bool all_bold = true;  // every run with text is bold
    };

    bool enter(int depth) {
        if (depth > k_max_nesting_depth) {
            m_is_too_deep = true;
        }
        return !m_is_too_deep;
    }

    static void write_page_break(std::string& text) {
        if (!text.empty() && text.back() != '\n') {
            text += '\n';
        }
        text += "\f\n";
    }

    void write_paragraph(const pugi::xml_node& paragraph_node, int depth) {
        const pugi::xml_node page_break_before =
            paragraph_node.child("w:pPr").child("w:pageBreakBefore");
        if (page_break_before && is_switched_on(page_break_before) && !m_text.empty() &&
            !m_text.ends_with("\f\n")) {
            m_text += "\f\n";
        }
        Paragraph paragraph;
        collect_inline(paragraph_node, paragraph, depth);
        m_text += m_marks_headings ? marked(paragraph, heading_level(paragraph_node.child("w:pPr")))
                                   : paragraph.text;
        if (!paragraph.ends_with_page_break) {
            m_text += '\n';
        }
        m_text += paragraph.anchored_text;
    }

    void collect_inline(const pugi::xml_node& parent, Paragraph& paragraph, int depth) {
        if (!enter(depth)) {
            return;
        }
        for (const pugi::xml_node& child : parent.children()) {
            if (child.type() != pugi::node_element || is_skipped(child)) {
                continue;
            }
            const std::string_view name = child.name();
            if (name == "w:t") {
                const std::string_view text = child.text().get();
                if (!is_blank(text)) {
                    paragraph.has_text = true;
                    paragraph.all_bold = paragraph.all_bold && is_bold_run(parent);
                }
                append_inline(paragraph, text);
            } else if (name == "w:tab") {
                append_inline(paragraph, "\t");
            } else if (name == "w:br" &&
                       std::string_view(child.attribute("w:type").value()) == "page") {
                write_page_break(paragraph.text);
                paragraph.ends_with_page_break = true;
            } else if (name == "w:br" || name == "w:cr") {
                append_inline(paragraph, "\n");
            } else if (name == "w:noBreakHyphen") {
                append_inline(paragraph, "-");
            } else if (name == "w:txbxContent" || name == "w:p" || name == "w:tbl") {
                DocumentTextWriter anchored;
                anchored.m_is_too_deep = m_is_too_deep;
                anchored.write_blocks_of(child, depth + 1);
                m_is_too_deep = anchored.m_is_too_deep;
                paragraph.anchored_text += anchored.m_text;
            } else if (name == "mc:AlternateContent") {
                collect_inline(chosen_alternative(child), paragraph, depth + 1);
            } else {
                collect_inline(child, paragraph, depth + 1);
            }
        }
    }

    /// The paragraph's text with its heading or bold marker, when it is one line of text.
    static std::string marked(const Paragraph& paragraph, int level) {
        const std::string& text = paragraph.text;
        if (!paragraph.has_text || text.find_first_of("\n\f") != std::string::npos) {
            return text;
        }
        if (level > 0) {
            return std::string(static_cast<std::size_t>(level), '#') + " " + text;
        }
        if (!paragraph.all_bold) {
            return text;
        }
        const auto first = text.find_first_not_of(" \t");
        const auto last = text.find_last_not_of(" \t");
        return "**" + text.substr(first, last - first + 1) + "**";
    }

    static void append_inline(Paragraph& paragraph, std::string_view text) {
        if (!text.empty()) {
            paragraph.text += text;
            paragraph.ends_with_page_break = false;
        }
    }

    /// A text box's own paragraphs, or a stray paragraph or table where runs were expected.
    void write_blocks_of(const pugi::xml_node& node, int depth) {
        if (is_named(node, "w:p")) {
            write_paragraph(node, depth);
        } else if (is_named(node, "w:tbl")) {
            write_table(node, depth);
        } else {
            write_blocks(node, depth);
        }
    }

    void write_table(const pugi::xml_node& table, int depth) {
        if (!enter(depth)) {
            return;
        }
        for (const pugi::xml_node& child : table.children()) {
            if (is_named(child, "w:tr")) {
                write_row(child, depth + 1);
            } else if (is_named(child, "w:sdt") || is_named(child, "w:customXml")) {
                // Rows wrapped in a repeating-section content control.
                write_table(child.child("w:sdtContent") ? child.child("w:sdtContent") : child,
                            depth + 1);
            }
        }
    }

    void write_row(const pugi::xml_node& row, int depth) {
        std::string line;
        bool is_first_cell = true;
        for (const pugi::xml_node& child : row.children()) {
            pugi::xml_node cell = child;
            if (is_named(child, "w:sdt")) {
                cell = child.child("w:sdtContent").child("w:tc");
            }
            if (!is_named(cell, "w:tc")) {
                continue;
            }
            if (!is_first_cell) {
                line += '\t';
            }
            is_first_cell = false;
            line += cell_text(cell, depth + 1);
        }
        m_text += line;
        m_text += '\n';
    }

    /// A cell's paragraphs on one line: a tab or line break inside a cell would split the row.
    std::string cell_text(const pugi::xml_node& cell, int depth) {
        DocumentTextWriter cell_writer;
        cell_writer.m_is_too_deep = m_is_too_deep;
        cell_writer.m_marks_headings = false;
        cell_writer.write_blocks(cell, depth);
        m_is_too_deep = cell_writer.m_is_too_deep;
        std::string text;
        bool pending_space = false;
        for (const char character : cell_writer.m_text) {
            if (character == '\n' || character == '\t' || character == '\f') {
                pending_space = !text.empty();
                continue;
            }
            if (pending_space && text.back() != ' ' && character != ' ') {
                text += ' ';
            }
            pending_space = false;
            text += character;
        }
        return text;
    }

    std::string m_text;
    bool m_is_too_deep = false;
    bool m_marks_headings = true;
};

tl::expected<std::string, ExtractError> text_of_document_xml(std::string& xml) {
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer_inplace(
        xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!parsed) {
        return tl::unexpected(error(ExtractError::Code::Corrupt,
                                    "The Word document's text part is malformed; save it again."));
    }
    const pugi::xml_node body = document.child("w:document").child("w:body");
    DocumentTextWriter writer;
    writer.write_blocks(body, 0);
    if (writer.is_too_deep()) {
        return tl::unexpected(error(ExtractError::Code::Corrupt,
                                    "The Word document is nested too deeply to be a report."));
    }
    if (writer.is_too_long()) {
        return tl::unexpected(error(ExtractError::Code::TooLarge,
                                    "The Word document's text is longer than any report."));
    }
    if (is_blank(writer.text())) {
        return tl::unexpected(
            error(ExtractError::Code::Empty, "The Word document contains no text."));
    }
    return writer.take_text();
}

} // namespace

tl::expected<std::string, ExtractError> extract_docx_text(std::string_view bytes) {
    InflationBudget own(k_max_inflated_bytes * k_budget_per_inflated_byte);
    return extract_docx_text(bytes, own);
}

tl::expected<std::string, ExtractError> extract_docx_text(std::string_view bytes,
                                                          InflationBudget& budget) {
    if (bytes.empty()) {
        return tl::unexpected(error(ExtractError::Code::Empty, "The Word file is empty."));
    }
    if (bytes.size() > k_max_input_bytes) {
        return tl::unexpected(
            error(ExtractError::Code::TooLarge, "The Word file is larger than the import limit."));
    }
    // Word saves a password-protected .docx as an OLE compound file, not as a zip.
    if (bytes.starts_with(k_ole_magic)) {
        if (bytes.find(k_encrypted_package_name) != std::string_view::npos) {
            return tl::unexpected(error(ExtractError::Code::Encrypted,
                                        "The Word file is password-protected; save a copy "
                                        "without a password."));
        }
        return tl::unexpected(error(ExtractError::Code::Unsupported,
                                    "The file is an old Word .doc; save it as .docx or PDF."));
    }
    auto archive = open_archive(bytes);
    if (!archive) {
        return tl::unexpected(archive.error());
    }
    // The share outlives the XML and its parsed tree, which are freed when this returns.
    InflationBudget::Share share(budget);
    auto xml = read_document_part(archive->get(), share);
    if (!xml) {
        return tl::unexpected(xml.error());
    }
    return text_of_document_xml(*xml);
}

} // namespace finsam
