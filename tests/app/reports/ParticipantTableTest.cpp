#include "AppTestSupport.h"
#include "app/reports/EditReport.h"
#include "app/reports/ReportForm.h"
#include "app/reports/ReportWorkflow.h"
#include "storage/ReportStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

// The participant statistics of the kvartalsrapport form (templates/reports), checked as a
// submission: each rule gives its message at the field to correct.

std::string error_on(const std::vector<FieldError>& errors, const std::string& field) {
    for (const auto& error : errors) {
        if (error.field == field)
            return error.message;
    }
    return "";
}

class ParticipantTableTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto templates = load_templates(templates_dir());
        ASSERT_TRUE(templates) << templates.error().reason;
        m_templates = ReportTemplates(std::move(*templates));
        m_intervention.name = "Kärnhuset 2.0";
        m_intervention.period_start = date(2024, 1, 1);
        m_intervention.period_end = date(2025, 12, 31);
    }

    const TemplateDefinition& kvartalsrapport() const {
        return *m_templates.find("kvartalsrapport");
    }

    /// A Q3 2024 kvartalsrapport with these figures, by figure key.
    FormCheck check(std::map<std::string, std::string> figures,
                    std::optional<std::int64_t> active_at_start = std::nullopt) const {
        ReportFormValues values;
        values.period_start = "2024-07-01";
        values.sections = {{"2.1", "Aktiviteter."}, {"2.5", "Bedömning."}};
        values.figures = std::move(figures);
        values.reporter_name = "Anna Ägare";
        return check_submission(kvartalsrapport(), values, m_intervention, date(2024, 10, 8),
                                active_at_start);
    }

    ReportTemplates m_templates;
    InterventionDetails m_intervention;
};

TEST_F(ParticipantTableTest, TheFormAsksForEveryCellByItsFieldName) {
    std::vector<std::string> names;
    for (const auto& field : figure_fields(kvartalsrapport().form))
        names.push_back(figure_field(field.measure, field.category));
    for (const std::string name :
         {"figure:participants_new:kvinna", "figure:participants_new:man",
          "figure:participants_new:annat", "figure:participants_new", "figure:participants_current",
          "figure:ended_in_period:annat", "figure:ended_by_reason:arbete",
          "figure:income_at_start:lon", "figure:income_at_end:ingen_ersattning",
          "figure:referred_by:forsakringskassan", "figure:target_group:unga_16_29"})
        EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
    EXPECT_EQ(std::count(names.begin(), names.end(), "figure:participants_current"), 1);
}

TEST_F(ParticipantTableTest, TableFiguresBecomeFiguresWithTheirCategory) {
    const auto result = check({{"participants_new:kvinna", "3"},
                               {"participants_new:man", "2"},
                               {"participants_new", "5"},
                               {"referred_by:forsakringskassan", "5"}});
    ASSERT_TRUE(result.report) << result.errors.front().message;
    const auto& figures = result.report->figures;
    const Figure women{Measure::ParticipantsNew, 3, Unit::Count, "form", "", "kvinna"};
    const Figure total{Measure::ParticipantsNew, 5, Unit::Count, "form", "", ""};
    const Figure referred{Measure::ReferredBy, 5, Unit::Count, "form", "", "forsakringskassan"};
    for (const auto& expected : {women, total, referred})
        EXPECT_NE(std::find(figures.begin(), figures.end(), expected), figures.end())
            << expected.category;
    EXPECT_EQ(figures.size(), 4u);
}

TEST_F(ParticipantTableTest, AStoredReportGivesTheTableBackCellByCell) {
    const auto result = check({{"participants_new:kvinna", "3"}, {"participants_new", "3"}});
    ASSERT_TRUE(result.report);
    const auto values = form_values_from_report(*result.report);
    EXPECT_EQ(values.figures.at("participants_new:kvinna"), "3");
    EXPECT_EQ(values.figures.at("participants_new"), "3");
}

TEST_F(ParticipantTableTest, ACellThatIsNoWholeNumberIsAnErrorNamingTheCell) {
    const auto result =
        check({{"participants_new:kvinna", "tre"}, {"ended_by_reason:arbete", "1,5"}});
    EXPECT_EQ(error_on(result.errors, "figure:participants_new:kvinna"),
              "Nya under perioden, kvinnor: ange ett heltal, till exempel 12.");
    EXPECT_EQ(error_on(result.errors, "figure:ended_by_reason:arbete"),
              "Avslutade efter avslutsorsak – Arbete: ange ett heltal, till exempel 12.");
}

