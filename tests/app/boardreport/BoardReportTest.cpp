#include "app/boardreport/BoardReport.h"

#include "AppTestSupport.h"
#include "analytics/SmallCountMentions.h"
#include "app/overview/Overview.h"
#include "app/reports/ConfirmFigures.h"
#include "app/reports/ReportWorkflow.h"
#include "app/reports/ShowReport.h"
#include "storage/InterventionStore.h"
#include "storage/ReportStore.h"
#include "storage/SurveyAnswerStore.h"
#include "storage/SurveyRoundStore.h"
#include "storage/WorkflowStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

// The fixture's Kärnhuset 2.0 (2024–2026) has an imported kvartalsrapport for Q3 2024, not
// reviewed, whose section 2.1 (Aktiviteter) tells what the group did. Today is 2024-10-08.
class BoardReportTest : public UseCaseTest {
protected:
    void SetUp() override {
        UseCaseTest::SetUp();
        m_layout =
            load_board_layout(templates_dir().parent_path() / "board" / "projektredovisning.json");
    }

    BoardDocument report_as(const std::string& username, const std::string& period) {
        const auto made = board_report(as(username), selection(period), m_layout, surveys());
        EXPECT_TRUE(made) << made.error().log_message;
        return made ? std::move(*made) : BoardDocument{};
    }

    static PeriodSelection selection(const std::string& period) {
        const auto parsed = parse_period_selection(period);
        EXPECT_TRUE(parsed) << parsed.error();
        return *parsed;
    }

    /// Imports a report of `insats` (an individual insats of Sandvikens kommun).
    std::int64_t import(Report report, const std::string& hash) {
        const auto saved =
            ReportStore(database(), clock())
                .save_document(association(), {hash + ".pdf", SourceFormat::Pdf, hash, report.kind},
                               {report});
        EXPECT_TRUE(saved) << saved.error().message;
        return saved->reports.front().report_id;
    }

    static Report report_of(const std::string& insats, ReportKind kind, Date start, Date end,
                            std::vector<Section> sections) {
        Report report;
        report.kind = kind;
        report.intervention = {insats, "Sandvikens kommun", InterventionKind::Individual};
        report.period = {start, end};
        report.sections = std::move(sections);
        return report;
    }

    void review_and_confirm(std::int64_t report_id) {
        const auto state = **WorkflowStore(database(), system_clock()).state(report_id);
        ASSERT_TRUE(act_on_report(as("kansli"), report_id, WorkflowAction::Review,
                                  {state.revision, "", "", ""}));
        ASSERT_TRUE(confirm_figures(as("kansli"), report_id, state.version_count));
    }

    static const BoardIntervention& part_of(const BoardDocument& document,
                                            const std::string& name) {
        const auto found =
            std::find_if(document.interventions.begin(), document.interventions.end(),
                         [&](const BoardIntervention& part) { return part.name == name; });
        if (found == document.interventions.end())
            throw std::runtime_error("no part for " + name);
        return *found;
    }

    static std::vector<std::string> titles(const std::vector<BoardSection>& sections) {
        std::vector<std::string> found;
        for (const auto& section : sections)
            found.push_back(section.title);
        return found;
    }

    static bool mentions(const BoardDocument& document, const std::string& text) {
        return std::any_of(
            document.attention.begin(), document.attention.end(),
            [&](const BoardAttention& item) { return item.text.find(text) != std::string::npos; });
    }

private:
    BoardLayout m_layout;
};

TEST_F(BoardReportTest, AKvartalsrapportsSectionsGoUnderTheBoardsHeadings) {
    import(report_of("Kärnhuset 2.0", ReportKind::Quarterly, date(2024, 4, 1), date(2024, 6, 30),
                     {{"2.1", "Aktiviteter", "Vi har haft gruppträffar."},
                      {"2.5", "Sammanfattande bedömning", "Det går bra."},
                      { "2.6",
                        "Styrgruppens analys",
                        "Styrgruppen ser framsteg." }}),
           "q2");

    const auto document = report_as("kansli", "2024Q2");

    ASSERT_EQ(document.interventions.size(), 1u);
    const auto& part = document.interventions.front();
    EXPECT_EQ(part.name, "Kärnhuset 2.0");
    EXPECT_EQ(part.owner, "Sandvikens kommun");
    EXPECT_EQ(part.source, "Kvartalsrapport 2024-04-01 – 2024-06-30");
    EXPECT_EQ(titles(part.sections), (Strings{"Metod", "Resultat", "Analys"}));
    EXPECT_EQ(part.sections[1].text, "Det går bra.");
    EXPECT_EQ(document.association, "Gävleborg");
    EXPECT_EQ(document.period_label, "kvartal 2 2024");
    EXPECT_TRUE(document.kansli_copy);
}

