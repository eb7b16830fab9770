#include "app/lessons/Lessons.h"

#include "AppTestSupport.h"
#include "analytics/SmallCountMentions.h"
#include "app/reports/ConfirmFigures.h"
#include "app/reports/ReportWorkflow.h"
#include "storage/AuditStore.h"
#include "storage/ReportStore.h"
#include "storage/WorkflowStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

// The fixture's förbund has Kärnhuset 2.0 (whose insatsägare is the user agare) and an
// imported kvartalsrapport without lessons. Today is 2024-10-08.
class LessonsTest : public UseCaseTest {
protected:
    void SetUp() override {
        UseCaseTest::SetUp();
        m_layout =
            load_board_layout(templates_dir().parent_path() / "board" / "projektredovisning.json");
    }

    PeriodLessons lessons_as(const std::string& username, const std::string& period,
                             const std::string& text = "") {
        const auto asked = parse_period_selection(period);
        EXPECT_TRUE(asked) << asked.error();
        const auto found = period_lessons(as(username), {*asked, text}, m_layout);
        EXPECT_TRUE(found) << found.error().log_message;
        return found ? std::move(*found) : PeriodLessons{};
    }

    std::int64_t import(const std::string& insats, InterventionKind kind, ReportKind report_kind,
                        Period period, std::vector<Section> sections) {
        Report report;
        report.kind = report_kind;
        report.intervention = {insats, "Sandvikens kommun", kind};
        report.period = {period.start, period.end};
        report.sections = std::move(sections);
        const std::string name = insats + format_iso(period.end);
        const auto saved =
            ReportStore(database(), clock())
                .save_document(association(), {name + ".pdf", SourceFormat::Pdf, name, report.kind},
                               {report});
        EXPECT_TRUE(saved) << saved.error().message;
        return saved->reports.front().report_id;
    }

    std::int64_t final_report(const std::string& insats, InterventionKind kind, Period period,
                              std::vector<Section> sections) {
        return import(insats, kind, ReportKind::Final, period, std::move(sections));
    }

    void review_and_confirm(std::int64_t report_id) {
        const auto state = **WorkflowStore(database(), system_clock()).state(report_id);
        ASSERT_TRUE(act_on_report(as("kansli"), report_id, WorkflowAction::Review,
                                  {state.revision, "", "", ""}));
        ASSERT_TRUE(confirm_figures(as("kansli"), report_id, state.version_count));
    }

    static std::vector<std::string> names(const PeriodLessons& lessons) {
        std::vector<std::string> found;
        for (const auto& insats : lessons.interventions)
            found.push_back(insats.name);
        return found;
    }

    /// The texts under a heading of an insats, as plain text.
    static std::vector<std::string> texts(const PeriodLessons& lessons, const std::string& insats,
                                          const std::string& heading) {
        std::vector<std::string> found;
        for (const auto& each : lessons.interventions) {
            if (each.name != insats)
                continue;
            for (const auto& column : each.columns) {
                if (column.heading_id != heading)
                    continue;
                for (const auto& text : column.texts)
                    found.push_back(text.text);
            }
        }
        return found;
    }

    const BoardLayout& layout() const { return m_layout; }

private:
    BoardLayout m_layout;
};

const Period k_2024{date(2024, 1, 1), date(2024, 12, 31)};

TEST_F(LessonsTest, AKvartalsrapportsSummingUpOfWhatGoesWellAndBadlyIsALesson) {
    import("Stegvis", InterventionKind::Individual, ReportKind::Quarterly,
           {date(2024, 4, 1), date(2024, 6, 30)},
           {{"2.1", "Aktiviteter", "Inte en lärdom."},
            { "2.5",
              "Sammanfattande bedömning",
              "Handledarna gör skillnad." }});
    import("Stegvis", InterventionKind::Individual, ReportKind::Quarterly,
           {date(2024, 7, 1), date(2024, 9, 30)},
           {{ "2.5",
              "Sammanfattande bedömning",
              "Väntetider i vården bromsar." }});

    const auto lessons = lessons_as("kansli", "2024");

    auto summings_up = texts(lessons, "Stegvis", "bedomning");
    std::sort(summings_up.begin(), summings_up.end());
    EXPECT_EQ(summings_up, (Strings{"Handledarna gör skillnad.", "Väntetider i vården bromsar."}));
    EXPECT_TRUE(texts(lessons, "Stegvis", "framgangsfaktorer").empty());
}

