#include "app/reports/ReportForm.h"

#include "AppTestSupport.h"
#include "domain/TemplateDefinition.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

/// The Luhn check digit of a personnummer's first nine digits.
int luhn_check_digit(const std::string& nine_digits) {
    int sum = 0;
    for (std::size_t index = 0; index < nine_digits.size(); ++index) {
        int digit = (nine_digits[index] - '0') * (index % 2 == 0 ? 2 : 1);
        sum += digit > 9 ? digit - 9 : digit;
    }
    return (10 - sum % 10) % 10;
}

class ReportFormTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto templates = load_templates(templates_dir());
        ASSERT_TRUE(templates) << templates.error().reason;
        m_templates = std::move(*templates);
        m_intervention.id = 7;
        m_intervention.name = "Kärnhuset 2.0";
        m_intervention.owner = "Sandvikens kommun";
        m_intervention.kind = InterventionKind::Individual;
        m_intervention.period_start = date(2024, 1, 1);
        m_intervention.period_end = date(2025, 12, 31);
        m_intervention.partners = {"Försäkringskassan"};
    }

    const TemplateDefinition& definition(const std::string& id) const {
        for (const auto& candidate : m_templates) {
            if (candidate.id == id)
                return candidate;
        }
        throw std::runtime_error("no template " + id);
    }

    /// A kvartalsrapport for Q3 2024 that passes every check.
    static ReportFormValues valid_values() {
        ReportFormValues values;
        values.period_start = "2024-07-01";
        values.sections = {{"2.1", "Gruppen har träffats varje vecka."},
                           {"2.5", "Insatsen fungerar väl."}};
        values.figures = {
            {"participants_total", "12"}, {"participants_women", "5"}, {"participants_men", "7"}};
        values.reporter_name = "Anna Ägare";
        return values;
    }

    FormCheck check(const ReportFormValues& values,
                    const std::string& template_id = "kvartalsrapport") const {
        return check_submission(definition(template_id), values, m_intervention, date(2024, 10, 8),
                                m_active_at_start);
    }

    std::vector<TemplateDefinition> m_templates;
    InterventionDetails m_intervention;
    std::optional<std::int64_t> m_active_at_start;
};

std::string error_on(const std::vector<FieldError>& errors, const std::string& field) {
    for (const auto& error : errors) {
        if (error.field == field)
            return error.message;
    }
    return "";
}

TEST(LuhnCheck, TheTestPersonnummerIsValid) {
    // 811218-9876: the personnummer the HTTP tests put into report sections.
    EXPECT_EQ(luhn_check_digit("811218987"), 6);
}

TEST_F(ReportFormTest, ReadsEveryFieldOfTheTemplateByItsFormName) {
    const std::map<std::string, std::string> posted{{"period_start", " 2024-07-01 "},
                                                    {"section:2.1", "Aktiviteter i text"},
                                                    {"section:2.6", "Styrgruppens analys"},
                                                    {"figure:participants_total", " 12 "},
                                                    {"reporter_name", " Anna "},
                                                    {"section:9.9", "ingen sådan sektion"}};
    const auto values = read_form(definition("kvartalsrapport"), [&](const std::string& name) {
        const auto found = posted.find(name);
        return found == posted.end() ? std::string() : found->second;
    });
    EXPECT_EQ(values.period_start, "2024-07-01");
    EXPECT_EQ(values.sections.at("2.1"), "Aktiviteter i text");
    EXPECT_EQ(values.sections.at("2.6"), "Styrgruppens analys");
    EXPECT_EQ(values.sections.at("2.2"), "");
    EXPECT_FALSE(values.sections.contains("9.9"));
    EXPECT_EQ(values.figures.at("participants_total"), "12");
    EXPECT_EQ(values.reporter_name, "Anna");
    EXPECT_EQ(values.granted_sek, ""); // a kvartalsrapport asks for no funds
}

TEST_F(ReportFormTest, FieldNamesCarryTheSectionIdAndMeasure) {
    EXPECT_EQ(section_field("2.1"), "section:2.1");
    EXPECT_EQ(figure_field(Measure::ParticipantsWomen), "figure:participants_women");
}

TEST_F(ReportFormTest, JsonGivesBackTheSameValues) {
    ReportFormValues values = valid_values();
    values.period_end = "2024-09-30";
    values.sections["2.2"] = "Citat \"så här\" och <b>märkning</b>\nny rad \\ och emoji 🙂";
    values.granted_sek = "1 200 000";
    values.used_sek = "96 997";
    EXPECT_EQ(form_values_from_json(to_json(values)), values);
}

TEST_F(ReportFormTest, JsonOfEmptyValuesGivesEmptyValues) {
    EXPECT_EQ(form_values_from_json(to_json(ReportFormValues{})), ReportFormValues{});
}

TEST_F(ReportFormTest, UnreadableJsonGivesEmptyValues) {
    EXPECT_EQ(form_values_from_json("not json"), ReportFormValues{});
    EXPECT_EQ(form_values_from_json("[1, 2]"), ReportFormValues{});
    EXPECT_EQ(form_values_from_json(""), ReportFormValues{});
}

