#include "output/BoardDocx.h"

#include "BoardTestDocument.h"
#include "TestSupport.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <gtest/gtest.h>
#include <memory>
#include <pugixml.hpp>
#include <utility>
#include <zip.h>

namespace finsam {
namespace {

using namespace std::chrono;

constexpr std::string_view k_escaped_text = "Samverkan <&> lärande: \"bra\" och 'mer'";

/// A .docx file opened as the zip archive it is, to read its XML parts.
class DocxPackage {
public:
    explicit DocxPackage(std::string bytes) : m_bytes(std::move(bytes)) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(m_bytes.data(), m_bytes.size(), 0, &error);
        m_archive.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
        if (!m_archive)
            zip_source_free(source);
        zip_error_fini(&error);
    }

    bool is_open() const { return m_archive != nullptr; }
    bool has_part(const char* name) const { return zip_name_locate(m_archive.get(), name, 0) >= 0; }

    /// A part's bytes, or "" (and a failure) when it is not there.
    std::string bytes(const char* name) const {
        zip_stat_t stat;
        if (zip_stat(m_archive.get(), name, 0, &stat) != 0) {
            ADD_FAILURE() << "no part " << name;
            return {};
        }
        std::string content(static_cast<std::size_t>(stat.size), '\0');
        zip_file_t* entry = zip_fopen(m_archive.get(), name, 0);
        if (entry == nullptr) {
            ADD_FAILURE() << "cannot open part " << name;
            return {};
        }
        const zip_int64_t read = zip_fread(entry, content.data(), content.size());
        zip_fclose(entry);
        EXPECT_EQ(read, static_cast<zip_int64_t>(content.size())) << name;
        return content;
    }

    pugi::xml_document part(const char* name) const {
        pugi::xml_document document;
        EXPECT_TRUE(document.load_string(bytes(name).c_str())) << name;
        return document;
    }

private:
    struct ArchiveDiscarder {
        void operator()(zip_t* archive) const { zip_discard(archive); }
    };