TEST_F(LessonsTest, ThePeriodsLessonsStandSideBySideByInsats) {
    final_report("Stegvis", InterventionKind::Individual, {date(2023, 1, 1), date(2024, 6, 30)},
                 {{"6.1", "Lärdomar", "Tidiga möten hjälper."},
                  {"6.4", "Framgångsfaktorer", "Samverkan med arbetsförmedlingen."},
                  {"6.5", "Systemfel", "Väntetider i vården."},
                  {"5.3", "Resultat", "Inte en lärdom."}});
    import("Broarna", InterventionKind::Structural, ReportKind::Other, k_2024,
           {{"framgangsfaktorer", "Framgångsfaktorer", "Gemensam utbildning."},
            {"svarigheter", "Svårigheter", "Olika regelverk."},
            { "systemfel",
              "Systemfel",
              "Ingen tar ansvar för helheten." }});
    final_report("Förr", InterventionKind::Individual, {date(2021, 1, 1), date(2022, 12, 31)},
                 {{"6.1", "Lärdomar", "Ur en annan tid."}});

    const auto lessons = lessons_as("kansli", "2024");

    EXPECT_EQ(names(lessons), (Strings{"Stegvis", "Broarna"}))
        << "individinriktade first; Kärnhuset's kvartalsrapport has no lessons, Förr ended "
           "before the period";
    const auto& stegvis = lessons.interventions.front();
    ASSERT_EQ(stegvis.columns.size(), layout().lessons.size());
    EXPECT_EQ(stegvis.columns[0].title, "Framgångsfaktorer");
    EXPECT_EQ(stegvis.columns[1].title, "Problem i stödsystemet");
    EXPECT_EQ(stegvis.columns[2].title, "Lärdomar");
    EXPECT_EQ(texts(lessons, "Stegvis", "framgangsfaktorer"),
              Strings{"Samverkan med arbetsförmedlingen."});
    EXPECT_EQ(texts(lessons, "Stegvis", "lardomar"), Strings{"Tidiga möten hjälper."});
    ASSERT_EQ(stegvis.columns[2].texts.size(), 1U);
    EXPECT_EQ(stegvis.columns[2].texts[0].source, "Slutrapport 2023-01-01 – 2024-06-30");
    EXPECT_EQ(texts(lessons, "Broarna", "systemfel"),
              Strings{"Ingen tar ansvar för helheten.\n\nOlika regelverk."})
        << "the layout's sections of a heading, in its order";
    EXPECT_TRUE(texts(lessons, "Broarna", "lardomar").empty());
    EXPECT_FALSE(lessons.searched);
}

TEST_F(LessonsTest, ASearchKeepsTheLessonTextsThatHoldItWithTheWordsMarked) {
    const auto report =
        final_report("Stegvis", InterventionKind::Individual, {date(2024, 1, 1), date(2024, 6, 30)},
                     {{"6.1", "Lärdomar", "Arbetsgivarna behöver stöd.\n\nTidiga möten hjälper."},
                      {"6.4", "Framgångsfaktorer", "Samverkan med arbetsförmedlingen."},
                      {"5.3", "Resultat", "Arbetsgivare i resultatet räknas inte."}});
    final_report("Broarna", InterventionKind::Structural, {date(2024, 1, 1), date(2024, 6, 30)},
                 {{"6.1", "Lärdomar", "Utbildning tillsammans."}});

    const auto found = lessons_as("kansli", "2024", "arbetsgivare");

    EXPECT_TRUE(found.searched);
    EXPECT_EQ(names(found), Strings{"Stegvis"});
    EXPECT_EQ(texts(found, "Stegvis", "lardomar"),
              Strings{"Arbetsgivarna behöver stöd.\n\nTidiga möten hjälper."});
    EXPECT_TRUE(texts(found, "Stegvis", "framgangsfaktorer").empty());
    const auto& text = found.interventions[0].columns[2].texts.at(0);
    EXPECT_EQ(text.report_id, report);
    ASSERT_EQ(text.paragraphs.size(), 2U);
    EXPECT_EQ(text.paragraphs[0],
              (std::vector<TextPart>{{"Arbetsgivarna", true}, {" behöver stöd.", false}}));
    EXPECT_EQ(text.paragraphs[1], (std::vector<TextPart>{{"Tidiga möten hjälper.", false}}));
    EXPECT_TRUE(lessons_as("kansli", "2023", "arbetsgivare").interventions.empty())
        << "the period narrows the search too";
    EXPECT_TRUE(lessons_as("kansli", "2024", "hästar").interventions.empty());
}