TEST_F(ParticipantTableTest, KonThatDoNotAddUpToTheTotalIsAnErrorAtTheTotal) {
    const auto result = check({{"participants_current:kvinna", "5"},
                               {"participants_current:man", "6"},
                               {"participants_current:annat", "1"},
                               {"participants_current", "13"}});
    EXPECT_FALSE(result.report);
    EXPECT_EQ(error_on(result.errors, "figure:participants_current"),
              "Kvinnor, män och annat/okänt är tillsammans 12, men totalt står 13.");
}

TEST_F(ParticipantTableTest, KonAreCheckedOnlyWhenTheTotalAndAPartAreGiven) {
    EXPECT_TRUE(check({{"participants_new:kvinna", "5"}}).errors.empty());
    EXPECT_TRUE(check({{"participants_new", "5"}}).errors.empty());
    EXPECT_TRUE(check({{"participants_new:man", "5"}, {"participants_new", "5"}}).errors.empty());
    EXPECT_NE(error_on(check({{"participants_new:man", "4"}, {"participants_new", "5"}}).errors,
                       "figure:participants_new"),
              "");
}

TEST_F(ParticipantTableTest, EndReasonsMustAddUpToTheEnded) {
    const auto result = check({{"ended_in_period", "10"},
                               {"ended_by_reason:arbete", "4"},
                               {"ended_by_reason:studier", "5"}});
    EXPECT_EQ(error_on(result.errors, "figure:ended_by_reason:arbete"),
              "Avslutade efter avslutsorsak är tillsammans 9, men avslutade under perioden är 10.");
    EXPECT_TRUE(check({{"ended_in_period", "9"},
                       {"ended_by_reason:arbete", "4"},
                       {"ended_by_reason:studier", "5"}})
                    .errors.empty());
}

TEST_F(ParticipantTableTest, IncomeAtStartAndAtEndMustEachAddUpToTheEnded) {
    const auto result = check({{"ended_in_period", "4"},
                               {"income_at_start:sjukpenning", "3"},
                               {"income_at_start:ekonomiskt_bistand", "1"},
                               {"income_at_end:lon", "2"},
                               {"income_at_end:ingen_ersattning", "1"}});
    EXPECT_EQ(error_on(result.errors, "figure:income_at_start:sjukpenning"), "");
    EXPECT_EQ(error_on(result.errors, "figure:income_at_end:lon"),
              "Försörjning för de avslutade, vid avslut, är tillsammans 3, men avslutade under "
              "perioden är 4.");
}

TEST_F(ParticipantTableTest, ReferrersMustAddUpToTheNew) {
    const auto result = check({{"participants_new", "6"},
                               {"referred_by:arbetsformedlingen", "2"},
                               {"referred_by:socialtjansten", "2"}});
    EXPECT_EQ(error_on(result.errors, "figure:referred_by:arbetsformedlingen"),
              "Nya efter remittent är tillsammans 4, men nya under perioden är 6.");
}

TEST_F(ParticipantTableTest, TargetGroupsMayOverlapButNoneExceedsTheNew) {
    EXPECT_TRUE(check({{"participants_new", "6"},
                       {"target_group:unga_16_29", "6"},
                       {"target_group:psykisk_ohalsa", "4"}})
                    .errors.empty());
    const auto result = check({{"participants_new", "6"}, {"target_group:nyanlanda", "7"}});
    EXPECT_EQ(error_on(result.errors, "figure:target_group:nyanlanda"),
              "Nya efter målgrupp – Nyanlända (7) är fler än nya under perioden (6).");
}

TEST_F(ParticipantTableTest, BreakdownsAreCheckedOnlyWhenTheirWholeIsGiven) {
    EXPECT_TRUE(
        check({{"ended_by_reason:arbete", "4"}, {"referred_by:annan", "9"}}).errors.empty());
}

