#pragma once

#include "domain/Date.h"

#include <memory>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <vector>

namespace pugi {
class xml_document;
class xml_node;
} // namespace pugi

namespace finsam {

// A Word document (.docx, WordprocessingML) built paragraph by paragraph: the few kinds of
// paragraph and table a generated report needs, on A4 pages with Word's built-in heading
// styles, so that Word's navigation pane and table of contents and LibreOffice's outline see
// the headings. Text is plain UTF-8: a line feed is a line break, a tab a tab, and other
// control characters (which XML cannot hold) are dropped.

enum class PageOrientation { Portrait, Landscape };
enum class CellAlignment { Left, Right };
enum class PageBreak { No, Before };
enum class ParagraphStyle {
    Normal,
    Subtitle, // the cover's lines under the title
    Note,     // small print under a table: what ".." and the marks mean
};

enum class TableSize {
    Normal,
    Compact, // smaller text, for a table of many columns
};

struct WordTableColumn {
    std::string heading;
    int width = 1; // the column's share of the table's width, relative to the others
    CellAlignment alignment = CellAlignment::Left;
    /// A heading over this column and its neighbours of the same group ("Deltagare" over
    /// "Totalt", "Kvinnor"...); empty for a column of its own.
    std::string group = {};
};

/// A table whose heading rows repeat at the top of every page it runs over.
struct WordTable {
    std::vector<WordTableColumn> columns;
    std::vector<std::vector<std::string>> rows; // one text per column
    TableSize size = TableSize::Normal;
};

/// What docProps/core.xml and the footer say about the document.
struct WordProperties {
    std::string title;
    std::string author;
    Date created;
    std::string footer; // left of the page number
};

class WordDocument {
public:
    explicit WordDocument(PageOrientation orientation = PageOrientation::Portrait);
    ~WordDocument();
    WordDocument(const WordDocument&) = delete;
    WordDocument& operator=(const WordDocument&) = delete;

    void add_title(std::string_view text);
    /// A heading of level 1 to 3 (styles Heading1 to Heading3).
    void add_heading(int level, std::string_view text, PageBreak page_break = PageBreak::No);
    void add_paragraph(std::string_view text, ParagraphStyle style = ParagraphStyle::Normal);
    /// A paragraph that starts with a bold label: "Huvudman: " then the text.
    void add_labelled_paragraph(std::string_view label, std::string_view text);
    /// A table of contents of the headings of levels 1 and 2 (the parts of a report and the
    /// items in them; level 3 would list every item's sub-headings), under a heading of its own
    /// that is not in it: a field Word rebuilds, with page numbers, when it opens the document,
    /// written with an entry per heading for programs that do not rebuild it.
    void add_table_of_contents(std::string_view heading);
    void add_table(const WordTable& table);
    /// A PNG image in a paragraph of its own, `width` × `height` points on the page, with
    /// `description` as its alternative text; stored as word/media/imageN.png.
    void add_png_image(std::string png, double width, double height, std::string_view description);
    void add_page_break();
    /// Ends the current section: what follows starts on a new page of `orientation`.
    void start_section(PageOrientation orientation);

    /// The .docx file's bytes; the builder is spent. The error (English, for logs) is from the
    /// zip archive.
    tl::expected<std::string, std::string> package(const WordProperties& properties) &&;

private:
    struct Heading {
        int level;
        std::string text;
        std::string bookmark;
    };

    pugi::xml_node body() const;
    void fill_table_of_contents();
    int text_width() const;
    void append_section_properties(pugi::xml_node parent) const;

    std::unique_ptr<pugi::xml_document> m_document;
    PageOrientation m_orientation;
    bool m_first_section = true;
    std::vector<Heading> m_headings;
    std::vector<std::string> m_png_images; // image N's bytes at index N - 1
};

} // namespace finsam