TEST_F(BoardReportTest, TheSlutrapportIsTheTextAndEveryReportGivesItsLessons) {
    const std::vector<Section> final_sections{
        {"4.1", "Syfte och bakgrund", "Insatsen startade för att..."},
        {"6.1", "Lärdomar", "Tidiga möten hjälper."},
        {"6.4", "Framgångsfaktorer", "Samverkan med arbetsförmedlingen."},
        {"6.5", "Systemfel", "Väntetider i vården."}};
    import(report_of("Stegvis", ReportKind::Quarterly, date(2024, 4, 1), date(2024, 6, 30),
                     {{ "2.1",
                        "Aktiviteter",
                        "Kvartalets text." }}),
           "stegvis-q2");
    import(report_of("Stegvis", ReportKind::Final, date(2023, 1, 1), date(2024, 6, 30),
                     final_sections),
           "stegvis-slut");

    const auto document = report_as("kansli", "2024H1");

    const auto& part = part_of(document, "Stegvis");
    EXPECT_EQ(part.source, "Slutrapport 2023-01-01 – 2024-06-30");
    EXPECT_EQ(titles(part.sections), (Strings{"Bakgrund"}));
    const auto lessons = std::find_if(document.lessons.begin(), document.lessons.end(),
                                      [](const auto& of) { return of.intervention == "Stegvis"; });
    ASSERT_NE(lessons, document.lessons.end());
    EXPECT_EQ(titles(lessons->sections),
              (Strings{"Framgångsfaktorer", "Problem i stödsystemet", "Lärdomar"}));
}

TEST_F(BoardReportTest, TheBoardReadsOnlyReviewedReportsWithSmallCountsMasked) {
    const auto report = import(
        report_of("Kärnhuset 2.0", ReportKind::Quarterly, date(2024, 4, 1), date(2024, 6, 30),
                  {{"2.5", "Sammanfattande bedömning", "3 deltagare har fått arbete."}}),
        "q2");

    const auto before = report_as("styrelse", "2024Q2");
    EXPECT_TRUE(part_of(before, "Kärnhuset 2.0").sections.empty())
        << "a report not yet reviewed is not the board's";
    review_and_confirm(report);
    const auto after = report_as("styrelse", "2024Q2");

    const auto& part = part_of(after, "Kärnhuset 2.0");
    ASSERT_EQ(part.sections.size(), 1u);
    EXPECT_EQ(part.sections.front().text,
              std::string(k_small_count_mask) + " deltagare har fått arbete.");
    EXPECT_FALSE(after.kansli_copy);
    EXPECT_TRUE(after.attention.empty());
}

TEST_F(BoardReportTest, TheBoardsCountsAreTheStatisticsProtectedOnes) {
    review_and_confirm(imported_report()); // 12 in total, 3 ended

    const auto board = report_as("styrelse", "2024Q3");
    const auto kansli = report_as("kansli", "2024Q3");

    ASSERT_EQ(board.summary.size(), 1u);
    EXPECT_EQ(board.summary.front().participants_total.value, 12);
    EXPECT_TRUE(board.summary.front().participants_ended.hidden);
    EXPECT_FALSE(board.summary.front().participants_ended.value);
    EXPECT_EQ(kansli.summary.front().participants_ended.value, 3);
    EXPECT_TRUE(kansli.summary.front().participants_ended.marked);
}