TEST_F(ReportFormTest, JsonWithWrongTypesKeepsWhatIsReadable) {
    const auto values = form_values_from_json(
        R"({"period_start": 2024, "sections": {"2.1": "text", "2.5": 5}, "figures": [],
            "reporter_name": "Anna"})");
    EXPECT_EQ(values.period_start, "");
    EXPECT_EQ(values.sections, (std::map<std::string, std::string>{{"2.1", "text"}}));
    EXPECT_TRUE(values.figures.empty());
    EXPECT_EQ(values.reporter_name, "Anna");
}

TEST_F(ReportFormTest, AValidKvartalsrapportBecomesAReport) {
    const auto result = check(valid_values());
    ASSERT_TRUE(result.errors.empty())
        << result.errors.front().field << ": " << result.errors.front().message;
    ASSERT_TRUE(result.report);
    const Report& report = *result.report;
    EXPECT_EQ(report.kind, ReportKind::Quarterly);
    EXPECT_EQ(report.intervention.name, "Kärnhuset 2.0");
    EXPECT_EQ(report.period, (StatedPeriod{date(2024, 7, 1), date(2024, 9, 30)}));
    EXPECT_EQ(report.reporter, (Reporter{date(2024, 10, 8), "Anna Ägare"}));
    ASSERT_EQ(report.sections.size(), 2u);
    EXPECT_EQ(report.sections[0].id, "2.1");
    EXPECT_EQ(report.sections[0].text, "Gruppen har träffats varje vecka.");
    EXPECT_EQ(report.sections[1].id, "2.5");
    ASSERT_EQ(report.figures.size(), 3u);
    for (const auto& figure : report.figures) {
        EXPECT_EQ(figure.unit, Unit::Count);
        if (figure.measure == Measure::ParticipantsTotal) {
            EXPECT_EQ(figure.value, 12);
        }
    }
}

TEST_F(ReportFormTest, AReportGivesBackItsFormValues) {
    const auto result = check(valid_values());
    ASSERT_TRUE(result.report);
    const auto values = form_values_from_report(*result.report);
    EXPECT_EQ(values.period_start, "2024-07-01");
    EXPECT_EQ(values.period_end, "2024-09-30");
    EXPECT_EQ(values.sections.at("2.1"), "Gruppen har träffats varje vecka.");
    EXPECT_EQ(values.figures.at("participants_women"), "5");
    EXPECT_EQ(values.reporter_name, "Anna Ägare");
}

TEST_F(ReportFormTest, AQuarterOutsideTheInsatsPeriodIsAnErrorOnTheQuarter) {
    auto values = valid_values();
    values.period_start = "2023-10-01";
    const auto result = check(values);
    EXPECT_FALSE(result.report);
    EXPECT_EQ(error_on(result.errors, "period_start"),
              "Kvartalet ligger utanför insatsens period.");
    values.period_start = "2026-01-01";
    EXPECT_EQ(error_on(check(values).errors, "period_start"),
              "Kvartalet ligger utanför insatsens period.");
}

TEST_F(ReportFormTest, ADateThatStartsNoQuarterIsAnError) {
    auto values = valid_values();
    for (const std::string& typed : Strings{"2024-08-01", "", "juli 2024"}) {
        values.period_start = typed;
        EXPECT_EQ(error_on(check(values).errors, "period_start"),
                  "Välj vilket kvartal rapporten gäller.")
            << typed;
    }
}

TEST_F(ReportFormTest, MissingRequiredSectionsAreErrorsOnThoseSections) {
    auto values = valid_values();
    values.sections["2.1"] = "   \n ";
    values.sections.erase("2.5");
    const auto result = check(values);
    EXPECT_FALSE(result.report);
    EXPECT_EQ(error_on(result.errors, "section:2.1"), "Fyll i 2.1 Aktiviteter.");
    EXPECT_EQ(error_on(result.errors, "section:2.5"), "Fyll i 2.5 Sammanfattande bedömning.");
    EXPECT_EQ(error_on(result.errors, "section:2.2"), ""); // not required
}

TEST_F(ReportFormTest, WomenAndMenAboveTheTotalIsAnError) {
    auto values = valid_values();
    values.figures = {
        {"participants_total", "10"}, {"participants_women", "8"}, {"participants_men", "6"}};
    const auto result = check(values);
    EXPECT_FALSE(result.report);
    EXPECT_EQ(error_on(result.errors, "figure:participants_women"),
              "Summan av kvinnor och män (14) är större än deltagare totalt (10).");
}

TEST_F(ReportFormTest, EndedToWorkAndStudiesAboveTheEndedIsAnError) {
    auto values = valid_values();
    values.figures = {
        {"participants_ended", "3"}, {"ended_to_work", "2"}, {"ended_to_studies", "2"}};
    EXPECT_NE(error_on(check(values).errors, "figure:ended_to_work"), "");
}