    std::string m_bytes;
    std::unique_ptr<zip_t, ArchiveDiscarder> m_archive;
};

BoardCount count(double value) {
    return BoardCount{value};
}

BoardCount hidden_count(double value) {
    BoardCount hidden{value};
    hidden.hidden = true;
    return hidden;
}

/// Two insatser, one individual and one structural, with a hidden count (3 women) in the
/// board's copy; in the kansli's copy that count shows, starred, and one is unconfirmed. The
/// individual one has a chart, with a hidden point in the board's copy.
BoardDocument sample_document(bool kansli_copy) {
    BoardDocument document;
    document.title = "Projektredovisning";
    document.association = "Samordningsförbundet Älvdalen";
    document.period = Period{2022y / January / 1d, 2022y / December / 31d};
    document.period_label = "2022";
    document.made_on = 2023y / February / 14d;
    document.kansli_copy = kansli_copy;

    BoardSummaryRow farm;
    farm.name = "Gårdsinsatsen";
    farm.owner = "Älvdalens kommun";
    farm.period = Period{2021y / March / 1d, 2022y / August / 31d};
    farm.kind = InterventionKind::Individual;
    farm.granted_sek = 1200000;
    farm.used_sek = 1150500;
    farm.participants_total = count(12);
    farm.participants_active = count(5);
    farm.participants_ended = count(7);
    farm.women = kansli_copy ? count(3) : hidden_count(3);
    farm.women.marked = kansli_copy;
    farm.men = count(9);
    farm.ended_to_work_or_studies = count(6);
    farm.ended_to_work_or_studies.unconfirmed = true;
    farm.goals_reached = 1;
    farm.goals_judged = 2;
    farm.goals = 2;
    farm.reports_missing = 1;

    BoardSummaryRow meetings;
    meetings.name = "Samverkansmöten i länet";
    meetings.owner = "Region Älvdalen";
    meetings.kind = InterventionKind::Structural;
    meetings.granted_sek = 400000;

    document.summary = {farm, meetings};

    BoardIntervention farm_part;
    farm_part.name = farm.name;
    farm_part.owner = farm.owner;
    farm_part.period = farm.period;
    farm_part.kind = InterventionKind::Individual;
    farm_part.source = "Slutrapport 2021-03-01 – 2022-08-31";
    farm_part.sections = {
        BoardSection{"bakgrund", "Bakgrund",
                     "Unga vuxna står långt från arbetsmarknaden.\n\nGården ger struktur.", false},
        BoardSection{"resultat", "Resultat", std::string(k_escaped_text), kansli_copy}};
    BoardGoal work_goal{"30 % av deltagarna har fått arbete eller börjat studera", 30.0, 50.0,
                        true};
    work_goal.status = GoalStatus::Reached;
    work_goal.trend = Trend::Up;
    work_goal.unconfirmed = true;
    BoardGoal women_goal{"Hälften av deltagarna är kvinnor", 6.0, 3.0, false};
    women_goal.outcome_hidden = !kansli_copy;
    if (women_goal.outcome_hidden)
        women_goal.outcome.reset();
    women_goal.status = GoalStatus::Behind;
    farm_part.goals = {work_goal, women_goal};
    farm_part.chart = testing::board_test_chart(kansli_copy ? testing::BoardCopy::Kansli
                                                            : testing::BoardCopy::Board);

    BoardIntervention meetings_part;
    meetings_part.name = meetings.name;
    meetings_part.owner = meetings.owner;
    meetings_part.kind = InterventionKind::Structural;
    meetings_part.sections = {BoardSection{"syfte", "Syfte", "Att parterna möts.", false}};

    document.interventions = {farm_part, meetings_part};
    document.lessons = {BoardLessons{
        farm.name, {BoardSection{"framgang", "Framgångsfaktorer", "Djuren och naturen.", false}}}};
    if (kansli_copy)
        document.attention = {BoardAttention{farm.name, "Kvartalsrapport 2022 kvartal 2 saknas"}};
    return document;
}

DocxPackage written(const BoardDocument& document) {
    auto bytes = board_report_docx(document);
    EXPECT_TRUE(bytes.has_value()) << bytes.error();
    return DocxPackage(std::move(bytes).value_or(std::string()));
}

/// The text of a paragraph or cell: its w:t elements, w:br as a line feed.
std::string text_of(const pugi::xml_node& node) {
    std::string text;
    for (const pugi::xpath_node& piece : node.select_nodes(".//w:t | .//w:br"))
        text += std::string_view(piece.node().name()) == "w:br" ? "\n" : piece.node().text().get();
    return text;
}

/// The headings of levels 1 and 2 as "Heading1 text", in order.
std::vector<std::string> headings(const pugi::xml_document& document) {
    std::vector<std::string> found;
    for (const pugi::xpath_node& paragraph :
         document.select_nodes("//w:p[w:pPr/w:pStyle[@w:val='Heading1' or @w:val='Heading2']]")) {
        found.push_back(
            std::string(
                paragraph.node().child("w:pPr").child("w:pStyle").attribute("w:val").value()) +
            " " + text_of(paragraph.node()));
    }
    return found;
}

std::vector<pugi::xml_node> tables(const pugi::xml_document& document) {
    std::vector<pugi::xml_node> found;
    for (const pugi::xpath_node& table : document.select_nodes("//w:tbl"))
        found.push_back(table.node());
    return found;
}

/// A table's cell texts, row by row.
std::vector<std::vector<std::string>> cells(const pugi::xml_node& table) {
    std::vector<std::vector<std::string>> rows;
    for (const pugi::xml_node& row : table.children("w:tr")) {
        rows.emplace_back();
        for (const pugi::xml_node& cell : row.children("w:tc"))
            rows.back().push_back(text_of(cell));
    }
    return rows;
}

std::string all_text(const pugi::xml_document& document) {
    std::string text;
    for (const pugi::xpath_node& piece : document.select_nodes("//w:t"))
        text += std::string(piece.node().text().get()) + "\n";
    return text;
}

TEST(BoardDocxTest, WritesTheHeadingsWithWordsHeadingStylesInOrder) {
    const DocxPackage package = written(sample_document(false));
    ASSERT_TRUE(package.is_open());
    EXPECT_EQ(
        headings(package.part("word/document.xml")),
        (std::vector<std::string>{"Heading1 Sammanställning", "Heading1 Individinriktade insatser",
                                  "Heading2 Gårdsinsatsen", "Heading1 Strukturinriktade insatser",
                                  "Heading2 Samverkansmöten i länet", "Heading1 Lärdomar",
                                  "Heading2 Gårdsinsatsen"}));
}

TEST(BoardDocxTest, DefinesTheHeadingStylesWithOutlineLevelsForTheNavigationPane) {
    const DocxPackage package = written(sample_document(false));
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document styles = package.part("word/styles.xml");
    for (int level = 1; level <= 3; ++level) {
        const std::string id = "Heading" + std::to_string(level);
        const pugi::xml_node style =
            styles.select_node(("//w:style[@w:styleId='" + id + "']").c_str()).node();
        ASSERT_TRUE(style) << id;
        EXPECT_EQ(style.child("w:name").attribute("w:val").value(),
                  "heading " + std::to_string(level));
        EXPECT_EQ(style.child("w:pPr").child("w:outlineLvl").attribute("w:val").as_int(-1),
                  level - 1);
    }
    EXPECT_STREQ(styles.select_node("//w:docDefaults//w:lang").node().attribute("w:val").value(),
                 "sv-SE");
}

TEST(BoardDocxTest, WritesEachSectionAsAHeadingAndItsParagraphs) {
    const DocxPackage package = written(sample_document(false));
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document document = package.part("word/document.xml");
    std::vector<std::string> texts;
    for (const pugi::xpath_node& paragraph : document.select_nodes("/w:document/w:body/w:p"))
        texts.push_back(text_of(paragraph.node()));
    const auto background = std::find(texts.begin(), texts.end(), "Bakgrund");
    ASSERT_NE(background, texts.end());
    ASSERT_GE(std::distance(background, texts.end()), 3);
    EXPECT_EQ(*(background + 1), "Unga vuxna står långt från arbetsmarknaden.");
    EXPECT_EQ(*(background + 2), "Gården ger struktur.");
    EXPECT_NE(std::find(texts.begin(), texts.end(), k_escaped_text), texts.end());
    EXPECT_NE(std::find(texts.begin(), texts.end(), "Huvudman: Älvdalens kommun"), texts.end());
}

TEST(BoardDocxTest, WritesAHiddenCountAsTwoDotsAndItsNumberNowhere) {
    const DocxPackage package = written(sample_document(false));
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document document = package.part("word/document.xml");
    const auto summary = cells(tables(document).at(0));
    ASSERT_EQ(summary.size(), 4u); // two heading rows
    EXPECT_EQ(summary[0].at(5), "Deltagare");
    EXPECT_EQ(summary[1].at(9), "Kvinnor");
    EXPECT_EQ(summary[2].at(9), "..");
    EXPECT_EQ(summary[2].at(10), "9");
    const auto goals = cells(tables(document).at(1));
    EXPECT_EQ(goals[2].at(2), "..");
    for (const auto& table : tables(document)) {
        for (const auto& row : cells(table)) {
            for (const auto& text : row)
                EXPECT_NE(text, "3");
        }
    }
    EXPECT_EQ(all_text(document).find("Hälften av deltagarna är kvinnor\n3"), std::string::npos);
}

TEST(BoardDocxTest, WritesASurveysShareWithItsAnswersAndAChangeInSteps) {
    BoardDocument document = sample_document(false);
    BoardGoal share{"70 % mår bättre",   70.0,          72.0, true, false, false,
                    GoalStatus::Reached, Trend::Unknown};
    share.answer_count = 25;
    BoardGoal change{"Hälsan ökar",       1.5,           1.8, false, false, false,
                     GoalStatus::Reached, Trend::Unknown};
    change.steps = true;
    document.interventions.at(0).goals = {share, change};
    const DocxPackage package = written(document);
    ASSERT_TRUE(package.is_open());

    const auto goals = cells(tables(package.part("word/document.xml")).at(1));
    ASSERT_EQ(goals.size(), 3u); // the heading row first
    EXPECT_EQ(goals[1].at(1), "70\u00a0%");
    EXPECT_EQ(goals[1].at(2), "72\u00a0% (n\u00a0=\u00a025)");
    EXPECT_EQ(goals[2].at(1), "+1,5\u00a0steg");
    EXPECT_EQ(goals[2].at(2), "+1,8\u00a0steg");
}

TEST(BoardDocxTest, LeavesTheKanslisMarksOutOfTheBoardsCopy) {
    const DocxPackage package = written(sample_document(false));
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document document = package.part("word/document.xml");
    const std::string text = all_text(document);
    EXPECT_EQ(text.find("*"), std::string::npos);
    EXPECT_EQ(text.find("†"), std::string::npos);
    EXPECT_EQ(text.find("Att se över"), std::string::npos);
    EXPECT_EQ(text.find("Saknade rapporter"), std::string::npos);
    EXPECT_EQ(cells(tables(document).at(0))[2].at(11), "6");
}

TEST(BoardDocxTest, MarksFiguresAndListsWhatToLookAtInTheKanslisCopy) {
    const DocxPackage package = written(sample_document(true));
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document document = package.part("word/document.xml");
    const auto summary = cells(tables(document).at(0));
    EXPECT_EQ(summary[0].at(7), "Saknade rapporter");
    EXPECT_EQ(summary[2].at(9), "3*");
    EXPECT_EQ(summary[2].at(11), "6†");
    EXPECT_EQ(summary[2].at(12), "1 av 2");
    EXPECT_EQ(summary[2].at(13), "1");
    EXPECT_EQ(cells(tables(document).at(1))[1].at(2), "50\u00a0%†");
    const auto found = headings(document);
    EXPECT_EQ(found.back(), "Heading1 Att se över innan rapporten går till styrelsen");
    EXPECT_NE(all_text(document).find("Kvartalsrapport 2022 kvartal 2 saknas"), std::string::npos);
    EXPECT_NE(all_text(document).find("* Uppgiften visas inte i styrelsens exemplar."),
              std::string::npos);
}

TEST(BoardDocxTest, RepeatsEveryTablesHeadingRowAndAlignsNumbersRight) {
    const DocxPackage package = written(sample_document(false));
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document document = package.part("word/document.xml");
    const auto found = tables(document);
    ASSERT_EQ(found.size(), 2u); // the summary and the one insats's goals
    for (const auto& table : found) {
        EXPECT_TRUE(table.child("w:tr").child("w:trPr").child("w:tblHeader"));
        EXPECT_TRUE(table.child("w:tblPr").child("w:tblBorders").child("w:insideH"));
    }
    // The summary's group headings ("Deltagare") are a second heading row, repeated too.
    EXPECT_TRUE(found[0].select_node("w:tr[2]/w:trPr/w:tblHeader"));
    EXPECT_FALSE(found[0].select_node("w:tr[3]/w:trPr/w:tblHeader"));
    const pugi::xml_node granted = found[0].select_node("w:tr[3]/w:tc[5]").node();
    EXPECT_EQ(text_of(granted), "1\u00a0200\u00a0000");
    EXPECT_STREQ(granted.select_node(".//w:jc").node().attribute("w:val").value(), "right");
    EXPECT_FALSE(found[0].select_node("w:tr[3]/w:tc[1]//w:jc"));
}

TEST(BoardDocxTest, PutsTheSummaryOnALandscapePageAndTheRestOnPortraitA4) {
    const DocxPackage package = written(sample_document(false));
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document document = package.part("word/document.xml");
    std::vector<std::string> sizes;
    for (const pugi::xpath_node& size : document.select_nodes("//w:sectPr/w:pgSz"))
        sizes.push_back(std::string(size.node().attribute("w:w").value()) + "x" +
                        size.node().attribute("w:h").value());
    EXPECT_EQ(sizes, (std::vector<std::string>{"11906x16838", "16838x11906", "11906x16838"}));
    for (const pugi::xpath_node& section : document.select_nodes("//w:sectPr"))
        EXPECT_TRUE(section.node().child("w:footerReference"));
}

TEST(BoardDocxTest, HasATableOfContentsAndPageNumbersThatFillInOnOpening) {
    const DocxPackage package = written(sample_document(false));
    ASSERT_TRUE(package.is_open());
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                             "docProps/core.xml"})
        EXPECT_TRUE(package.has_part(part)) << part;
    const pugi::xml_document document = package.part("word/document.xml");
    EXPECT_STREQ(document.select_node("//w:instrText").node().text().get(),
                 R"( TOC \o "1-2" \h \z \u )");
    // For LibreOffice, which does not rebuild it, the field holds an entry per heading of
    // levels 1 and 2, each linked to its heading's bookmark.
    std::vector<std::string> entries;
    for (const pugi::xpath_node& link : document.select_nodes("//w:p/w:hyperlink")) {
        const std::string anchor = link.node().attribute("w:anchor").value();
        const pugi::xml_node heading =
            document.select_node(("//w:p[w:bookmarkStart/@w:name='" + anchor + "']").c_str())
                .node();
        EXPECT_EQ(text_of(heading), text_of(link.node())) << anchor;
        entries.push_back(
            std::string(
                link.node().parent().child("w:pPr").child("w:pStyle").attribute("w:val").value()) +
            " " + text_of(link.node()));
    }
    EXPECT_EQ(entries, (std::vector<std::string>{
                           "TOC1 Sammanställning", "TOC1 Individinriktade insatser",
                           "TOC2 Gårdsinsatsen", "TOC1 Strukturinriktade insatser",
                           "TOC2 Samverkansmöten i länet", "TOC1 Lärdomar", "TOC2 Gårdsinsatsen"}));
    const pugi::xml_document settings = package.part("word/settings.xml");
    EXPECT_STREQ(settings.select_node("//w:updateFields").node().attribute("w:val").value(),
                 "true");
    const pugi::xml_document footer = package.part("word/footer1.xml");
    EXPECT_STREQ(footer.select_node("//w:fldSimple").node().attribute("w:instr").value(), " PAGE ");
    const pugi::xml_document core = package.part("docProps/core.xml");
    EXPECT_STREQ(core.select_node("//dc:title").node().text().get(), "Projektredovisning 2022");
    EXPECT_STREQ(core.select_node("//dcterms:created").node().text().get(), "2023-02-14T00:00:00Z");
}

