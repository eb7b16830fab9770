#include "analytics/VersionDiff.h"

#include "PrintTextSegment.h"

#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace finsam {

namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date date_of(int year_number, unsigned month_number, unsigned day_number) {
    return Date{year{year_number}, month{month_number}, day{day_number}};
}

Report sample_report() {
    Report report;
    report.intervention = {"Steg till arbete", "Kommunen", InterventionKind::Individual};
    report.period = {date_of(2024, 1, 1), date_of(2024, 3, 31)};
    report.registration = {"SFG 24-08.02", "AB", date_of(2024, 4, 10)};
    report.funds = {1'200'000, 350'000};
    report.partners = {"Arbetsförmedlingen", "Försäkringskassan"};
    report.reporter = {date_of(2024, 4, 5), "Anna Andersson"};
    report.sections = {{"1", "Bakgrund", "Insatsen riktar sig till unga vuxna."},
                       {"2.1", "Deltagare", "Tolv deltagare har deltagit."},
                       {"3", "Samverkan", "Samverkan fungerar väl."}};
    report.goals = {{"Minst 20 deltagare", 20, Unit::Count, Measure::ParticipantsTarget},
                    {"Hälften går vidare till arbete", 50, Unit::Percent, Measure::EndedToWork}};
    report.figures = {{Measure::ParticipantsTotal, 12, Unit::Count, "2.1", "Tolv deltagare."},
                      {Measure::ParticipantsWomen, 7, Unit::Count, "2.1", "Sju kvinnor."}};
    report.warnings = {{"missing_field", "No signature"}};
    return report;
}

TEST(VersionDiffReports, SameReportHasNoChanges) {
    const Report report = sample_report();
    EXPECT_TRUE(diff_reports(report, report).empty());
    EXPECT_TRUE(diff_reports(Report{}, Report{}).empty());
}

TEST(VersionDiffReports, WarningsAndKindAreNotCompared) {
    const Report before = sample_report();
    Report after = before;
    after.warnings.clear();
    after.kind = ReportKind::Final;
    EXPECT_TRUE(diff_reports(before, after).empty());
}

struct FieldCase {
    const char* key;
    std::function<void(Report&)> change;
    const char* before;
    const char* after;
};

TEST(VersionDiffReports, EachFieldIsRenderedUnderItsKey) {
    const FieldCase cases[] = {
        {field_key::k_intervention_name,
         [](Report& report) { report.intervention.name = "Steg mot arbete"; }, "Steg till arbete",
         "Steg mot arbete"},
        {field_key::k_owner, [](Report& report) { report.intervention.owner.reset(); }, "Kommunen",
         ""},
        {field_key::k_intervention_kind,
         [](Report& report) { report.intervention.kind = InterventionKind::Structural; },
         "individual", "structural"},
        {field_key::k_period, [](Report& report) { report.period.end = date_of(2024, 6, 30); },
         "2024-01-01/2024-03-31", "2024-01-01/2024-06-30"},
        {field_key::k_period, [](Report& report) { report.period.start.reset(); },
         "2024-01-01/2024-03-31", "/2024-03-31"},
        {field_key::k_period, [](Report& report) { report.period = {}; }, "2024-01-01/2024-03-31",
         ""},
        {field_key::k_registry_number,
         [](Report& report) { report.registration.registry_number = "SFG 24-08.03"; },
         "SFG 24-08.02", "SFG 24-08.03"},
        {field_key::k_signature, [](Report& report) { report.registration.signature = "CD"; }, "AB",
         "CD"},
        {field_key::k_arrival_date,
         [](Report& report) { report.registration.arrival_date = date_of(2024, 4, 9); },
         "2024-04-10", "2024-04-09"},
        {field_key::k_granted_sek, [](Report& report) { report.funds.granted_sek = 1'250'000; },
         "1200000", "1250000"},
        {field_key::k_used_sek, [](Report& report) { report.funds.used_sek.reset(); }, "350000",
         ""},
        {field_key::k_reporter_date,
         [](Report& report) { report.reporter.date = date_of(2024, 4, 6); }, "2024-04-05",
         "2024-04-06"},
        {field_key::k_reporter_name, [](Report& report) { report.reporter.name = "Bo Berg"; },
         "Anna Andersson", "Bo Berg"},
        {field_key::k_partners, [](Report& report) { report.partners.push_back("Region Skåne"); },
         "Arbetsförmedlingen, Försäkringskassan",
         "Arbetsförmedlingen, Försäkringskassan, Region Skåne"},
    };
    for (const FieldCase& field_case : cases) {
        const Report before = sample_report();
        Report after = before;
        field_case.change(after);
        const ReportDiff diff = diff_reports(before, after);
        EXPECT_EQ(diff.fields,
                  (std::vector<FieldChange>{{field_case.key, field_case.before, field_case.after}}))
            << field_case.key << " -> " << field_case.after;
        EXPECT_TRUE(diff.sections.empty() && diff.figures.empty() && diff.goals.empty());
    }
}

TEST(VersionDiffReports, FieldsAreListedInKeyOrder) {
    Report after;
    after.intervention.name = "Ny";
    after.partners = {"A"};
    after.funds.granted_sek = 1;
    after.period.start = date_of(2024, 1, 1);
    std::vector<std::string> keys;
    for (const FieldChange& change : diff_reports(Report{}, after).fields)
        keys.push_back(change.field);
    EXPECT_EQ(keys, (std::vector<std::string>{field_key::k_intervention_name, field_key::k_period,
                                              field_key::k_granted_sek, field_key::k_partners}));
}

TEST(VersionDiffReports, MissingAndEmptyOwnerLookTheSame) {
    Report before = sample_report();
    before.intervention.owner.reset();
    Report after = before;
    after.intervention.owner = "";
    EXPECT_TRUE(diff_reports(before, after).fields.empty());
}

TEST(VersionDiffReports, SectionChangedWithWordSegments) {
    const Report before = sample_report();
    Report after = before;
    after.sections[1].text = "Femton deltagare har deltagit.";
    const ReportDiff diff = diff_reports(before, after);
    ASSERT_EQ(diff.sections.size(), 1U);
    const SectionChange& change = diff.sections[0];
    EXPECT_EQ(change.id, "2.1");
    EXPECT_EQ(change.title, "Deltagare");
    EXPECT_EQ(change.previous_title, "");
    EXPECT_EQ(change.kind, ChangeKind::Changed);
    EXPECT_EQ(change.segments,
              (std::vector<TextSegment>{{DiffOp::Deleted, "Tolv"},
                                        {DiffOp::Inserted, "Femton"},
                                        {DiffOp::Equal, " deltagare har deltagit."}}));
}

TEST(VersionDiffReports, RenamedSectionKeepsItsOldTitle) {
    const Report before = sample_report();
    Report after = before;
    after.sections[2].title = "Samverkan och samordning";
    const ReportDiff diff = diff_reports(before, after);
    ASSERT_EQ(diff.sections.size(), 1U);
    EXPECT_EQ(diff.sections[0].kind, ChangeKind::Changed);
    EXPECT_EQ(diff.sections[0].title, "Samverkan och samordning");
    EXPECT_EQ(diff.sections[0].previous_title, "Samverkan");
    EXPECT_EQ(diff.sections[0].segments,
              (std::vector<TextSegment>{{DiffOp::Equal, "Samverkan fungerar väl."}}));
}

TEST(VersionDiffReports, SectionsAddedAndRemovedWhereTheyStand) {
    Report before = sample_report();
    before.sections.insert(before.sections.begin(), {"0", "Sammanfattning", "Kort."});
    // before: 0, 1, 2.1, 3
    Report after = sample_report();
    after.sections.erase(after.sections.begin() + 1); // drop 2.1
    after.sections.push_back({"4", "Övrigt", "Inget att rapportera."});
    after.sections.insert(after.sections.begin() + 1, {"1.5", "Ny", ""});
    // after: 1, 1.5, 3, 4

    const ReportDiff diff = diff_reports(before, after);
    ASSERT_EQ(diff.sections.size(), 4U);
    EXPECT_EQ(diff.sections[0].id, "0");
    EXPECT_EQ(diff.sections[0].kind, ChangeKind::Removed);
    EXPECT_EQ(diff.sections[0].segments, (std::vector<TextSegment>{{DiffOp::Deleted, "Kort."}}));
    // 2.1 stood after 1, and so did the new 1.5: what went out is listed before what came in.
    EXPECT_EQ(diff.sections[1].id, "2.1");
    EXPECT_EQ(diff.sections[1].kind, ChangeKind::Removed);
    EXPECT_EQ(diff.sections[1].title, "Deltagare");
    EXPECT_EQ(diff.sections[2].id, "1.5");
    EXPECT_EQ(diff.sections[2].kind, ChangeKind::Added);
    EXPECT_TRUE(diff.sections[2].segments.empty());
    EXPECT_EQ(diff.sections[3].id, "4");
    EXPECT_EQ(diff.sections[3].kind, ChangeKind::Added);
    EXPECT_EQ(diff.sections[3].title, "Övrigt");
    EXPECT_EQ(diff.sections[3].segments,
              (std::vector<TextSegment>{{DiffOp::Inserted, "Inget att rapportera."}}));
}

TEST(VersionDiffReports, RepeatedSectionIdsPairInOrder) {
    Report before;
    before.sections = {{"mål", "Mål", "Första"}, {"mål", "Mål", "Andra"}};
    Report after = before;
    after.sections[1].text = "Andra, ändrat";
    after.sections.push_back({"mål", "Mål", "Tredje"});
    const ReportDiff diff = diff_reports(before, after);
    ASSERT_EQ(diff.sections.size(), 2U);
    EXPECT_EQ(diff.sections[0].kind, ChangeKind::Changed);
    EXPECT_EQ(diff.sections[0].segments,
              (std::vector<TextSegment>{{DiffOp::Deleted, "Andra"},
                                        {DiffOp::Inserted, "Andra, ändrat"}}));
    EXPECT_EQ(diff.sections[1].kind, ChangeKind::Added);
}

TEST(VersionDiffReports, FiguresChangedAddedAndRemoved) {
    const Report before = sample_report();
    Report after = before;
    // Women are no longer stated; a later total does not count, only the first one.
    after.figures = {
        {Measure::EndedToWork, 40, Unit::Percent, "2.1", "40 % till arbete."},
        {Measure::ParticipantsTotal, 15, Unit::Count, "2.1", "Femton deltagare."},
        {Measure::ParticipantsTotal, 12, Unit::Count, "3", "Tolv, som förut."},
    };
    const ReportDiff diff = diff_reports(before, after);
    ASSERT_EQ(diff.figures.size(), 3U);

    EXPECT_EQ(diff.figures[0].measure, Measure::ParticipantsTotal);
    EXPECT_EQ(diff.figures[0].unit, Unit::Count);
    EXPECT_EQ(diff.figures[0].before, 12.0);
    EXPECT_EQ(diff.figures[0].after, 15.0);
    EXPECT_EQ(diff.figures[0].kind(), ChangeKind::Changed);

    EXPECT_EQ(diff.figures[1].measure, Measure::ParticipantsWomen);
    EXPECT_EQ(diff.figures[1].before, 7.0);
    EXPECT_EQ(diff.figures[1].after, std::nullopt);
    EXPECT_EQ(diff.figures[1].kind(), ChangeKind::Removed);

    EXPECT_EQ(diff.figures[2].measure, Measure::EndedToWork);
    EXPECT_EQ(diff.figures[2].unit, Unit::Percent);
    EXPECT_EQ(diff.figures[2].before, std::nullopt);
    EXPECT_EQ(diff.figures[2].after, 40.0);
    EXPECT_EQ(diff.figures[2].kind(), ChangeKind::Added);
}

TEST(VersionDiffReports, FigureInAnotherUnitIsAnotherFigure) {
    Report before;
    before.figures = {{Measure::EndedToWork, 4, Unit::Count, "2.1", ""}};
    Report after;
    after.figures = {{Measure::EndedToWork, 4, Unit::Percent, "2.1", ""}};
    const ReportDiff diff = diff_reports(before, after);
    ASSERT_EQ(diff.figures.size(), 2U);
    EXPECT_EQ(diff.figures[0].unit, Unit::Count);
    EXPECT_EQ(diff.figures[0].kind(), ChangeKind::Removed);
    EXPECT_EQ(diff.figures[1].unit, Unit::Percent);
    EXPECT_EQ(diff.figures[1].kind(), ChangeKind::Added);
}

TEST(VersionDiffReports, FigureMovedToAnotherSentenceIsNoChange) {
    const Report before = sample_report();
    Report after = before;
    after.figures[0].quote = "Totalt tolv deltagare.";
    after.figures[0].section_id = "3";
    EXPECT_TRUE(diff_reports(before, after).empty());
}

Goal goal(const char* text) {
    return Goal{text, std::nullopt, std::nullopt, std::nullopt};
}

std::vector<GoalChange> goal_changes(std::vector<Goal> before, std::vector<Goal> after) {
    Report older;
    older.goals = std::move(before);
    Report newer;
    newer.goals = std::move(after);
    return diff_reports(older, newer).goals;
}

TEST(VersionDiffReports, GoalAddedAndRemoved) {
    const auto changes = goal_changes({goal("A gäller"), goal("B gäller"), goal("C gäller")},
                                      {goal("A gäller"), goal("C gäller"), goal("D gäller")});
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[0].kind, ChangeKind::Removed);
    EXPECT_EQ(changes[0].before_text, "B gäller");
    EXPECT_EQ(changes[0].after_text, "");
    EXPECT_EQ(changes[0].segments, (std::vector<TextSegment>{{DiffOp::Deleted, "B gäller"}}));
    EXPECT_EQ(changes[1].kind, ChangeKind::Added);
    EXPECT_EQ(changes[1].before_text, "");
    EXPECT_EQ(changes[1].after_text, "D gäller");
}