TEST_F(BoardReportTest, TheKansliIsToldOfMissingReportsAndFundsAboveThoseGranted) {
    InterventionStore interventions(database());
    auto details = **interventions.load(karnhuset());
    details.granted_sek = 100'000;
    details.used_sek = 120'000;
    ASSERT_TRUE(interventions.update(details));

    const auto kansli = report_as("kansli", "2024");
    const auto board = report_as("styrelse", "2024");

    EXPECT_TRUE(mentions(kansli, "Kvartalsrapporten för kvartal 1 2024 saknas"));
    EXPECT_TRUE(mentions(kansli, "Kvartalsrapporten för kvartal 2 2024 saknas"));
    EXPECT_FALSE(mentions(kansli, "kvartal 3 2024")) << "it is in";
    EXPECT_FALSE(mentions(kansli, "kvartal 4 2024")) << "not due until January";
    EXPECT_TRUE(mentions(kansli, "mer än beviljade"));
    EXPECT_EQ(kansli.summary.front().reports_missing, 2);
    EXPECT_TRUE(board.attention.empty());
}

TEST_F(BoardReportTest, TheKansliIsToldWhichFigureAReportStatesTwiceWithDifferentValues) {
    Report report =
        report_of("Kärnhuset 2.0", ReportKind::Quarterly, date(2024, 7, 1), date(2024, 9, 30), {});
    report.figures = {{Measure::ParticipantsEnded, 16, Unit::Count, "", "", ""},
                      {Measure::ParticipantsEnded, 15, Unit::Count, "", "", ""},
                      {Measure::ParticipantsTotal, 20, Unit::Count, "", "", "kvinna"},
                      {Measure::ParticipantsTotal, 21, Unit::Count, "", "", "kvinna"}};
    import(report, "hash-conflicting-figures");

    const auto kansli = report_as("kansli", "2024Q3");

    EXPECT_TRUE(mentions(kansli, "Avslutade anges som 16 och 15 i rapporten"));
    EXPECT_TRUE(mentions(kansli, "Deltagare totalt, kvinnor anges som 20 och 21 i rapporten"));
}

// The overview and the board report count missing reports by one rule: in the quarter an
// insats ends in, its slutrapport is owed instead of a kvartalsrapport.
TEST_F(BoardReportTest, MissingReportsAreThoseTheOverviewCountsAsMissing) {
    InterventionStore interventions(database());
    auto details = **interventions.load(karnhuset());
    details.ended_on = date(2024, 11, 15);
    ASSERT_TRUE(interventions.update(details));
    clock().set(noon(date(2025, 2, 10)));

    const auto kansli = report_as("kansli", "2024");

    EXPECT_TRUE(mentions(kansli, "Slutrapporten saknas (insatsen slutade 2024-11-15)"));
    EXPECT_FALSE(mentions(kansli, "kvartal 4 2024")) << "the slutrapport replaces it";
    int missing_in_overview = 0;
    for (const Date quarter :
         {date(2024, 1, 1), date(2024, 4, 1), date(2024, 7, 1), date(2024, 10, 1)}) {
        const auto shown = overview(as("kansli"), quarter, OverviewContent::Quarter);
        ASSERT_TRUE(shown);
        missing_in_overview += shown->counts.missing;
    }
    EXPECT_EQ(kansli.summary.front().reports_missing, 3);
    EXPECT_EQ(kansli.summary.front().reports_missing, missing_in_overview);
}

// An övrig rapport (read without a template) owes nothing and accounts for nothing: a
// delårsrapport covering the first half year leaves its kvartalsrapporter missing, in the
// board report as in the overview. Its sections, by their own ids, are the insats's text when
// the period has no other report, and it gives its lessons.
TEST_F(BoardReportTest, AnOvrigRapportAccountsForNoQuarterButGivesItsText) {
    import(report_of("Kärnhuset 2.0", ReportKind::Other, date(2024, 1, 1), date(2024, 6, 30),
                     {{"inledning", "Inledning", "Kärnhuset har haft ett lugnt halvår."},
                      {"resultat", "Resultat hittills", "Tolv deltagare."},
                      {"slutsatser", "Slutsatser", "Insatsen fungerar."},
                      {"lardomar", "Lärdomar", "Tid gör skillnad."},
                      { "vad-vi-gor",
                        "Vad vi gör",
                        "Gruppträffar varje vecka." }}),
           "delar-2024");

    const auto kansli = report_as("kansli", "2024");

    EXPECT_TRUE(mentions(kansli, "Kvartalsrapporten för kvartal 1 2024 saknas"));
    EXPECT_TRUE(mentions(kansli, "Kvartalsrapporten för kvartal 2 2024 saknas"));
    EXPECT_EQ(kansli.summary.front().reports_missing, 2);
    const auto shown = overview(as("kansli"), date(2024, 4, 1), OverviewContent::Quarter);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->counts.missing, 1) << "the overview agrees: kvartal 2 is still owed";

    const auto first_half = report_as("kansli", "2024H1");
    const auto& part = part_of(first_half, "Kärnhuset 2.0");
    EXPECT_EQ(part.source, "Övrig rapport 2024-01-01 – 2024-06-30");
    EXPECT_EQ(titles(part.sections), (Strings{"Bakgrund", "Resultat", "Analys"}));
    EXPECT_EQ(part.sections[0].text, "Kärnhuset har haft ett lugnt halvår.");
    const auto lessons =
        std::find_if(first_half.lessons.begin(), first_half.lessons.end(),
                     [](const auto& of) { return of.intervention == "Kärnhuset 2.0"; });
    ASSERT_NE(lessons, first_half.lessons.end());
    EXPECT_EQ(titles(lessons->sections), (Strings{"Lärdomar"}));
}

