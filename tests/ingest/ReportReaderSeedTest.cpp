// The acceptance checks on the real seed documents beside the checkout.
#include "TestSupport.h"
#include "ingest/ReportReader.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::chrono;

class ReportReaderSeedTest : public ::testing::Test {
protected:
    DocumentReading read_seed(const std::string& prefix) {
        auto seed = testing::seed_file(prefix);
        if (!seed) {
            m_skipped = true;
            return {};
        }
        auto templates = load_templates(testing::templates_dir());
        EXPECT_TRUE(templates.has_value());
        return ReportReader(*templates).read(testing::read_file(*seed));
    }

    bool m_skipped = false;
};

#define SKIP_WITHOUT_SEEDS()                                                                       \
    if (m_skipped)                                                                                 \
    GTEST_SKIP() << "seed documents not found in " FINSAM_SEEDS_DIR

std::optional<Figure> figure(const Report& report, Measure measure, std::string_view section = {}) {
    for (const auto& candidate : report.figures) {
        if (candidate.measure == measure && (section.empty() || candidate.section_id == section))
            return candidate;
    }
    return std::nullopt;
}

bool has_warning(const Report& report, std::string_view code, std::string_view needle = {}) {
    for (const auto& warning : report.warnings) {
        if (warning.code == code && warning.message.find(needle) != std::string::npos)
            return true;
    }
    return false;
}

void expect_no_boilerplate(const Report& report) {
    static constexpr std::string_view k_forbidden[] = {"skickas via e-post",
                                                       "Rapportens syfte",
                                                       "OBS! Vid insatsens slut",
                                                       "förbundschef",
                                                       "Tfn:",
                                                       "www.",
                                                       "mailto",
                                                       "http",
                                                       "Sida ",
                                                       "Projektredovisning",
                                                       "S:t Sigfrids gata",
                                                       "hemsida",
                                                       "Denna mall ska användas"};
    for (const auto& section : report.sections) {
        for (auto phrase : k_forbidden)
            EXPECT_EQ(section.text.find(phrase), std::string::npos)
                << report.intervention.name << " section " << section.id << " holds '" << phrase
                << "'";
    }
}

TEST_F(ReportReaderSeedTest, QuarterlyReportFromPdfText) {
    auto reading = read_seed("000_");
    SKIP_WITHOUT_SEEDS();
    ASSERT_EQ(reading.document_kind, ReportKind::Quarterly);
    ASSERT_EQ(reading.reports.size(), 1u);
    const auto& report = reading.reports[0];
    EXPECT_EQ(report.intervention.name, "Kärnhuset 2.0");
    EXPECT_EQ(report.intervention.owner,
              "Sandvikens kommun, Individ- och familjeomsorgsförvaltningen, Ekonomienheten");
    EXPECT_EQ(report.period.start, year{2024} / 7 / 1);
    EXPECT_EQ(report.period.end, year{2024} / 9 / 30);
    EXPECT_EQ(report.registration.registry_number, "SFG 24-08.02");
    EXPECT_EQ(report.registration.signature, "AKH");
    EXPECT_EQ(report.registration.arrival_date, year{2024} / 10 / 13);
    expect_no_boilerplate(report);

    const auto* activities = report.section("2.1");
    ASSERT_NE(activities, nullptr);
    EXPECT_NE(activities->text.find("Tre av deltagarna har även insats Bostad först utifrån "
                                    "hemlöshetssituation parallellt med insats via Kärnhuset."),
              std::string::npos);
    EXPECT_TRUE(activities->text.starts_with("Projektet har totalt haft 39 deltagare."));

    auto total = figure(report, Measure::ParticipantsTotal);
    ASSERT_TRUE(total);
    EXPECT_EQ(total->value, 39);
    auto current = figure(report, Measure::ParticipantsCurrent);
    ASSERT_TRUE(current);
    EXPECT_EQ(current->value, 25);
    EXPECT_TRUE(has_warning(report, "conflicting_figure", "16"));
    EXPECT_TRUE(has_warning(report, "conflicting_figure", "15"));
}

TEST_F(ReportReaderSeedTest, QuarterlyReportFromMarkdown) {
    auto reading = read_seed("001_");
    SKIP_WITHOUT_SEEDS();
    ASSERT_EQ(reading.reports.size(), 1u);
    const auto& report = reading.reports[0];
    EXPECT_EQ(report.kind, ReportKind::Quarterly);
    EXPECT_EQ(report.intervention.name, "Räkna med mig");
    EXPECT_EQ(report.intervention.owner, "Hudiksvalls kommun");
    EXPECT_EQ(report.period.start, year{2026} / 1 / 1);
    EXPECT_EQ(report.period.end, year{2026} / 3 / 31);
    EXPECT_FALSE(report.registration.registry_number);
    EXPECT_EQ(report.reporter.date, year{2026} / 4 / 14);
    EXPECT_EQ(report.reporter.name, "Sofia Groth");
    expect_no_boilerplate(report);
    for (auto id : {"2.1", "2.2", "2.3", "2.4", "2.5", "2.6"})
        EXPECT_NE(report.section(id), nullptr) << id;
    EXPECT_TRUE(report.section("2.5")->text.starts_with("Den sammanfattande bedömningen"));
}