TEST_F(ParticipantTableTest, NoMoreCanEndThanWereActiveAtTheStartAndCameNew) {
    const std::map<std::string, std::string> figures{{"participants_new", "2"},
                                                     {"ended_in_period", "7"}};
    EXPECT_EQ(error_on(check(figures, 4).errors, "figure:ended_in_period"),
              "Avslutade under perioden är 7, fler än de 4 som var inskrivna vid förra kvartalets "
              "slut och de 2 nya tillsammans (6).");
    EXPECT_TRUE(check(figures, 5).errors.empty());
}

TEST_F(ParticipantTableTest, WithoutThePreviousPeriodTheEndedAreNotChecked) {
    EXPECT_TRUE(check({{"participants_new", "2"}, {"ended_in_period", "7"}}).errors.empty());
}

TEST_F(ParticipantTableTest, TheOldKeyFiguresAreStillChecked) {
    const auto result = check(
        {{"participants_total", "10"}, {"participants_current", "8"}, {"participants_ended", "4"}});
    EXPECT_EQ(error_on(result.errors, "figure:participants_current"),
              "Summan av inskrivna vid periodens slut och avslutade (12) är större än deltagare "
              "totalt (10).");
}

using ParticipantSubmissionTest = UseCaseTest;

FieldMap quarter_with(const std::string& period_start,
                      const std::map<std::string, std::string>& figures) {
    FieldMap form({{"period_start", period_start},
                   {"section:2.1", "Aktiviteter."},
                   {"section:2.5", "Bedömning."},
                   {"reporter_name", "Anna Ägare"}});
    for (const auto& [key, value] : figures)
        form.set("figure:" + key, value);
    return form;
}

TEST_F(ParticipantSubmissionTest, TheEndedAreCheckedAgainstThePreviousKvartalsrapport) {
    const auto fourth = create_report(
        as("agare"), karnhuset(), ReportKind::Quarterly,
        posted(quarter_with("2024-10-01", {{"participants_current", "4"}})), SaveMode::Submit);
    ASSERT_TRUE(fourth) << fourth.error().log_message;

    const auto refused = create_report(
        as("agare"), karnhuset(), ReportKind::Quarterly,
        posted(quarter_with("2025-01-01", {{"participants_new", "2"}, {"ended_in_period", "7"}})),
        SaveMode::Submit);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    ASSERT_EQ(refused.error().fields.size(), 1u);
    EXPECT_EQ(refused.error().fields[0].field, "figure:ended_in_period");

    const auto accepted = create_report(
        as("agare"), karnhuset(), ReportKind::Quarterly,
        posted(quarter_with("2025-01-01", {{"participants_new", "2"}, {"ended_in_period", "6"}})),
        SaveMode::Submit);
    EXPECT_TRUE(accepted) << accepted.error().log_message;
}

TEST_F(ParticipantSubmissionTest, AQuarterIsReportedOnceAndACorrectionIsANewVersion) {
    const auto first = create_report(
        as("agare"), karnhuset(), ReportKind::Quarterly,
        posted(quarter_with("2024-10-01", {{"participants_new", "3"}})), SaveMode::Submit);
    ASSERT_TRUE(first) << first.error().log_message;
    const auto second = create_report(
        as("agare"), karnhuset(), ReportKind::Quarterly,
        posted(quarter_with("2024-10-01", {{"participants_new", "4"}})), SaveMode::Submit);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::ReportExists);
    EXPECT_EQ(second.error().report_id, first->id);

    const auto returned = act_on_report(as("kansli"), first->id, WorkflowAction::Return,
                                        {first->revision, "Rätta antalet nya.", "", ""});
    ASSERT_TRUE(returned) << returned.error().log_message;
    const auto corrected = save_report(
        as("agare"), first->id, posted(quarter_with("2024-10-01", {{"participants_new", "4"}})),
        SaveMode::Submit, returned->revision);
    ASSERT_TRUE(corrected) << corrected.error().log_message;

    const auto stored = ReportStore(database(), clock()).load_report(first->id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->versions.size(), 2u);
    const auto new_count = [](const Report& report) {
        for (const auto& figure : report.figures) {
            if (figure.measure == Measure::ParticipantsNew && figure.category.empty())
                return figure.value;
        }
        return -1.0;
    };
    EXPECT_EQ(new_count(stored->versions[0].report), 3);
    EXPECT_EQ(new_count(stored->versions[1].report), 4);
}

} // namespace
} // namespace finsam::testing