TEST_F(BoardReportTest, TheKansliEditsTheTextAndTheReportKeepsItsOwn) {
    const auto report = import(report_of("Kärnhuset 2.0", ReportKind::Quarterly, date(2024, 4, 1),
                                         date(2024, 6, 30),
                                         {{"2.1", "Aktiviteter", "Vi har haft gruppträffar."},
                                          {"2.5", "Sammanfattande bedömning", "Det går bra."}}),
                               "q2");
    const auto layout =
        load_board_layout(templates_dir().parent_path() / "board" / "projektredovisning.json");
    const auto q2 = selection("2024Q2");

    ASSERT_TRUE(save_board_text(as("kansli"), karnhuset(), q2, "resultat", "Insatsen når sina mål.",
                                layout));
    ASSERT_TRUE(save_board_text(as("kansli"), karnhuset(), q2, "metod", "", layout));
    ASSERT_TRUE(save_board_text(as("kansli"), karnhuset(), q2, "bakgrund",
                                "Kärnhuset startade 2024.", layout));
    const auto document = report_as("kansli", "2024Q2");

    const auto& part = part_of(document, "Kärnhuset 2.0");
    EXPECT_EQ(titles(part.sections), (Strings{"Bakgrund", "Resultat"}))
        << "the layout's order; an empty text leaves Metod out";
    EXPECT_EQ(part.sections[1].text, "Insatsen når sina mål.");
    EXPECT_TRUE(part.sections[1].edited);
    const auto own = readable_sections(as("kansli"), report);
    ASSERT_TRUE(own);
    EXPECT_EQ(own->at(1).text, "Det går bra.") << "the report's own text is not changed";
    EXPECT_TRUE(report_as("kansli", "2024Q3").interventions.front().sections.size() <= 1)
        << "an edit is of its period only";
}

TEST_F(BoardReportTest, AnEditWithAPersonnummerOrOfAnUnknownHeadingIsRefusedAtItsField) {
    const auto layout =
        load_board_layout(templates_dir().parent_path() / "board" / "projektredovisning.json");
    const auto q2 = selection("2024Q2");

    const auto personnummer = save_board_text(as("kansli"), karnhuset(), q2, "resultat",
                                              "Deltagaren 19121212-1212 fick jobb.", layout);
    const auto unknown =
        save_board_text(as("kansli"), karnhuset(), q2, "ekonomi", "Budgeten höll.", layout);
    const auto board = save_board_text(as("styrelse"), karnhuset(), q2, "resultat", "Bra.", layout);

    ASSERT_FALSE(personnummer);
    EXPECT_EQ(personnummer.error().code, ErrorCode::Invalid);
    ASSERT_EQ(personnummer.error().fields.size(), 1u);
    EXPECT_EQ(personnummer.error().fields.front().field, "text");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().fields.front().field, "heading");
    ASSERT_FALSE(board);
    EXPECT_EQ(board.error().code, ErrorCode::Forbidden);
}