TEST_F(LessonsTest, TheBoardReadsReviewedReportsWithSmallCountsMaskedAndCannotSearchForThem) {
    const auto report = final_report(
        "Kärnhuset 2.0", InterventionKind::Individual, {date(2024, 1, 1), date(2024, 6, 30)},
        {{"6.1", "Lärdomar", "3 deltagare fick arbete tack vare praktiken."}});

    EXPECT_TRUE(lessons_as("styrelse", "2024").interventions.empty())
        << "not reviewed: not the board's";
    review_and_confirm(report);
    const auto board = lessons_as("styrelse", "2024");

    EXPECT_EQ(
        texts(board, "Kärnhuset 2.0", "lardomar"),
        Strings{std::string(k_small_count_mask) + " deltagare fick arbete tack vare praktiken."});
    EXPECT_EQ(names(lessons_as("styrelse", "2024", "\"3 deltagare\"")), Strings{"Kärnhuset 2.0"})
        << "the number is dropped from the board's query, so the phrase finds the text whether "
           "or not the count is 3";
    EXPECT_EQ(texts(lessons_as("kansli", "2024"), "Kärnhuset 2.0", "lardomar"),
              Strings{"3 deltagare fick arbete tack vare praktiken."});
}

TEST_F(LessonsTest, AnInsatsagareReadsTheirOwnInsatsersLessons) {
    final_report("Kärnhuset 2.0", InterventionKind::Individual,
                 {date(2024, 1, 1), date(2024, 6, 30)},
                 {{"6.1", "Lärdomar", "Egna lärdomar om praktik."}});
    final_report("Stegvis", InterventionKind::Individual, {date(2024, 1, 1), date(2024, 6, 30)},
                 {{"6.1", "Lärdomar", "Andras lärdomar om praktik."}});

    EXPECT_EQ(names(lessons_as("agare", "2024")), Strings{"Kärnhuset 2.0"});
    EXPECT_EQ(names(lessons_as("agare", "2024", "praktik")), Strings{"Kärnhuset 2.0"});
    EXPECT_EQ(names(lessons_as("kansli", "2024", "praktik")),
              (Strings{"Kärnhuset 2.0", "Stegvis"}));
}

TEST_F(LessonsTest, TheFieldsAreReadWithThisYearAsThePeriodWhenNoneIsGiven) {
    const auto plain = lessons_asked(posted(FieldMap{}), date(2024, 10, 8));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->selection.period, k_2024);
    const auto typed = lessons_asked(posted(FieldMap({{"period", "2024H1"}, {"q", " samverkan "}})),
                                     date(2024, 10, 8));
    ASSERT_TRUE(typed);
    EXPECT_EQ(typed->selection.period, (Period{date(2024, 1, 1), date(2024, 6, 30)}));
    EXPECT_EQ(typed->text, "samverkan");
    const auto wrong = lessons_asked(
        posted(FieldMap(std::map<std::string, std::string>{{"period", "förra året"}})),
        date(2024, 10, 8));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::Invalid);
    ASSERT_EQ(wrong.error().fields.size(), 1U);
    EXPECT_EQ(wrong.error().fields[0].field, "period");
}

TEST_F(LessonsTest, ShowingTheLessonsIsRecordedInTheAuditTrail) {
    const auto asked =
        lessons_asked(posted(FieldMap(std::map<std::string, std::string>{{"period", "2024"}})),
                      date(2024, 10, 8));
    ASSERT_TRUE(asked);
    ASSERT_TRUE(show_lessons(as("kansli"), *asked, layout()));
    const auto trail = *AuditStore(database()).list(association(), 5);
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.front().detail, "lessons 2024");
}

} // namespace
} // namespace finsam::testing
