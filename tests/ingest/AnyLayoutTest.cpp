// Documents in no template's layout (other förbund's reports) are kept as övriga rapporter:
// one fixture per kind of document in tests/ingest/fixtures/any-layout, and a Word file with
// bold headings built here.
#include "TestSupport.h"
#include "domain/Text.h"
#include "formats/ZipBuilder.h"
#include "ingest/Importer.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::chrono;

class AnyLayoutTest : public ::testing::Test {
protected:
    AnyLayoutTest() : m_reader(*load_templates(testing::templates_dir())) {}

    DocumentReading read_fixture(const std::string& name) const {
        return m_reader.read(testing::read_file(testing::fixture("any-layout/" + name)));
    }

    ReportReader m_reader;
};

bool has_warning(const Report& report, std::string_view code) {
    return std::any_of(report.warnings.begin(), report.warnings.end(),
                       [&](const Warning& warning) { return warning.code == code; });
}

std::vector<std::string> section_ids(const Report& report) {
    std::vector<std::string> ids;
    for (const auto& section : report.sections)
        ids.push_back(section.id);
    return ids;
}

std::optional<double> figure(const Report& report, Measure measure) {
    for (const auto& found : report.figures) {
        if (found.measure == measure && found.category.empty())
            return found.value;
    }
    return std::nullopt;
}

std::optional<double> gender_figure(const Report& report, Measure measure) {
    for (const auto& found : report.figures) {
        if (found.measure == measure)
            return found.value;
    }
    return std::nullopt;
}

/// What every document read without a template has: kept as one or more övriga rapporter,
/// with sections, a warning that says so, and no error.
void expect_kept_without_template(const DocumentReading& reading, std::size_t reports) {
    EXPECT_TRUE(reading.errors.empty()) << reading.errors.front();
    EXPECT_EQ(reading.document_kind, ReportKind::Other);
    ASSERT_EQ(reading.reports.size(), reports);
    for (const auto& report : reading.reports) {
        EXPECT_EQ(report.kind, ReportKind::Other);
        EXPECT_FALSE(report.sections.empty());
        EXPECT_TRUE(has_warning(report, "read_without_template"));
    }
}

TEST_F(AnyLayoutTest, ALagesrapportArticleIsReadByItsMarkdownHeadings) {
    const auto reading = read_fixture("lagesrapport-artikel.md");

    expect_kept_without_template(reading, 1);
    const auto& report = reading.reports[0];
    EXPECT_EQ(report.intervention.name, "Kompassen") << "from the title";
    EXPECT_EQ(report.intervention.owner, "Exempeldalens kommun, Arbetsmarknadsenheten");
    EXPECT_EQ(report.period.start, year{2025} / 1 / 1) << "januari–juni 2025";
    EXPECT_EQ(report.period.end, year{2025} / 6 / 30);
    EXPECT_EQ(section_ids(report),
              (std::vector<std::string>{"lagesrapport-for-kompassen-januari-juni", "bakgrund",
                                        "sa-arbetar-vi", "resultat", "lardomar"}));
    EXPECT_EQ(report.sections[3].title, "Resultat hittills");
    EXPECT_EQ(report.sections[4].text.find("Det som gör skillnad är tiden."), 0u);
    EXPECT_EQ(figure(report, Measure::ParticipantsTotal), 27);
    EXPECT_EQ(figure(report, Measure::EndedToWork), 6);
    EXPECT_EQ(figure(report, Measure::EndedToStudies), 3);
    EXPECT_FALSE(has_warning(report, "missing_field"));
    EXPECT_FALSE(has_warning(report, "period_missing"));
}