TEST_F(BoardReportTest, AnInsatssKeyFiguresOverTimeAreAChartProtectedAsItsPageIs) {
    Report second =
        report_of("Kärnhuset 2.0", ReportKind::Quarterly, date(2024, 4, 1), date(2024, 6, 30), {});
    second.figures = {{Measure::ParticipantsTotal, 10, Unit::Count, "", ""},
                      {Measure::ParticipantsEnded, 2, Unit::Count, "", ""}};
    review_and_confirm(import(second, "q2"));
    review_and_confirm(imported_report()); // Q3: 12 in total, 3 ended

    const auto kansli = report_as("kansli", "2024");
    const auto board = report_as("styrelse", "2024");

    const auto& kansli_chart = part_of(kansli, "Kärnhuset 2.0").chart;
    ASSERT_TRUE(kansli_chart);
    ASSERT_FALSE(kansli_chart->series.empty());
    const auto& totals = kansli_chart->series.front();
    EXPECT_EQ(totals.label, "Deltagare totalt");
    ASSERT_EQ(totals.points.size(), 2u);
    EXPECT_EQ(totals.points[0].value, 10);
    EXPECT_EQ(totals.points[1].value, 12);
    const auto& board_chart = part_of(board, "Kärnhuset 2.0").chart;
    ASSERT_TRUE(board_chart);
    for (const auto& series : board_chart->series) {
        for (const auto& point : series.points) {
            EXPECT_FALSE(point.value && *point.value > 0 && *point.value < 5)
                << series.label << " shows a small count to the board";
            EXPECT_EQ(point.hidden, !point.value) << series.label;
        }
    }
}

TEST_F(BoardReportTest, TheKansliChoosesTheReportAnInsatssTextIsTakenFrom) {
    const auto quarter =
        import(report_of("Stegvis", ReportKind::Quarterly, date(2024, 4, 1), date(2024, 6, 30),
                         {{"2.5", "Sammanfattande bedömning", "Kvartalets bedömning."}}),
               "stegvis-q2");
    const auto final_report =
        import(report_of("Stegvis", ReportKind::Final, date(2023, 1, 1), date(2024, 6, 30),
                         {{"4.1", "Syfte och bakgrund", "Slutrapportens bakgrund."}}),
               "stegvis-slut");
    review_and_confirm(final_report);
    const auto stegvis = part_of(report_as("kansli", "2024H1"), "Stegvis").intervention_id;
    const auto h1 = selection("2024H1");

    ASSERT_TRUE(choose_board_source(as("kansli"), stegvis, h1, quarter));
    const auto chosen = report_as("kansli", "2024H1");
    const auto board = report_as("styrelse", "2024H1");
    const auto other = choose_board_source(as("kansli"), stegvis, h1, imported_report());

    const auto& part = part_of(chosen, "Stegvis");
    EXPECT_EQ(part.source, "Kvartalsrapport 2024-04-01 – 2024-06-30");
    EXPECT_TRUE(part.source_chosen);
    EXPECT_EQ(titles(part.sections), (Strings{"Resultat"}));
    ASSERT_EQ(part.source_choices.size(), 2u);
    EXPECT_EQ(std::count_if(part.source_choices.begin(), part.source_choices.end(),
                            [](const BoardSourceChoice& choice) { return choice.chosen; }),
              1);
    EXPECT_EQ(part_of(board, "Stegvis").source, "Slutrapport 2023-01-01 – 2024-06-30")
        << "the chosen kvartalsrapport is not reviewed: the board reads the slutrapport";
    EXPECT_TRUE(part_of(board, "Stegvis").source_choices.empty());
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().fields.front().field, "report") << "Kärnhuset's report";

    ASSERT_TRUE(choose_board_source(as("kansli"), stegvis, h1, std::nullopt));
    EXPECT_EQ(part_of(report_as("kansli", "2024H1"), "Stegvis").source,
              "Slutrapport 2023-01-01 – 2024-06-30");
}

/// Answers Kärnhuset's self-assessment at the start, in week 10 of 2024: health as given.
void answer_health(Database& database, std::int64_t association, std::int64_t intervention,
                   std::initializer_list<int> values) {
    SurveyRound round;
    round.intervention_id = intervention;
    round.survey_id = "sjalvskattning";
    round.token = "board-report-test";
    const auto opened = SurveyRoundStore(database).open_round(association, round);
    ASSERT_TRUE(opened);
    for (const int value : values)
        ASSERT_TRUE(SurveyAnswerStore(database).submit(opened->id,
                                                       SurveyAnswer{"sjalvskattning",
                                                                    intervention,
                                                                    SurveyTimePoint::Start,
                                                                    RespondentKind::Participant,
                                                                    IsoWeek{2024, 10},
                                                                    {{"halsa", ScaleValue{value}}}},
                                                       std::nullopt));
}