TEST(VersionDiffReports, GoalRewordedInPlaceIsChanged) {
    const auto changes = goal_changes(
        {goal("Minst 20 deltagare"), goal("Hälften till arbete")},
        {goal("Minst 25 deltagare"), goal("Ett nytt mål"), goal("Hälften till arbete")});
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[0].kind, ChangeKind::Changed);
    EXPECT_EQ(changes[0].before_text, "Minst 20 deltagare");
    EXPECT_EQ(changes[0].after_text, "Minst 25 deltagare");
    EXPECT_EQ(changes[0].segments, (std::vector<TextSegment>{{DiffOp::Equal, "Minst "},
                                                             {DiffOp::Deleted, "20"},
                                                             {DiffOp::Inserted, "25"},
                                                             {DiffOp::Equal, " deltagare"}}));
    EXPECT_EQ(changes[1].kind, ChangeKind::Added);
    EXPECT_EQ(changes[1].after_text, "Ett nytt mål");
}

TEST(VersionDiffReports, GoalsAreMatchedByTextAlone) {
    Goal before = goal("Minst 20 deltagare");
    Goal after = before;
    after.target = 20;
    after.measure = Measure::ParticipantsTarget;
    EXPECT_TRUE(goal_changes({before}, {after}).empty());
}

TEST(VersionDiffReports, EverythingChangedTogether) {
    const Report before = sample_report();
    Report after = before;
    after.funds.used_sek = 400'000;
    after.sections[0].text += " Fler har tillkommit.";
    after.figures[1].value = 8;
    after.goals.pop_back();
    const ReportDiff diff = diff_reports(before, after);
    EXPECT_FALSE(diff.empty());
    EXPECT_EQ(diff.fields.size(), 1U);
    EXPECT_EQ(diff.sections.size(), 1U);
    EXPECT_EQ(diff.figures.size(), 1U);
    EXPECT_EQ(diff.goals.size(), 1U);
}

} // namespace
} // namespace finsam