TEST_F(AnyLayoutTest, AnAnnualReportIsSplitIntoItsInsatser) {
    const auto reading = read_fixture("arsredovisning-insatser.txt");

    // It names "Individinriktade insatser", a phrase of the projektredovisning template,
    // whose layout (an owner label on a line of its own) it does not have.
    expect_kept_without_template(reading, 4);
    std::vector<std::string> names;
    for (const auto& report : reading.reports) {
        names.push_back(report.intervention.name);
        EXPECT_EQ(report.period.start, year{2024} / 1 / 1) << "the annual report's year";
        EXPECT_EQ(report.period.end, year{2024} / 12 / 31);
    }
    EXPECT_EQ(names, (std::vector<std::string>{"Kompassen", "Steget före", "Vägen vidare",
                                               "Samverkansforum Exempeldalen"}));
    const auto& kompassen = reading.reports[0];
    EXPECT_EQ(kompassen.intervention.kind, InterventionKind::Individual);
    EXPECT_EQ(kompassen.intervention.owner, "Exempeldalens kommun");
    EXPECT_EQ(figure(kompassen, Measure::ParticipantsTotal), 41);
    EXPECT_EQ(figure(kompassen, Measure::EndedToWork), 11);
    EXPECT_EQ(kompassen.sections[0].text.find("Kompassen vänder sig"), 0u)
        << "the labels are the header's, not the text's";
    EXPECT_EQ(figure(reading.reports[1], Measure::ParticipantsTotal), 36);
    EXPECT_EQ(reading.reports[3].intervention.kind, InterventionKind::Structural);
    for (const auto& report : reading.reports) {
        for (const auto& section : report.sections)
            EXPECT_EQ(section.text.find("Förbundets intäkter"), std::string::npos)
                << "the förbund's economy belongs to no insats";
    }
}

TEST_F(AnyLayoutTest, ADelarsrapportIsReadByItsUpperCaseHeadings) {
    const auto reading = read_fixture("delarsrapport.txt");

    expect_kept_without_template(reading, 1);
    const auto& report = reading.reports[0];
    EXPECT_EQ(report.intervention.name, "Vägen vidare") << "from the label Insats:";
    EXPECT_EQ(report.intervention.owner, "Exempeldalens kommun, Socialtjänsten");
    EXPECT_EQ(section_ids(report),
              (std::vector<std::string>{"sammanfattning", "deltagare", "aktiviteter", "ekonomi",
                                        "fortsatt-arbete"}));
    EXPECT_EQ(report.period.start, year{2024} / 1 / 1);
    EXPECT_EQ(report.period.end, year{2024} / 6 / 30);
    EXPECT_TRUE(has_warning(report, "period_assumed")) << "a delår's months are a custom";
    EXPECT_EQ(figure(report, Measure::ParticipantsTotal), 58);
    EXPECT_EQ(figure(report, Measure::ParticipantsCurrent), 23);
    EXPECT_EQ(figure(report, Measure::ParticipantsEnded), 9);
}

TEST_F(AnyLayoutTest, AnEvaluationSummaryIsReadByItsNumberedHeadings) {
    const auto reading = read_fixture("utvardering-sammanfattning.txt");

    expect_kept_without_template(reading, 1);
    const auto& report = reading.reports[0];
    EXPECT_EQ(report.intervention.name, "Steget före");
    EXPECT_FALSE(report.intervention.owner);
    EXPECT_EQ(report.period.start, year{2023} / 8 / 1) << "augusti 2023 – mars 2024";
    EXPECT_EQ(report.period.end, year{2024} / 3 / 31);
    EXPECT_EQ(section_ids(report), (std::vector<std::string>{"inledning", "bakgrund", "metod",
                                                             "resultat", "analys", "slutsatser"}));
    EXPECT_EQ(report.sections[0].text.find("Utvärderingen genomfördes"), 0u)
        << "the title is the document's, not its text";
    EXPECT_EQ(report.sections[1].title, "Bakgrund och syfte");
    EXPECT_EQ(figure(report, Measure::ParticipantsTotal), 64);
}

constexpr std::string_view k_bold_heading_ids[] = {"vad-har-hant-under-perioden", "deltagare",
                                                   "vad-har-fungerat-bra", "vad-behover-utvecklas"};

