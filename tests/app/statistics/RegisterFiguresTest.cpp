#include "app/statistics/RegisterFigures.h"

#include "AppTestSupport.h"
#include "app/reports/ConfirmFigures.h"
#include "storage/InterventionStore.h"
#include "storage/ReportStore.h"

namespace finsam::testing {
namespace {

// The fixture's Kärnhuset 2.0 (individual, 2024–2026) reported 12 participants for Q3 2024.
class RegisterFiguresTest : public UseCaseTest {
protected:
    void import_quarter(Date start, Date end, std::vector<Figure> figures,
                        const std::string& hash) {
        Report report;
        report.kind = ReportKind::Quarterly;
        report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun", InterventionKind::Individual};
        report.period = {start, end};
        report.figures = std::move(figures);
        ASSERT_TRUE(
            ReportStore(database(), clock())
                .save_document(association(),
                               {hash + ".pdf", SourceFormat::Pdf, hash, ReportKind::Quarterly},
                               {report}));
    }
};

Figure count(Measure measure, double value, std::string category = {}) {
    return {measure, value, Unit::Count, "", "", std::move(category)};
}

TEST_F(RegisterFiguresTest, TheYearsParticipantsAreTheActiveAtItsEndAndTheEndedDuringIt) {
    InterventionStore interventions(database());
    auto details = **interventions.load(karnhuset());
    details.granted_sek = 400000;
    details.used_sek = 120000;
    details.goals = {{"Totalt 45 deltagare", 45, Unit::Count, Measure::ParticipantsTotal}};
    ASSERT_TRUE(interventions.update(details));
    import_quarter(date(2024, 7, 1), date(2024, 9, 30),
                   {count(Measure::EndedInPeriod, 2, "kvinna"),
                    count(Measure::EndedInPeriod, 1, "man"), count(Measure::EndedInPeriod, 3)},
                   "hash-q3-flows");
    import_quarter(date(2024, 10, 1), date(2024, 12, 31),
                   {count(Measure::ParticipantsCurrent, 11),
                    count(Measure::ParticipantsCurrent, 6, "kvinna"),
                    count(Measure::ParticipantsCurrent, 5, "man"), count(Measure::EndedInPeriod, 1),
                    count(Measure::EndedInPeriod, 1, "man")},
                   "hash-q4");

    const auto figures = register_figures(as("kansli"), 2024);

    ASSERT_TRUE(figures) << figures.error().log_message;
    ASSERT_EQ(figures->rows.size(), 1u);
    const RegisterRow& row = figures->rows.front();
    EXPECT_EQ(row.kind, InterventionKind::Individual);
    EXPECT_EQ(row.granted_sek, 400000);
    EXPECT_EQ(row.used_sek, 120000);
    EXPECT_EQ(row.budgeted_participants, 45);
    EXPECT_EQ(row.women, 8);
    EXPECT_EQ(row.men, 7);
    EXPECT_EQ(row.total, 15);
    EXPECT_EQ(row.source, ParticipantSource::PeriodFigures);
}

TEST_F(RegisterFiguresTest, WithoutPeriodFiguresTheReportsOwnTotalsAreGiven) {
    const auto figures = register_figures(as("kansli"), 2024);

    ASSERT_TRUE(figures);
    EXPECT_EQ(figures->rows.front().total, 12);
    EXPECT_EQ(figures->rows.front().source, ParticipantSource::StatedTotals);
    const auto tables = register_tables(*figures);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables.front().title, "Individinriktade insatser 2024");
}

TEST_F(RegisterFiguresTest, FiguresReadFromTheTextAreMarkedUntilTheKansliConfirmsThem) {
    InterventionStore interventions(database());
    auto details = **interventions.load(karnhuset());
    details.goals = {{"Totalt 45 deltagare", 45, Unit::Count, Measure::ParticipantsTotal}};
    ASSERT_TRUE(interventions.update(details));

    const auto before = register_figures(as("kansli"), 2024);

    ASSERT_TRUE(before) << before.error().log_message;
    const RegisterRow& row = before->rows.front();
    EXPECT_EQ(row.total, 12);
    // The budget is the insats's goal, typed in by the kansli: nothing to confirm.
    EXPECT_EQ(row.unconfirmed, std::set<RegisterField>{RegisterField::Total});
    EXPECT_EQ(register_json(*before).front()["unconfirmed"],
              nlohmann::json::array({"participants.total"}));
    const auto tables = register_tables(*before);
    ASSERT_EQ(tables.size(), 1u);
    const auto& cells = tables.front().rows.front();
    EXPECT_TRUE(cells.back().unconfirmed);
    EXPECT_FALSE(cells.at(4).unconfirmed); // Budgeterat antal deltagare
    EXPECT_TRUE(std::any_of(tables.front().notes.begin(), tables.front().notes.end(),
                            [](const std::string& note) {
                                return note.starts_with("† = läst ur texten, ej bekräftad");
                            }));

    ASSERT_TRUE(confirm_figures(as("kansli"), imported_report(), 1));

    const auto after = register_figures(as("kansli"), 2024);
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->rows.front().unconfirmed.empty());
    EXPECT_EQ(register_json(*after).front()["unconfirmed"], nlohmann::json::array());
    const auto confirmed_tables = register_tables(*after);
    for (const auto& cell : confirmed_tables.front().rows.front())
        EXPECT_FALSE(cell.unconfirmed);
}

TEST_F(RegisterFiguresTest, AStatedTargetAndTheParticipantsOfUnconfirmedQuartersAreMarked) {
    ASSERT_TRUE(confirm_figures(as("kansli"), imported_report(), 1));
    import_quarter(date(2024, 10, 1), date(2024, 12, 31),
                   {count(Measure::ParticipantsTarget, 40), count(Measure::ParticipantsCurrent, 11),
                    count(Measure::ParticipantsCurrent, 6, "kvinna"),
                    count(Measure::ParticipantsCurrent, 5, "man")},
                   "hash-q4-target");

    const auto figures = register_figures(as("kansli"), 2024);

    ASSERT_TRUE(figures) << figures.error().log_message;
    const RegisterRow& row = figures->rows.front();
    EXPECT_EQ(row.budgeted_participants, 40);
    EXPECT_EQ(row.women, 6);
    EXPECT_EQ(row.unconfirmed,
              (std::set<RegisterField>{RegisterField::BudgetedParticipants, RegisterField::Women,
                                       RegisterField::Men, RegisterField::Total}));
    EXPECT_EQ(register_json(*figures).front()["unconfirmed"],
              (nlohmann::json{"budgeted_participants", "participants.kvinna", "participants.man",
                              "participants.total"}));
}

TEST_F(RegisterFiguresTest, OnlyTheKansliSeesThem) {
    for (const std::string username : {"styrelse", "agare"}) {
        const auto figures = register_figures(as(username), 2024);
        ASSERT_FALSE(figures) << username;
        EXPECT_EQ(figures.error().code, ErrorCode::Forbidden);
    }
}

} // namespace
} // namespace finsam::testing