TEST(BoardDocxTest, ShowsAnInsatsChartAsAPngPictureWithItsValuesAsAlternativeText) {
    const DocxPackage package = written(sample_document(false));
    ASSERT_TRUE(package.is_open());
    ASSERT_TRUE(package.has_part("word/media/image1.png"));
    EXPECT_EQ(package.bytes("word/media/image1.png").substr(0, 8),
              std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_FALSE(package.has_part("word/media/image2.png")); // one insats has a chart

    const pugi::xml_document types = package.part("[Content_Types].xml");
    EXPECT_STREQ(types.select_node("//*[local-name()='Default'][@Extension='png']")
                     .node()
                     .attribute("ContentType")
                     .value(),
                 "image/png");

    const pugi::xml_document document = package.part("word/document.xml");
    const pugi::xpath_node_set drawings = document.select_nodes("//w:drawing");
    ASSERT_EQ(drawings.size(), 1U);
    const pugi::xml_node drawing = drawings.first().node();
    // The picture follows the heading that names it, after the goals.
    const pugi::xml_node heading = drawing.parent().parent().previous_sibling("w:p");
    EXPECT_EQ(text_of(heading), "Nyckeltal per kvartal");
    EXPECT_STREQ(heading.child("w:pPr").child("w:pStyle").attribute("w:val").value(), "Heading3");

    const std::string description =
        drawing.select_node("wp:inline/wp:docPr").node().attribute("descr").value();
    EXPECT_EQ(description.rfind("Linjediagram över Deltagare totalt, Aktiva och Avslutade", 0), 0U);
    EXPECT_NE(description.find("Avslutade: K4 2021 5, K1 2022 visas inte, K2 2022 11."),
              std::string::npos);
    EXPECT_EQ(description.find(testing::k_board_hidden_chart_text), std::string::npos);
    // 16 cm wide, in English Metric Units.
    EXPECT_EQ(drawing.select_node("wp:inline/wp:extent").node().attribute("cx").as_llong(),
              453LL * 12700);

    // The picture's reference leads to the image part.
    const std::string embed = drawing.select_node(".//a:blip").node().attribute("r:embed").value();
    const pugi::xml_document relationships = package.part("word/_rels/document.xml.rels");
    const pugi::xml_node relationship =
        relationships.select_node(("//*[local-name()='Relationship'][@Id='" + embed + "']").c_str())
            .node();
    ASSERT_TRUE(relationship) << embed;
    EXPECT_STREQ(relationship.attribute("Target").value(), "media/image1.png");
    EXPECT_STREQ(relationship.attribute("Type").value(),
                 "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
}

bool has_libreoffice() {
    return std::system("command -v soffice >/dev/null 2>&1") == 0;
}

TEST(BoardDocxTest, KeepsItsHeadingsAsHeadingsThroughLibreOffice) {
    if (!has_libreoffice())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed; scripts/test.sh installs it";
    const testing::TemporaryDirectory folder;
    const auto docx = folder.path() / "projektredovisning.docx";
    const auto bytes = board_report_docx(sample_document(true));
    ASSERT_TRUE(bytes.has_value()) << bytes.error();
    testing::write_file(docx, *bytes);
    // A private profile: parallel test runs must not share LibreOffice's lock.
    const std::string command = "soffice -env:UserInstallation=file://" +
                                (folder.path() / "profile").string() +
                                " --headless --convert-to odt --outdir '" + folder.path().string() +
                                "' '" + docx.string() + "' >/dev/null 2>&1";
    // LibreOffice may end its first start with a new profile after creating the profile
    // (exit status 81) without converting anything; the second start converts.
    ASSERT_TRUE(std::system(command.c_str()) == 0 || std::system(command.c_str()) == 0);
    const auto odt = folder.path() / "projektredovisning.odt";
    ASSERT_TRUE(std::filesystem::exists(odt));

    const DocxPackage converted(testing::read_file(odt)); // an ODF file is a zip archive too
    ASSERT_TRUE(converted.is_open());
    const std::string text = converted.bytes("content.xml");
    pugi::xml_document content;
    ASSERT_TRUE(content.load_string(text.c_str()));
    std::vector<std::string> outline;
    for (const pugi::xpath_node& heading : content.select_nodes("//text:h")) {
        const int level = heading.node().attribute("text:outline-level").as_int();
        if (level == 1 || level == 2)
            outline.push_back(std::to_string(level) + " " + heading.node().text().get());
    }
    EXPECT_EQ(outline,
              (std::vector<std::string>{
                  "1 Sammanställning", "1 Individinriktade insatser", "2 Gårdsinsatsen",
                  "1 Strukturinriktade insatser", "2 Samverkansmöten i länet", "1 Lärdomar",
                  "2 Gårdsinsatsen", "1 Att se över innan rapporten går till styrelsen"}));
    EXPECT_NE(text.find("Samverkan &lt;&amp;&gt; lärande"), std::string::npos);
    EXPECT_NE(text.find("<table:table-header-rows>"), std::string::npos);
    // The chart survives as a picture with its description.
    const pugi::xml_node frame = content.select_node("//draw:frame[draw:image]").node();
    ASSERT_TRUE(frame);
    EXPECT_EQ(std::string(frame.child("svg:desc").text().get()).rfind("Linjediagram", 0), 0U);
}

} // namespace
} // namespace finsam
