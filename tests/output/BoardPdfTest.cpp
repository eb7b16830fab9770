#include "output/BoardPdf.h"

#include "BoardTestDocument.h"
#include "TestSupport.h"

#include <array>
#include <cstdio>
#include <gtest/gtest.h>
#include <memory>
#include <poppler-document.h>
#include <poppler-toc.h>
#include <sstream>
#include <sys/wait.h>

namespace finsam {
namespace {

using namespace std::chrono;

// A hidden figure a renderer could leak: large enough that it cannot be a page number or part
// of a date, as a total hidden because its parts would reveal a small count can be.
constexpr double k_hidden_total = 1234;
constexpr double k_hidden_outcome = 977;

const std::string k_individual = "Kärnhuset – vägen till arbete";
const std::string k_structural = "Samverkansmodell för Hälsingland";

BoardCount count(double value) {
    return BoardCount{value, false, false, false};
}

BoardCount hidden_count(double value) {
    return BoardCount{value, true, false, false};
}

// Swedish text long enough to run over several pages, with its last words unlike the rest.
std::string long_text() {
    std::string text;
    for (int paragraph = 0; paragraph < 14; ++paragraph) {
        for (int sentence = 0; sentence < 6; ++sentence)
            text += "Deltagarna har under perioden mött handledare på gården, övat vardagens "
                    "rutiner och fått stöd i kontakten med Försäkringskassan och "
                    "Arbetsförmedlingen. ";
        text += "\n\n";
    }
    return text + "Sista stycket slutar här.";
}

BoardDocument sample_document() {
    BoardDocument document;
    document.title = "Projektredovisning";
    document.association = "Samordningsförbundet Gävleborg";
    document.period = {2022y / January / 1, 2022y / August / 31};
    document.period_label = "2022-01-01 – 2022-08-31";
    document.made_on = 2022y / September / 15;

    BoardSummaryRow individual;
    individual.name = k_individual;
    individual.intervention_id = 1;
    individual.owner = "Hudiksvalls kommun";
    individual.period = Period{2021y / October / 16, 2022y / August / 31};
    individual.kind = InterventionKind::Individual;
    individual.granted_sek = 1'200'000;
    individual.used_sek = 1'096'997;
    individual.participants_total = hidden_count(k_hidden_total);
    individual.participants_active = count(17);
    individual.participants_ended = hidden_count(3);
    individual.women = count(12);
    individual.men = hidden_count(2);
    individual.goals = 2;
    individual.goals_judged = 2;
    individual.goals_reached = 1;
    BoardSummaryRow structural;
    structural.name = k_structural;
    structural.intervention_id = 2;
    structural.owner = "Region Gävleborg";
    structural.kind = InterventionKind::Structural;
    structural.granted_sek = 350'000;
    structural.reports_missing = 1;
    document.summary = {individual, structural};

    BoardIntervention farm;
    farm.name = k_individual;
    farm.intervention_id = 1;
    farm.owner = "Hudiksvalls kommun";
    farm.period = individual.period;
    farm.kind = InterventionKind::Individual;
    farm.source = "Slutrapport 2021-10-16 – 2022-08-31";
    farm.sections = {{"bakgrund", "Bakgrund", long_text(), false},
                     {"syfte", "Syfte", "Att öka deltagarnas arbetsförmåga.", false},
                     {"resultat", "Resultat",
                      "Sju personer har fått arbete.\n\nÖvriga går "
                      "vidare till studier eller arbetsträning.",
                      true}};
    farm.goals = {{"30 % av deltagarna har fått arbete eller påbörjat studier", 30.0, 21.0, true,
                   false, false, GoalStatus::OnTheWay, Trend::Up},
                  {"Totalt 45 deltagare", 45.0, k_hidden_outcome, false, true, false,
                   GoalStatus::Reached, Trend::Unknown}};
    BoardIntervention model;
    model.name = k_structural;
    model.intervention_id = 2;
    model.owner = "Region Gävleborg";
    model.kind = InterventionKind::Structural;
    model.source = "Kvartalsrapport 2022 kvartal 2";
    model.sections = {{"syfte", "Syfte", "Gemensamma möten mellan parterna.", false}};
    document.interventions = {farm, model};

    document.lessons = {
        {k_individual,
         {{"framgangsfaktorer", "Framgångsfaktorer", "Närheten till djuren och naturen.", false}}},
        {k_structural, {{"systemfel", "Identifierade systemfel", "Långa väntetider.", false}}}};
    document.attention = {{k_structural, "Kvartalsrapport 2022 kvartal 3 saknas"}};
    return document;
}

/// A command's standard output, or nullopt when it did not run or failed.
std::optional<std::string> command_output(const std::string& command) {
    FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
    if (!pipe)
        return std::nullopt;
    std::string output;
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        output.append(buffer.data(), read);
    auto status = pclose(pipe);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return output;
}

bool poppler_tools_installed() {
    return command_output("command -v pdftotext && command -v pdffonts && command -v pdfinfo")
        .has_value();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream(text);
    std::string line;
    while (std::getline(stream, line))
        lines.push_back(line);
    return lines;
}

std::vector<std::string> words_of(const std::string& line) {
    std::vector<std::string> words;
    std::istringstream stream(line);
    std::string word;
    while (stream >> word)
        words.push_back(word);
    return words;
}

/// The PDF written to a file of the test's own and read back by poppler's tools.
class BoardPdfTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!poppler_tools_installed())
            GTEST_SKIP() << "pdftotext, pdffonts and pdfinfo (poppler-utils) are not installed";
    }

    std::string write(const BoardDocument& document) {
        auto pdf = board_report_pdf(document);
        EXPECT_TRUE(pdf.has_value()) << (pdf ? "" : pdf.error());
        if (!pdf)
            return {};
        m_bytes = *pdf;
        auto file = m_directory.path() / "projektredovisning.pdf";
        testing::write_file(file, *pdf);
        return file.string();
    }

    /// The text of each page, as pdftotext separates them by form feeds.
    static std::vector<std::string> pages_of(const std::string& file) {
        auto text = command_output("pdftotext -layout '" + file + "' -").value_or("");
        std::vector<std::string> pages;
        std::size_t start = 0;
        for (auto end = text.find('\f'); end != std::string::npos; end = text.find('\f', start)) {
            pages.push_back(text.substr(start, end - start));
            start = end + 1;
        }
        return pages;
    }

    testing::TemporaryDirectory m_directory;
    std::string m_bytes;
};