TEST_F(ReportFormTest, FiguresThatAddUpExactlyAreFine) {
    auto values = valid_values();
    values.figures = {{"participants_total", "1 200"},
                      {"participants_women", "600"},
                      {"participants_men", "600"}};
    const auto result = check(values);
    EXPECT_TRUE(result.errors.empty());
}

TEST_F(ReportFormTest, AFigureThatIsNoWholeNumberIsAnError) {
    for (const std::string& typed : Strings{"tolv", "12,5", "-3", "12 st", "99999999999"}) {
        auto values = valid_values();
        values.figures["participants_total"] = typed;
        EXPECT_EQ(error_on(check(values).errors, "figure:participants_total"),
                  "Deltagare totalt: ange ett heltal, till exempel 12.")
            << typed;
    }
}

TEST_F(ReportFormTest, AnEmptyFigureIsLeftOut) {
    auto values = valid_values();
    values.figures = {{"participants_total", ""}};
    const auto result = check(values);
    ASSERT_TRUE(result.report);
    EXPECT_TRUE(result.report->figures.empty());
}

TEST_F(ReportFormTest, AReporterIsRequired) {
    auto values = valid_values();
    values.reporter_name = " ";
    EXPECT_EQ(error_on(check(values).errors, "reporter_name"),
              "Skriv vem som har fyllt i rapporten.");
}

TEST_F(ReportFormTest, APersonnummerInASectionIsAnErrorEvenForADraft) {
    auto values = valid_values();
    values.sections["2.3"] = "Deltagaren 811218-9876 har börjat arbeta.";
    const auto draft_errors = check_draft(values);
    ASSERT_EQ(draft_errors.size(), 1u);
    EXPECT_EQ(draft_errors.front().field, "section:2.3");
    EXPECT_NE(draft_errors.front().message.find("personnummer"), std::string::npos);
    EXPECT_FALSE(check(values).report);
    EXPECT_NE(error_on(check(values).errors, "section:2.3"), "");
}

TEST_F(ReportFormTest, APersonnummerWithTwelveDigitsIsAnError) {
    auto values = valid_values();
    values.sections["2.1"] = "Se 19811218-9876.";
    EXPECT_EQ(check_draft(values).size(), 1u);
}

TEST_F(ReportFormTest, ANumberFailingTheLuhnCheckIsNoPersonnummer) {
    auto values = valid_values();
    values.sections["2.1"] = "Ärende 811218-9875 och perioden 230901-250228.";
    EXPECT_TRUE(check_draft(values).empty());
}

TEST_F(ReportFormTest, ASectionOver100000BytesIsTooLongForADraft) {
    auto values = valid_values();
    values.sections["2.1"] = std::string(100'001, 'a');
    const auto errors = check_draft(values);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors.front().field, "section:2.1");
    values.sections["2.1"] = std::string(100'000, 'a');
    EXPECT_TRUE(check_draft(values).empty());
}

TEST_F(ReportFormTest, ASlutrapportNeedsAPeriodInOrder) {
    ReportFormValues values;
    values.period_start = "2025-06-30";
    values.period_end = "2024-01-01";
    values.sections = {{"4.1", "Syfte"}, {"5.1", "Mål"}, {"6.1", "Lärdomar"}};
    values.reporter_name = "Anna";
    EXPECT_EQ(error_on(check(values, "slutrapport").errors, "period_end"),
              "Slutdatum ligger före startdatum.");
    values.period_end = "";
    EXPECT_NE(error_on(check(values, "slutrapport").errors, "period_end"), "");
    values.period_end = "2025-06-30";
    values.period_start = "2024-01-01";
    EXPECT_TRUE(check(values, "slutrapport").errors.empty());
}

TEST_F(ReportFormTest, ASlutrapportsFundsMustBeAmounts) {
    ReportFormValues values;
    values.period_start = "2024-01-01";
    values.period_end = "2025-06-30";
    values.sections = {{"4.1", "Syfte"}, {"5.1", "Mål"}, {"6.1", "Lärdomar"}};
    values.reporter_name = "Anna";
    values.granted_sek = "en miljon";
    values.used_sek = "96 997";
    const auto result = check(values, "slutrapport");
    EXPECT_NE(error_on(result.errors, "granted_sek"), "");
    EXPECT_EQ(error_on(result.errors, "used_sek"), "");
}

TEST_F(ReportFormTest, UsedFundsAboveTheGrantedAreAWarningNotAnError) {
    ReportFormValues values;
    values.period_start = "2024-01-01";
    values.period_end = "2025-06-30";
    values.sections = {{"4.1", "Syfte"}, {"5.1", "Mål"}, {"6.1", "Lärdomar"}};
    values.reporter_name = "Anna";
    values.granted_sek = "100 000";
    values.used_sek = "120 000";
    const auto result = check(values, "slutrapport");
    ASSERT_TRUE(result.report);
    EXPECT_EQ(result.report->funds, (Funds{100'000, 120'000}));
    ASSERT_EQ(result.report->warnings.size(), 1u);
}

} // namespace
} // namespace finsam::testing