void expect_bold_heading_report(const DocumentReading& reading) {
    expect_kept_without_template(reading, 1);
    const auto& report = reading.reports[0];
    EXPECT_EQ(report.intervention.name, "Kompassen");
    EXPECT_EQ(report.intervention.owner, "Exempeldalens kommun");
    EXPECT_EQ(report.period.start, year{2024} / 7 / 1);
    EXPECT_EQ(report.period.end, year{2024} / 12 / 31);
    EXPECT_EQ(section_ids(report), std::vector<std::string>(std::begin(k_bold_heading_ids),
                                                            std::end(k_bold_heading_ids)));
    EXPECT_EQ(gender_figure(report, Measure::ParticipantsWomen), 11);
    EXPECT_EQ(gender_figure(report, Measure::ParticipantsMen), 8);
    EXPECT_EQ(figure(report, Measure::EndedToWork), 4);
}

TEST_F(AnyLayoutTest, AReportWithOnlyBoldHeadingsInMarkdown) {
    expect_bold_heading_report(read_fixture("bara-feta-rubriker.md"));
}

/// The bold-heading fixture as a Word document: a paragraph per line, the headings in bold
/// runs, the labels with a bold label and a plain value.
std::string bold_heading_docx() {
    const auto paragraph = [](std::string_view text, bool bold) {
        return std::string("<w:p><w:r>") + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t>" +
               std::string(text) + "</w:t></w:r></w:p>";
    };
    const auto labelled = [](std::string_view label, std::string_view value) {
        return "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>" + std::string(label) +
               "</w:t></w:r><w:r><w:t xml:space=\"preserve\"> " + std::string(value) +
               "</w:t></w:r></w:p>";
    };
    std::string body = paragraph("Kompassen – rapport till styrelsen hösten 2024", true) +
                       labelled("Insatsägare:", "Exempeldalens kommun") +
                       labelled("Period:", "2024-07-01 – 2024-12-31");
    const auto markdown = testing::read_file(testing::fixture("any-layout/bara-feta-rubriker.md"));
    const auto start = markdown.find("**Vad har hänt");
    for (const auto line : split_lines(std::string_view(markdown).substr(start))) {
        if (trim(line).empty())
            continue;
        const bool bold = line.starts_with("**");
        body += paragraph(bold ? line.substr(2, line.size() - 4) : line, bold);
    }
    return testing::build_docx(body);
}

TEST_F(AnyLayoutTest, AReportWithOnlyBoldHeadingsInWord) {
    testing::TemporaryDirectory directory;
    const auto path = directory.path() / "kompassen-hosten.docx";
    testing::write_file(path, bold_heading_docx());

    const auto file = Importer(m_reader).read_file(path);

    ASSERT_FALSE(file.failed()) << file.error_messages().front();
    ASSERT_EQ(file.documents.size(), 1u);
    expect_bold_heading_report(file.documents[0].reading);
}

TEST_F(AnyLayoutTest, AWordDocumentsHeadingStylesAreItsHeadings) {
    const std::string body =
        R"(<w:p><w:pPr><w:pStyle w:val="Rubrik"/></w:pPr><w:r><w:t>Lägesrapport Kompassen</w:t></w:r></w:p>)"
        R"(<w:p><w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr><w:r><w:t>Bakgrund</w:t></w:r></w:p>)"
        "<w:p><w:r><w:t>Kompassen startade hösten 2023 som ett gemensamt svar från kommunen, "
        "Försäkringskassan, Arbetsförmedlingen och regionen på ett behov som alla såg.</w:t>"
        "</w:r></w:p>"
        R"(<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Hur det gick</w:t></w:r></w:p>)"
        "<w:p><w:r><w:t>Under perioden har 27 deltagare varit inskrivna i insatsen. Sex "
        "deltagare har avslutats till arbete.</w:t></w:r></w:p>";
    testing::TemporaryDirectory directory;
    const auto path = directory.path() / "lagesrapport.docx";
    testing::write_file(path, testing::build_docx(body));

    const auto file = Importer(m_reader).read_file(path);

    ASSERT_FALSE(file.failed()) << file.error_messages().front();
    const auto& reading = file.documents[0].reading;
    expect_kept_without_template(reading, 1);
    EXPECT_EQ(reading.reports[0].intervention.name, "Kompassen");
    EXPECT_EQ(section_ids(reading.reports[0]),
              (std::vector<std::string>{"bakgrund", "hur-det-gick"}));
    EXPECT_EQ(figure(reading.reports[0], Measure::ParticipantsTotal), 27);
}