TEST_F(ReportReaderSeedTest, FinalReport) {
    auto reading = read_seed("003_");
    SKIP_WITHOUT_SEEDS();
    ASSERT_EQ(reading.document_kind, ReportKind::Final);
    ASSERT_EQ(reading.reports.size(), 1u);
    const auto& report = reading.reports[0];
    EXPECT_EQ(report.intervention.name, "Lokal individinriktad insats efter Trisam - Hudiksvall");
    EXPECT_EQ(report.intervention.owner, "Hudiksvalls kommun");
    EXPECT_EQ(report.period.start, year{2021} / 10 / 1);
    EXPECT_EQ(report.period.end, year{2022} / 1 / 31);
    EXPECT_EQ(report.funds.granted_sek, 100000);
    EXPECT_EQ(report.funds.used_sek, 96997);
    EXPECT_EQ(report.partners.size(), 3u);
    EXPECT_EQ(report.reporter.date, year{2022} / 2 / 15);
    EXPECT_EQ(report.reporter.name, "Helena Hägg");
    expect_no_boilerplate(report);
    for (auto id : {"4.1", "4.2", "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3", "6.4", "6.5",
                    "7.1.1", "7.2.1"})
        EXPECT_NE(report.section(id), nullptr) << id;
    EXPECT_TRUE(report.section("5.4")->text.starts_with("Uppföljning och utvärdering har gjorts"));
    EXPECT_FALSE(has_warning(report, "used_above_granted"));
}

TEST_F(ReportReaderSeedTest, CompiledReportBecomesOneReportPerInsats) {
    auto reading = read_seed("004_");
    SKIP_WITHOUT_SEEDS();
    ASSERT_EQ(reading.document_kind, ReportKind::Compiled);
    ASSERT_EQ(reading.reports.size(), 11u);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"Cresco Creare", "Samordningsförbundet Skaraborg"},
        {"Elings ark", "Försäkringskassan"},
        {"Friskvågen", "Götene kommun"},
        {"GreveGarden", "Lidköpings kommun"},
        {"Hantverksstegen", "Tibro kommun"},
        {"Måla för hälsan", "Studiefrämjandet Lidköping-Skarabygden"},
        {"Prerehab Gullspång", "Gullspångs kommun"},
        {"Prerehab Mariestad", "Mariestad kommun"},
        {"Prerehab Töreboda", "Töreboda kommun"},
        {"Promise Hjo", "Hjo kommun"},
        {"Rörsås Lantliv", "Mariestads kommun"}};
    for (std::size_t index = 0; index < expected.size(); ++index) {
        const auto& report = reading.reports[index];
        EXPECT_EQ(report.intervention.name, expected[index].first);
        EXPECT_EQ(report.intervention.owner, expected[index].second);
        EXPECT_EQ(report.intervention.kind, InterventionKind::Individual);
        EXPECT_TRUE(report.period.end) << report.intervention.name;
        EXPECT_EQ(report.sections.size(), 6u) << report.intervention.name;
        expect_no_boilerplate(report);
    }
    const auto& cresco_goals = reading.reports[0].goals;
    ASSERT_EQ(cresco_goals.size(), 5u);
    EXPECT_EQ(cresco_goals[0].text, "30% av deltagarna har fått arbete/påbörjat studier.");
    EXPECT_EQ(cresco_goals[0].target, 30);
    EXPECT_EQ(cresco_goals[0].measure, Measure::EndedToWorkOrStudies);
    EXPECT_EQ(reading.reports[0].period.start, year{2021} / 1 / 1);
    EXPECT_EQ(reading.reports[0].period.end, year{2023} / 2 / 28);
    // "20101–220831" is a typo: the end is kept, the start is flagged for the reviewer.
    EXPECT_FALSE(reading.reports[1].period.start);
    EXPECT_TRUE(has_warning(reading.reports[1], "unreadable_date", "20101"));
    // Page furniture between two insatser does not end up in the first one.
    const auto* analysis = reading.reports[9].section("analys");
    ASSERT_NE(analysis, nullptr);
    EXPECT_TRUE(analysis->text.ends_with("höra hemma."));
}

} // namespace
} // namespace finsam