TEST_F(BoardReportTest, AnInsatssSurveyResultsFollowItsGoals) {
    answer_health(database(), association(), karnhuset(), {5, 5, 5, 5, 5, 6, 6, 6, 6, 6});

    const BoardDocument document = report_as("kansli", "2024");

    const auto& part = part_of(document, "Kärnhuset 2.0");
    ASSERT_EQ(part.surveys.size(), 1u);
    const DataTable& table = part.surveys[0];
    EXPECT_EQ(table.title, "Självskattning");
    EXPECT_EQ(table.notes.front(), "Svar under 2024-01-01 – 2024-12-31.");
    ASSERT_FALSE(table.rows.empty());
    EXPECT_EQ(std::get<std::string>(table.rows[0][0].value), "Hur mår du just nu?");
    EXPECT_EQ(std::get<double>(table.rows[0][2].value), 10.0); // answers at the start
    EXPECT_EQ(std::get<double>(table.rows[0][3].value), 5.5);  // their mean
    EXPECT_TRUE(std::holds_alternative<std::monostate>(table.rows[0][4].value)); // no end
}

TEST_F(BoardReportTest, AnInsatsWithoutSurveyAnswersHasNoSurveyTable) {
    EXPECT_TRUE(part_of(report_as("kansli", "2024"), "Kärnhuset 2.0").surveys.empty());
}

TEST_F(BoardReportTest, AGoalASurveyMeasuresShowsItsOutcomeOrThatItIsHidden) {
    InterventionStore interventions(database());
    auto details = **interventions.load(karnhuset());
    details.goals = {{"70 % mår bra vid avslut", 70, Unit::Percent, std::nullopt,
                      SurveyMeasure{"sjalvskattning", "halsa", SurveyGoalRule::ShareAtOrAbove, 7}},
                     {"Hälsan ökar 2 steg", 2, std::nullopt, std::nullopt,
                      SurveyMeasure{"sjalvskattning", "halsa", SurveyGoalRule::MeanChange}}};
    ASSERT_TRUE(interventions.update(details));
    ScaleAnswers health(database(), association(), karnhuset(), "sjalvskattning", "halsa");
    health.answer(SurveyTimePoint::Start, IsoWeek{2024, 10}, {4, 4, 4, 4, 4, 5, 5, 5, 5, 5});
    health.answer(SurveyTimePoint::End, IsoWeek{2024, 20}, {6, 6, 6, 6, 6, 8, 8, 8, 8, 8});

    // Copies: part_of returns into a document that is a temporary here.
    const auto shown = part_of(report_as("styrelse", "2024H1"), "Kärnhuset 2.0").goals;
    ASSERT_EQ(shown.size(), 2u);
    EXPECT_EQ(shown[0].outcome, 50.0);
    EXPECT_EQ(shown[0].answer_count, 10);
    EXPECT_TRUE(shown[0].percent);
    EXPECT_EQ(shown[0].status, GoalStatus::Behind);
    EXPECT_EQ(shown[1].outcome, 2.5);
    EXPECT_TRUE(shown[1].steps);
    EXPECT_EQ(shown[1].status, GoalStatus::Reached);

    // Three more end answers in the spring: 13 in all, of which the three 9s are a small count
    // that hides the share of 7 and more from the board (not from the kansli).
    health.answer(SurveyTimePoint::End, IsoWeek{2024, 21}, {9, 9, 9});
    const auto hidden = part_of(report_as("styrelse", "2024H1"), "Kärnhuset 2.0").goals;
    EXPECT_TRUE(hidden[0].outcome_hidden);
    EXPECT_EQ(hidden[0].outcome, std::nullopt);
    EXPECT_EQ(hidden[0].status, GoalStatus::NotJudged);
    const auto kansli = part_of(report_as("kansli", "2024H1"), "Kärnhuset 2.0").goals;
    EXPECT_FALSE(kansli[0].outcome_hidden);
    EXPECT_EQ(kansli[0].answer_count, 13);
}

TEST_F(BoardReportTest, AnInsatsagareMayNotMakeIt) {
    const auto made = board_report(as("agare"), selection("2024"), BoardLayout{}, SurveyCatalog{});

    ASSERT_FALSE(made);
    EXPECT_EQ(made.error().code, ErrorCode::Forbidden);
}

} // namespace
} // namespace finsam::testing
