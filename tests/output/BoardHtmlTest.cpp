#include "output/BoardHtml.h"

#include "BoardTestDocument.h"
#include "TestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <pugixml.hpp>
#include <set>
#include <stdexcept>

namespace finsam {
namespace {

using testing::board_test_document;
using testing::BoardCopy;

std::filesystem::path board_template() {
    return testing::templates_dir().parent_path() / "board" / "board-report.mustache";
}

std::string rendered(BoardCopy copy) {
    return BoardHtml(board_template()).render(board_test_document(copy));
}

/// The rendered report read as XML: the template keeps its markup well-formed, so an XML
/// parser sees the structure a browser builds.
class ParsedReport {
public:
    explicit ParsedReport(BoardCopy copy) : m_html(rendered(copy)) {
        const pugi::xml_parse_result result = m_document.load_string(m_html.c_str());
        EXPECT_TRUE(result) << result.description() << " at " << result.offset;
    }

    const std::string& html() const { return m_html; }
    const pugi::xml_document& document() const { return m_document; }

    pugi::xpath_node_set all(const std::string& xpath) const {
        return m_document.select_nodes(xpath.c_str());
    }
    pugi::xml_node one(const std::string& xpath) const {
        return m_document.select_node(xpath.c_str()).node();
    }

private:
    std::string m_html;
    pugi::xml_document m_document;
};

/// The text of an element and everything inside it, as a screen reader would meet it.
std::string all_text(const pugi::xml_node& node) {
    std::string text;
    for (const pugi::xml_node& child : node.children()) {
        if (child.type() == pugi::node_pcdata)
            text += child.value();
        else if (child.type() == pugi::node_element)
            text += all_text(child);
    }
    return text;
}

std::vector<std::string> texts(const pugi::xpath_node_set& nodes) {
    std::vector<std::string> result;
    for (const pugi::xpath_node& node : nodes)
        result.push_back(all_text(node.node()));
    return result;
}

/// The summary table's cell in the row of `insats`, under the column named `column`.
pugi::xml_node summary_cell(const ParsedReport& report, const std::string& insats,
                            const std::string& column) {
    const pugi::xml_node table = report.one("//section[@id='sammanstallning']//table");
    std::size_t column_index = 0;
    bool found = false;
    for (const pugi::xml_node& header : table.child("thead").child("tr").children("th")) {
        if (all_text(header) == column) {
            found = true;
            break;
        }
        ++column_index;
    }
    EXPECT_TRUE(found) << "no column " << column;
    for (const pugi::xml_node& row : table.child("tbody").children("tr")) {
        if (all_text(row.first_child()) != insats)
            continue;
        std::size_t index = 0;
        for (const pugi::xml_node& cell : row.children()) {
            if (cell.type() == pugi::node_element && index++ == column_index)
                return cell;
        }
    }
    ADD_FAILURE() << "no row for " << insats;
    return {};
}

TEST(BoardHtmlTest, IsAStandaloneSwedishHtmlDocument) {
    const ParsedReport report(BoardCopy::Board);
    EXPECT_TRUE(report.html().starts_with("<!DOCTYPE html>"));
    EXPECT_STREQ(report.one("/html").attribute("lang").value(), "sv");
    EXPECT_STREQ(report.one("/html/head/meta[@charset]").attribute("charset").value(), "utf-8");
    EXPECT_EQ(all_text(report.one("/html/head/title")),
              "Projektredovisning 2022 halvår 1 – Samordningsförbundet Gävleborg");
    // No stylesheet, script or image is fetched from elsewhere.
    EXPECT_TRUE(report.all("//link | //script | //img").empty());
}

TEST(BoardHtmlTest, ShowsTheCover) {
    const ParsedReport report(BoardCopy::Board);
    const pugi::xml_node cover = report.one("//header[@class='cover']");
    EXPECT_EQ(all_text(cover.child("h1")), "Projektredovisning");
    const std::string text = all_text(cover);
    EXPECT_NE(text.find("Samordningsförbundet Gävleborg"), std::string::npos) << text;
    EXPECT_NE(text.find("Period: 2022 halvår 1 (2022-01-01 – 2022-06-30)"), std::string::npos)
        << text;
    EXPECT_NE(text.find("Upprättad 2022-09-15"), std::string::npos) << text;
    EXPECT_EQ(text.find("Kansliets exemplar"), std::string::npos) << text;
}

TEST(BoardHtmlTest, PlacesEachInsatsInTheGroupOfItsKindInOrder) {
    const ParsedReport report(BoardCopy::Board);
    EXPECT_EQ(
        texts(report.all("//main/section/h2")),
        (std::vector<std::string>{"Sammanställning", "Individinriktade insatser",
                                  "Strukturinriktade insatser", "Övriga insatser", "Lärdomar"}));
    EXPECT_EQ(
        texts(report.all("//section[@id='individinriktade-insatser']/article[@class='insats']/h3")),
        std::vector<std::string>{testing::k_board_individual});
    EXPECT_EQ(texts(report.all(
                  "//section[@id='strukturinriktade-insatser']/article[@class='insats']/h3")),
              std::vector<std::string>{testing::k_board_structural});
    EXPECT_EQ(texts(report.all("//section[@id='ovriga-insatser']/article[@class='insats']/h3")),
              std::vector<std::string>{testing::k_board_other});
}

TEST(BoardHtmlTest, LeavesOutTheGroupOfUnknownKindWhenEmpty) {
    BoardDocument document = board_test_document(BoardCopy::Board);
    std::erase_if(document.interventions, [](const BoardIntervention& insats) {
        return insats.kind == InterventionKind::Unknown;
    });
    const std::string html = BoardHtml(board_template()).render(document);
    EXPECT_EQ(html.find("Övriga insatser"), std::string::npos);
}

TEST(BoardHtmlTest, ShowsAnInsatsOwnerPeriodSourceAndSections) {
    const ParsedReport report(BoardCopy::Board);
    const pugi::xml_node part = report.one("//article[@id='insats-1']");
    EXPECT_EQ(texts(part.select_nodes("dl/dd")),
              (std::vector<std::string>{"Sandvikens kommun", "2021-01-01 – 2023-02-28"}));
    EXPECT_EQ(all_text(part.select_node("p[@class='source']").node()),
              "Källa: Slutrapport 2021-01-01 – 2023-02-28");
    EXPECT_EQ(texts(part.select_nodes("div[@class='text']/h4")),
              (std::vector<std::string>{"Bakgrund", "Syfte"}));
    // Bakgrund's two paragraphs, split at the blank line; Syfte says it is the kansli's text.
    EXPECT_EQ(texts(part.select_nodes("div[@class='text']/p[not(@class)]")),
              (std::vector<std::string>{"Många står långt från arbetsmarknaden.",
                                        testing::k_board_script_text,
                                        "Att öka deltagarnas aktivitetsnivå."}));
    EXPECT_EQ(part.select_nodes("div[@class='text']/p[@class='edited']").size(), 1U);
    const pugi::xml_node without_report = report.one("//article[@id='insats-2']");
    EXPECT_EQ(all_text(without_report.select_node("p[@class='source']").node()),
              "Ingen rapport från perioden att visa.");
    EXPECT_EQ(all_text(without_report.select_node("dl/dd[2]").node()), "Ej angiven");
}

TEST(BoardHtmlTest, EscapesEveryText) {
    const ParsedReport report(BoardCopy::Board);
    // Both texts with a script element come out as text: the page holds no script element.
    EXPECT_EQ(report.html().find("<script"), std::string::npos);
    EXPECT_TRUE(report.all("//script").empty());
    EXPECT_EQ(all_text(report.one("//article[@id='insats-2']/h3")), testing::k_board_structural);
    EXPECT_NE(report.html().find("&lt;script&gt;alert(1)&lt;"), std::string::npos);
    EXPECT_NE(report.html().find("Region Gävleborg &amp; Hudiksvalls kommun"), std::string::npos);
}

TEST(BoardHtmlTest, WritesAHiddenCountAsTwoDotsNeverItsNumber) {
    const ParsedReport report(BoardCopy::Board);
    const pugi::xml_node men = summary_cell(report, testing::k_board_individual, "Män");
    EXPECT_EQ(all_text(men), "..");
    EXPECT_STREQ(men.child("abbr").attribute("title").value(), "Uppgiften visas inte");
    EXPECT_EQ(all_text(summary_cell(report, testing::k_board_individual,
                                    "Avslutade till arbete eller studier")),
              "..");
    EXPECT_EQ(all_text(summary_cell(report, testing::k_board_individual, "Kvinnor")), "20");
    // The goal whose outcome is hidden.
    const pugi::xml_node goal_row =
        report.one("//article[@id='insats-1']//table/tbody/tr[th='Totalt 45 deltagare']");
    EXPECT_EQ(texts(goal_row.select_nodes("td")),
              (std::vector<std::string>{"45", "..", "Efter plan", "→ oförändrat"}));
}

TEST(BoardHtmlTest, ExplainsTheTwoDotsWithTheThreshold) {
    const ParsedReport report(BoardCopy::Board);
    const std::vector<std::string> notes =
        texts(report.all("//section[@id='sammanstallning']/p[@class='note']"));
    EXPECT_EQ(notes, std::vector<std::string>{".. = uppgiften visas inte: färre än 5 deltagare, "
                                              "eller en uppgift som skulle avslöja ett sådant "
                                              "antal."});
    EXPECT_EQ(report.all("//article[@id='insats-1']/p[@class='note']").size(), 1U);
    // An insats whose goals hold no hidden figure has no note.
    EXPECT_TRUE(report.all("//article[@id='insats-2']/p[@class='note']").empty());
}

TEST(BoardHtmlTest, MarksTheKansliCopysFiguresBySignNotOnlyByColour) {
    const ParsedReport report(BoardCopy::Kansli);
    const pugi::xml_node men = summary_cell(report, testing::k_board_individual, "Män");
    EXPECT_EQ(all_text(men), "3* (visas inte för styrelsen)");
    EXPECT_STREQ(men.attribute("class").value(), "number marked");
    EXPECT_EQ(all_text(summary_cell(report, testing::k_board_individual, "Aktiva")),
              "12† (läst ur texten, ej bekräftad)");
    const std::vector<std::string> notes =
        texts(report.all("//section[@id='sammanstallning']/p[@class='note']"));
    EXPECT_EQ(notes, (std::vector<std::string>{
                         "* = visas inte för styrelsen: färre än 5 deltagare, eller en uppgift "
                         "som skulle avslöja ett sådant antal.",
                         "† = läst ur rapportens text, ej bekräftad av kansliet."}));
    EXPECT_NE(all_text(report.one("//header[@class='cover']")).find("Kansliets exemplar"),
              std::string::npos);
}

TEST(BoardHtmlTest, FormatsTheSummaryInSwedish) {
    const ParsedReport report(BoardCopy::Board);
    const std::string individual = testing::k_board_individual;
    EXPECT_EQ(all_text(summary_cell(report, individual, "Beviljade medel")),
              "1\u202f200\u202f000 kr");
    EXPECT_EQ(all_text(summary_cell(report, individual, "Utnyttjade medel")), "964\u202f997 kr");
    EXPECT_EQ(all_text(summary_cell(report, individual, "Inriktning")), "Individinriktad");
    EXPECT_EQ(all_text(summary_cell(report, individual, "Period")), "2021-01-01 – 2023-02-28");
    EXPECT_EQ(all_text(summary_cell(report, individual, "Mål uppnådda")),
              "1 av 3 (1 kan inte bedömas)");
    EXPECT_EQ(all_text(summary_cell(report, individual, "Rapporter som saknas")), "1");
    const std::string structural = testing::k_board_structural;
    EXPECT_EQ(all_text(summary_cell(report, structural, "Mål uppnådda")), "Inga mål");
    EXPECT_EQ(all_text(summary_cell(report, structural, "Utnyttjade medel")), "Uppgift saknas");
    EXPECT_EQ(all_text(summary_cell(report, testing::k_board_other, "Insatsägare")), "Ej angiven");
}

TEST(BoardHtmlTest, ShowsGoalsAsPercentOrCount) {
    const ParsedReport report(BoardCopy::Board);
    const pugi::xml_node table = report.one("//article[@id='insats-1']//table");
    EXPECT_EQ(all_text(table.child("caption")), "Mål för Kärnhuset 2.0");
    EXPECT_EQ(texts(table.select_nodes("thead/tr/th")),
              (std::vector<std::string>{"Mål", "Målvärde", "Utfall", "Status", "Trend"}));
    EXPECT_EQ(texts(table.select_nodes("tbody/tr[1]/*")),
              (std::vector<std::string>{"30 % av deltagarna har fått arbete eller påbörjat studier",
                                        "30\u00a0%", "25\u00a0%", "På väg", "↑ ökar"}));
    EXPECT_EQ(
        texts(table.select_nodes("tbody/tr[3]/td")),
        (std::vector<std::string>{"Uppgift saknas", "Uppgift saknas", "Kan inte bedömas", "–"}));
}

TEST(BoardHtmlTest, LinksTheTableOfContentsToEveryPart) {
    const ParsedReport report(BoardCopy::Kansli);
    std::set<std::string> ids;
    for (const pugi::xpath_node& node : report.all("//*[@id]"))
        EXPECT_TRUE(ids.insert(node.node().attribute("id").value()).second)
            << "id twice: " << node.node().attribute("id").value();
    const pugi::xpath_node_set links = report.all("//a[starts-with(@href, '#')]");
    EXPECT_FALSE(links.empty());
    for (const pugi::xpath_node& link : links) {
        const std::string target = std::string(link.node().attribute("href").value()).substr(1);
        EXPECT_TRUE(ids.contains(target)) << "no id " << target;
    }
    EXPECT_EQ(texts(report.all("//nav[@class='toc']//a")),
              (std::vector<std::string>{"Sammanställning", "Individinriktade insatser",
                                        testing::k_board_individual, "Strukturinriktade insatser",
                                        testing::k_board_structural, "Övriga insatser",
                                        testing::k_board_other, "Lärdomar",
                                        "Att se över innan rapporten går till styrelsen"}));
    // The summary's rows link to their insatser's parts.
    EXPECT_STREQ(
        report.one("//section[@id='sammanstallning']//tbody/tr[1]/th/a").attribute("href").value(),
        "#insats-1");
}

TEST(BoardHtmlTest, KeepsHeadingsInOrder) {
    const ParsedReport report(BoardCopy::Kansli);
    int previous = 0;
    int first_level_headings = 0;
    for (const pugi::xpath_node& node : report.all("//h1 | //h2 | //h3 | //h4 | //h5 | //h6")) {
        const int level = node.node().name()[1] - '0';
        EXPECT_LE(level, previous + 1) << all_text(node.node()) << " follows a level " << previous;
        first_level_headings += level == 1 ? 1 : 0;
        previous = level;
    }
    EXPECT_EQ(first_level_headings, 1);
}

TEST(BoardHtmlTest, GivesEveryTableACaptionAndItsHeaderCellsAScope) {
    const ParsedReport report(BoardCopy::Kansli);
    const pugi::xpath_node_set tables = report.all("//table");
    // The summary, two insatser's goals and one's chart's values.
    EXPECT_EQ(tables.size(), 4U);
    for (const pugi::xpath_node& table : tables)
        EXPECT_FALSE(all_text(table.node().child("caption")).empty());
    for (const pugi::xpath_node& header : report.all("//th"))
        EXPECT_TRUE(header.node().attribute("scope")) << all_text(header.node());
    EXPECT_EQ(report.all("//thead//th[@scope='col']").size(), 14U + 5U + 5U + 1U + 3U);
}

TEST(BoardHtmlTest, ListsTheLessonsByInsats) {
    const ParsedReport report(BoardCopy::Board);
    const pugi::xml_node lessons = report.one("//section[@id='lardomar']");
    EXPECT_EQ(texts(lessons.select_nodes("section/h3")),
              (std::vector<std::string>{testing::k_board_individual, testing::k_board_structural}));
    EXPECT_EQ(texts(lessons.select_nodes("section/div/h4")),
              (std::vector<std::string>{"Framgångsfaktorer", "Identifierade systemfel"}));
    EXPECT_EQ(all_text(lessons.select_node("section[2]/div/p").node()),
              "Långa väntetider i vården.");
}

TEST(BoardHtmlTest, ListsWhatNeedsAttentionOnlyInTheKansliCopy) {
    const ParsedReport kansli(BoardCopy::Kansli);
    const pugi::xml_node attention = kansli.one("//section[@id='att-se-over']");
    EXPECT_EQ(all_text(attention.child("h2")), "Att se över innan rapporten går till styrelsen");
    EXPECT_EQ(texts(attention.select_nodes("ul/li")),
              (std::vector<std::string>{"Kärnhuset 2.0: Kvartalsrapport 2022 kvartal 2 saknas",
                                        "Två insatser anger olika antal deltagare."}));

    // The board's copy has neither the part nor a link to it, even from a model that holds
    // an item.
    BoardDocument document = board_test_document(BoardCopy::Board);
    document.attention.push_back(BoardAttention{"", testing::k_board_missing_report});
    const std::string board = BoardHtml(board_template()).render(document);
    EXPECT_EQ(board.find("Att se över"), std::string::npos);
    EXPECT_EQ(board.find("att-se-over"), std::string::npos);
    EXPECT_EQ(board.find(testing::k_board_missing_report), std::string::npos);
}

TEST(BoardHtmlTest, SaysSoWhenTheKansliHasNothingToLookAt) {
    BoardDocument document = board_test_document(BoardCopy::Kansli);
    document.attention.clear();
    const std::string html = BoardHtml(board_template()).render(document);
    EXPECT_NE(html.find("<p>Inget att se över.</p>"), std::string::npos);
}

TEST(BoardHtmlTest, ShowsAnInsatsChartAsAnSvgFigureWithItsValuesInATable) {
    const ParsedReport report(BoardCopy::Board);
    const pugi::xml_node figure = report.one("//article[@id='insats-1']/figure[@class='chart']");
    ASSERT_TRUE(figure);
    const pugi::xml_node heading =
        report.one("//h4[@id='" + std::string(figure.attribute("aria-labelledby").value()) + "']");
    EXPECT_EQ(all_text(heading), "Nyckeltal per kvartal");
    const pugi::xml_node svg = figure.child("svg");
    ASSERT_TRUE(svg);
    EXPECT_STREQ(svg.attribute("role").value(), "img");
    EXPECT_EQ(all_text(svg.child("title")),
              "Linjediagram över Deltagare totalt, Aktiva och Avslutade, K4 2021 – K2 2022.");
    EXPECT_FALSE(svg.select_nodes(".//*[local-name()='path']").empty());
    // Only the insats that has a chart shows one.
    EXPECT_EQ(report.all("//figure").size(), 1U);

    const pugi::xml_node table = figure.select_node(".//table").node();
    EXPECT_EQ(texts(table.select_nodes("thead/tr/th")),
              (std::vector<std::string>{"Nyckeltal", "K4 2021", "K1 2022", "K2 2022"}));
    EXPECT_EQ(texts(table.select_nodes("tbody/tr[th='Avslutade']/td")),
              (std::vector<std::string>{"5", "..", "11"}));
    EXPECT_EQ(texts(figure.select_nodes("figcaption/span")),
              (std::vector<std::string>{
                  ".. = uppgiften visas inte: färre än 5 deltagare, eller en uppgift som skulle "
                  "avslöja ett sådant antal."}));
    // Without a hidden point there is nothing to explain.
    const ParsedReport kansli(BoardCopy::Kansli);
    EXPECT_FALSE(kansli.one("//figure/figcaption"));
}

TEST(BoardHtmlTest, NeverWritesAHiddenPointsValue) {
    const ParsedReport report(BoardCopy::Board);
    // Neither as text nor in the drawing's title: the drawing's numbers are glyphs' shapes.
    EXPECT_EQ(all_text(report.one("/html/body")).find(testing::k_board_hidden_chart_text),
              std::string::npos);
}

TEST(BoardHtmlTest, PrintsOnA4WithEachInsatsOnANewPage) {
    const ParsedReport report(BoardCopy::Board);
    const std::string style = all_text(report.one("/html/head/style"));
    for (const char* rule :
         {"@page { size: A4;", "@media print", ".insats + .insats { break-before: page;",
          "tr { break-inside: avoid;", "thead { display: table-header-group; }"})
        EXPECT_NE(style.find(rule), std::string::npos) << rule;
}

TEST(BoardHtmlTest, RefusesATemplateThatIsNotThere) {
    const testing::TemporaryDirectory directory;
    EXPECT_THROW(BoardHtml(directory.path() / "missing.mustache"), std::runtime_error);
}

TEST(BoardHtmlTest, ShowsASurveysShareWithItsAnswersAndAChangeInSteps) {
    BoardDocument document = board_test_document(BoardCopy::Board);
    BoardGoal share{"70 % mår bättre",   70.0,          72.0, true, false, false,
                    GoalStatus::Reached, Trend::Unknown};
    share.answer_count = 25;
    BoardGoal change{"Hälsan ökar 1,5 steg", 1.5,           1.8, false, false, false,
                     GoalStatus::Reached,    Trend::Unknown};
    change.steps = true;
    const BoardGoal hidden{"80 % rekommenderar",  80.0,          std::nullopt, true, true, false,
                           GoalStatus::NotJudged, Trend::Unknown};
    document.interventions.at(1).goals = {share, change, hidden};
    const std::string html = BoardHtml(board_template()).render(document);
    pugi::xml_document parsed;
    ASSERT_TRUE(parsed.load_string(html.c_str()));

    const auto row = [&](const std::string& goal) {
        return texts(parsed.select_nodes(
            ("//article[@id='insats-2']//table/tbody/tr[th='" + goal + "']/td").c_str()));
    };
    EXPECT_EQ(
        row("70 % mår bättre"),
        (std::vector<std::string>{"70\u00a0%", "72\u00a0% (n\u00a0=\u00a025)", "Uppnått", "–"}));
    EXPECT_EQ(row("Hälsan ökar 1,5 steg"),
              (std::vector<std::string>{"+1,5\u00a0steg", "+1,8\u00a0steg", "Uppnått", "–"}));
    EXPECT_EQ(row("80 % rekommenderar"),
              (std::vector<std::string>{"80\u00a0%", "..", "Kan inte bedömas", "–"}));
}

} // namespace
} // namespace finsam