TEST_F(AnyLayoutTest, ATextThatOnlyMentionsATemplatesPhraseIsReadWithoutIt) {
    // "kvartalsrapporten" is a kvartalsrapport's recognition phrase; none of its sections is
    // here, so its template would read nothing.
    const auto reading = m_reader.read(
        "Lägesrapport för Kompassen 2025\n\nBakgrund\nKompassen har sedan starten lämnat en "
        "kvartalsrapport till förbundet varje kvartal, och den här lägesrapporten sammanfattar "
        "dem för styrelsen inför beslutet om fortsättning.\n\nResultat\nTotalt har 39 "
        "deltagare tagit del av insatsen sedan starten, och de flesta av dem har kommit "
        "närmare arbete eller studier.\n");

    expect_kept_without_template(reading, 1);
    EXPECT_EQ(reading.reports[0].intervention.name, "Kompassen");
    EXPECT_EQ(section_ids(reading.reports[0]), (std::vector<std::string>{"bakgrund", "resultat"}));
}

TEST_F(AnyLayoutTest, AReportWithNoInsatsOrPeriodIsKeptForTheKansliToSetThem) {
    const auto reading = m_reader.read(
        "Sammanfattning\nUnder året har arbetet med samverkan mellan parterna fortsatt i "
        "flera former, med gemensamma utbildningsdagar och regelbundna träffar mellan "
        "handläggare från Försäkringskassan, Arbetsförmedlingen, regionen och kommunen.\n\n"
        "Lärdomar\nDet tar tid att bygga förtroende mellan organisationer, och det lönar sig "
        "för alla parter i längden.\n");

    expect_kept_without_template(reading, 1);
    const auto& report = reading.reports[0];
    EXPECT_TRUE(report.intervention.name.empty());
    EXPECT_FALSE(report.period.start);
    EXPECT_FALSE(report.period.end);
    EXPECT_TRUE(has_warning(report, "missing_field")) << "no insats";
    EXPECT_TRUE(has_warning(report, "period_missing"));
}

TEST_F(AnyLayoutTest, APersonalIdentityNumberIsRemovedAsFromAnyReport) {
    const auto reading = m_reader.read(
        "Lägesrapport för Kompassen 2025\n\nResultat\nEn deltagare (640823-3234) har fått "
        "arbete efter en lång tid av praktik hos en arbetsgivare i kommunen, och flera andra "
        "deltagare har börjat studera vid vuxenutbildningen under våren. Insatsen fortsätter "
        "med samma upplägg under hösten.\n");

    expect_kept_without_template(reading, 1);
    const auto& report = reading.reports[0];
    EXPECT_NE(report.sections[0].text.find("[personnummer borttaget]"), std::string::npos);
    EXPECT_TRUE(has_warning(report, "personal_identity_number"));
}

TEST_F(AnyLayoutTest, ATextTooShortForAReportIsStillRefused) {
    const auto reading = m_reader.read("Protokoll\n\nStyrelsen beslutade att godkänna "
                                       "dagordningen.\n");

    EXPECT_TRUE(reading.reports.empty());
    EXPECT_FALSE(reading.document_kind);
    ASSERT_EQ(reading.errors.size(), 1u);
    EXPECT_NE(reading.errors[0].find("too short"), std::string::npos);
}

} // namespace
} // namespace finsam