TEST_F(BoardPdfTest, PdftotextReadsTheInterventionsInSwedishAndTheHiddenCountsAsDots) {
    auto file = write(sample_document());
    auto pages = pages_of(file);
    ASSERT_GE(pages.size(), 4U);
    std::string text;
    for (const auto& page : pages)
        text += page;

    for (const auto* expected :
         {"Projektredovisning", "Samordningsförbundet Gävleborg", "Individinriktade insatser",
          "Strukturinriktade insatser", "Hudiksvalls kommun", "Att öka deltagarnas arbetsförmåga.",
          "Sista stycket slutar här.", "Lärdomar", "Närheten till djuren och naturen.",
          "Mål och utfall", "På väg", "↑ ökar", "Teckenförklaring"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected;
    EXPECT_NE(text.find("Kärnhuset – vägen"), std::string::npos);
    EXPECT_NE(text.find("Samverkansmodell för"), std::string::npos);
    EXPECT_NE(text.find(".."), std::string::npos);
    EXPECT_NE(text.find("färre än 5 deltagare"), std::string::npos);
    // pdftotext writes the narrow no-break space between thousands as a space.
    EXPECT_NE(text.find("1 200 000"), std::string::npos) << "granted funds";

    EXPECT_EQ(text.find("1234"), std::string::npos);
    EXPECT_EQ(text.find("1\u202f234"), std::string::npos);
    EXPECT_EQ(text.find("977"), std::string::npos);

    // The board's copy has neither the kansli's marks nor its list, even when handed one.
    EXPECT_EQ(text.find("Att se över"), std::string::npos);
    EXPECT_EQ(text.find("Kansliets exemplar"), std::string::npos);
    EXPECT_EQ(text.find("ej bekräftad av kansliet"), std::string::npos);
}

TEST_F(BoardPdfTest, PagesAreNumberedAndTheContentsPointsToTheRightPages) {
    auto file = write(sample_document());
    auto pages = pages_of(file);
    ASSERT_GE(pages.size(), 4U);
    auto page_count = std::to_string(pages.size());

    EXPECT_EQ(pages[0].find("Sida"), std::string::npos) << "the cover has no page number";
    for (std::size_t index = 1; index < pages.size(); ++index)
        EXPECT_NE(pages[index].find("Sida " + std::to_string(index + 1) + " av " + page_count),
                  std::string::npos)
            << "page " << index + 1;

    ASSERT_NE(pages[1].find("Innehåll"), std::string::npos);
    for (const auto& name : {std::string("Sammanställning"), std::string("Samverkansmodell"),
                             std::string("Kärnhuset"), std::string("Lärdomar")}) {
        auto listed = false;
        for (const auto& line : lines_of(pages[1])) {
            auto words = words_of(line);
            if (line.find(name) == std::string::npos || words.empty())
                continue;
            auto page = std::stoul(words.back());
            ASSERT_LE(page, pages.size()) << line;
            EXPECT_NE(pages[page - 1].find(name), std::string::npos) << name << " on " << page;
            listed = true;
        }
        EXPECT_TRUE(listed) << name;
    }
}

TEST_F(BoardPdfTest, LongTextRunsOverPagesWithNothingLostOrRepeated) {
    auto file = write(sample_document());
    auto pages = pages_of(file);
    std::size_t first = 0;
    std::size_t last = 0;
    for (std::size_t index = 0; index < pages.size(); ++index) {
        if (first == 0 && pages[index].find("Bakgrund") != std::string::npos &&
            pages[index].find("Hudiksvalls kommun") != std::string::npos)
            first = index;
        if (pages[index].find("Sista stycket") != std::string::npos)
            last = index;
    }
    ASSERT_NE(first, 0U);
    EXPECT_GT(last, first + 1);

    std::size_t sentences = 0;
    for (const auto& page : pages)
        for (auto at = page.find("Deltagarna"); at != std::string::npos;
             at = page.find("Deltagarna", at + 1))
            ++sentences;
    EXPECT_EQ(sentences, 14U * 6U);
}

TEST_F(BoardPdfTest, ALongTableRepeatsItsHeaderOnEachPageAndKeepsEachRowWhole) {
    auto document = sample_document();
    auto& goals = document.interventions[1].goals;
    for (int number = 1; number <= 70; ++number)
        goals.push_back({"Delmål " + std::to_string(number) +
                             ": fler deltagare ska ha en planering som är gemensam för parterna",
                         double(number), std::nullopt, false, false, false, GoalStatus::NotJudged,
                         Trend::Unknown});
    auto pages = pages_of(write(document));

    std::size_t pages_with_goals = 0;
    for (const auto& page : pages) {
        if (page.find("Delmål ") == std::string::npos)
            continue;
        ++pages_with_goals;
        EXPECT_NE(page.find("Målvärde"), std::string::npos) << page;
    }
    EXPECT_GE(pages_with_goals, 2U);
    // A row is whole on one page: its last words sit on the same page as its number.
    for (int number = 1; number <= 70; ++number) {
        auto label = "Delmål " + std::to_string(number) + ":";
        auto whole = 0;
        for (const auto& page : pages) {
            auto at = page.find(label);
            if (at != std::string::npos && page.find("parterna", at) != std::string::npos)
                ++whole;
        }
        EXPECT_EQ(whole, 1) << label;
    }
}

TEST_F(BoardPdfTest, DrawsAnInsatsChartAsVectorsAfterItsGoalsWithoutTheHiddenValue) {
    auto file = write(testing::board_test_document(testing::BoardCopy::Board));
    auto pages = pages_of(file);
    std::string text;
    for (const auto& page : pages)
        text += page;
    EXPECT_EQ(text.find(testing::k_board_hidden_chart_text), std::string::npos);

    auto chart_page = std::find_if(pages.begin(), pages.end(), [](const std::string& page) {
        return page.find("Nyckeltal per kvartal") != std::string::npos;
    });
    ASSERT_NE(chart_page, pages.end());
    EXPECT_EQ(std::count_if(pages.begin(), pages.end(),
                            [](const std::string& page) {
                                return page.find("Nyckeltal per kvartal") != std::string::npos;
                            }),
              1);
    // The heading, the legend, the axes and the note on one page, after the goals.
    for (const auto* expected : {"Deltagare totalt", "Aktiva", "Avslutade", "K4 2021", "K1 2022",
                                 "K2 2022", "Luckor i linjen: uppgiften visas inte"})
        EXPECT_NE(chart_page->find(expected), std::string::npos) << expected;
    EXPECT_LT(text.find("Mål och utfall"), text.find("Nyckeltal per kvartal"));
    // The values' axis runs to 30, over the values shown: the hidden one does not stretch it.
    std::vector<std::string> words;
    for (const auto& line : lines_of(*chart_page))
        for (const auto& word : words_of(line))
            words.push_back(word);
    EXPECT_NE(std::find(words.begin(), words.end(), "30"), words.end());
    for (const auto* stretched : {"200", "400", "600", "800"})
        EXPECT_EQ(std::find(words.begin(), words.end(), stretched), words.end()) << stretched;

    // Vectors, not a picture: the PDF holds no image.
    auto images = command_output("pdfimages -list '" + file + "'");
    ASSERT_TRUE(images);
    EXPECT_EQ(lines_of(*images).size(), 2U) << *images; // the listing's two header lines
}

TEST_F(BoardPdfTest, PdffontsFindsEveryFontEmbedded) {
    auto file = write(sample_document());
    auto listing = command_output("pdffonts '" + file + "'");
    ASSERT_TRUE(listing);
    auto lines = lines_of(*listing);
    ASSERT_GT(lines.size(), 2U) << *listing;
    auto dejavu = false;
    // After the two header lines, one line per font: name, type, encoding, then emb, sub,
    // uni, object number and generation.
    for (std::size_t index = 2; index < lines.size(); ++index) {
        auto words = words_of(lines[index]);
        ASSERT_GE(words.size(), 7U) << lines[index];
        EXPECT_EQ(words[words.size() - 5], "yes") << "not embedded: " << lines[index];
        dejavu = dejavu || lines[index].find("DejaVu") != std::string::npos;
    }
    EXPECT_TRUE(dejavu) << *listing;
}

TEST_F(BoardPdfTest, PdfinfoReadsTitleA4AndSeveralPages) {
    auto file = write(sample_document());
    auto info = command_output("pdfinfo '" + file + "'");
    ASSERT_TRUE(info);
    EXPECT_NE(info->find("Title:           Projektredovisning 2022-01-01 – 2022-08-31"),
              std::string::npos)
        << *info;
    EXPECT_NE(info->find("Author:          Samordningsförbundet Gävleborg"), std::string::npos);
    EXPECT_NE(info->find("(A4)"), std::string::npos) << *info;
    EXPECT_NE(info->find("CreationDate:    Thu Sep 15 00:00:00 2022"), std::string::npos) << *info;
    for (const auto& line : lines_of(*info)) {
        if (line.starts_with("Pages:")) {
            EXPECT_GE(std::stoi(words_of(line).back()), 4) << line;
        }
    }
}

TEST_F(BoardPdfTest, TheOutlineHasABookmarkPerIntervention) {
    write(sample_document());
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(m_bytes.data(), static_cast<int>(m_bytes.size())));
    ASSERT_TRUE(pdf);
    std::unique_ptr<poppler::toc> outline(pdf->create_toc());
    ASSERT_TRUE(outline);
    std::vector<std::string> chapters;
    std::vector<std::string> interventions;
    for (const auto* chapter : outline->root()->children()) {
        auto title = chapter->title().to_utf8();
        chapters.emplace_back(title.begin(), title.end());
        if (chapters.back().ends_with("insatser"))
            for (const auto* item : chapter->children()) {
                auto name = item->title().to_utf8();
                interventions.emplace_back(name.begin(), name.end());
            }
    }
    EXPECT_EQ(chapters, (std::vector<std::string>{"Sammanställning", "Individinriktade insatser",
                                                  "Strukturinriktade insatser", "Lärdomar"}));
    EXPECT_EQ(interventions, (std::vector<std::string>{k_individual, k_structural}));
}

TEST_F(BoardPdfTest, TheKansliCopyShowsItsMarksAndWhatNeedsAttention) {
    auto document = sample_document();
    document.kansli_copy = true;
    document.summary[0].participants_total = BoardCount{23, false, true, false};
    document.summary[0].women = BoardCount{12, false, false, true};
    auto pages = pages_of(write(document));
    std::string text;
    for (const auto& page : pages)
        text += page;

    for (const auto& page : pages)
        EXPECT_NE(page.find("Kansliets exemplar"), std::string::npos) << page;
    EXPECT_NE(text.find("23 *"), std::string::npos);
    EXPECT_NE(text.find("12 †"), std::string::npos);
    EXPECT_NE(text.find("Visas inte för styrelsen"), std::string::npos);
    EXPECT_NE(text.find("ej bekräftad av kansliet"), std::string::npos);
    EXPECT_NE(text.find("Texten är redigerad av kansliet."), std::string::npos);
    ASSERT_NE(pages.back().find("Att se över innan rapporten går till styrelsen"),
              std::string::npos);
    EXPECT_NE(pages.back().find("Kvartalsrapport 2022 kvartal 3 saknas"), std::string::npos);
}

std::size_t occurrences(const std::string& text, std::string_view word) {
    std::size_t count = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
        ++count;
    return count;
}

TEST_F(BoardPdfTest, TwoInsatserOfOneNameEachKeepTheirOwnRowInTheirGroupsTables) {
    auto distinct = sample_document();
    std::string distinct_text;
    for (const auto& page : pages_of(write(distinct)))
        distinct_text += page;

    // An insats continued under its old name is another insats: rows are matched by id.
    auto same_name = distinct;
    same_name.summary[1].name = k_individual;
    same_name.interventions[1].name = k_individual;
    std::string same_name_text;
    for (const auto& page : pages_of(write(same_name)))
        same_name_text += page;

    for (const auto* owner : {"Hudiksvalls kommun", "Region Gävleborg"})
        EXPECT_EQ(occurrences(same_name_text, owner), occurrences(distinct_text, owner)) << owner;
}

} // namespace
} // namespace finsam
