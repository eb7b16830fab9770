#include "storage/ReportContentHash.h"

#include "StorageTestSupport.h"

#include <utility>

namespace finsam::testing {
namespace {

TEST(ReportContentHashTest, EqualReportsHashEqual) {
    EXPECT_EQ(report_content_hash(full_report()), report_content_hash(full_report()));
    EXPECT_EQ(report_content_hash(full_report()).size(), 64U);
}

TEST(ReportContentHashTest, EveryKindOfFieldCounts) {
    const auto original = report_content_hash(full_report());
    auto differs = [&](auto change) {
        Report report = full_report();
        change(report);
        return report_content_hash(report) != original;
    };

    EXPECT_TRUE(differs([](Report& report) { report.kind = ReportKind::Final; }));
    EXPECT_TRUE(differs([](Report& report) { report.intervention.owner.reset(); }));
    EXPECT_TRUE(differs([](Report& report) { report.period.end.reset(); }));
    EXPECT_TRUE(differs([](Report& report) { report.registration.signature = "CD"; }));
    EXPECT_TRUE(differs([](Report& report) { report.funds.used_sek = 96'998; }));
    EXPECT_TRUE(differs([](Report& report) { report.partners.pop_back(); }));
    EXPECT_TRUE(differs([](Report& report) { report.reporter.name.reset(); }));
    EXPECT_TRUE(differs([](Report& report) { report.sections[2].text += "."; }));
    EXPECT_TRUE(differs([](Report& report) { report.goals.clear(); }));
    EXPECT_TRUE(differs([](Report& report) { report.goals[0].text += "."; }));
    EXPECT_TRUE(differs([](Report& report) { report.goals[0].target = 40.0001; }));
    EXPECT_TRUE(differs([](Report& report) { report.goals[0].target.reset(); }));
    EXPECT_TRUE(differs([](Report& report) { report.goals[0].unit = Unit::Percent; }));
    EXPECT_TRUE(differs([](Report& report) { report.goals[0].unit.reset(); }));
    EXPECT_TRUE(differs([](Report& report) { report.goals[0].measure = Measure::EndedToWork; }));
    EXPECT_TRUE(differs([](Report& report) { report.goals[0].measure.reset(); }));
    EXPECT_TRUE(differs([](Report& report) { std::swap(report.goals[0], report.goals[1]); }));
    EXPECT_TRUE(differs([](Report& report) { report.figures[1].value = 21.50001; }));
    EXPECT_TRUE(differs([](Report& report) { report.warnings.clear(); }));
}

TEST(ReportContentHashTest, FieldBoundariesAndMissingValuesAreKept) {
    Report split = full_report();
    split.sections = {{"2.1", "Aktiviteter", "ab"}};
    Report moved = split;
    moved.sections = {{"2.1", "Aktiviteterab", ""}};
    Report empty_owner = full_report();
    empty_owner.intervention.owner = "";
    Report no_owner = full_report();
    no_owner.intervention.owner.reset();

    EXPECT_NE(report_content_hash(split), report_content_hash(moved));
    EXPECT_NE(report_content_hash(empty_owner), report_content_hash(no_owner));
}

// Goals are hashed only when a report has any, so reports stored before goals existed (schema
// version 1) keep their hash and importing them again is Unchanged. The pinned value is what
// the program computed before goals were added.
TEST(ReportContentHashTest, AReportWithoutGoalsKeepsItsEarlierHash) {
    Report report = full_report();
    report.goals.clear();

    EXPECT_EQ(report_content_hash(report),
              "040e538daab8542042f42c7519e4eb34b5f1abe51684f96183faffe653fb5b40");
}

TEST(ReportContentHashTest, GoalBoundariesAndMissingValuesAreKept) {
    Report no_target = full_report();
    no_target.goals = {{"Mål", std::nullopt, Unit::Count, std::nullopt}};
    Report zero_target = no_target;
    zero_target.goals[0].target = 0.0;
    Report one_goal = full_report();
    one_goal.goals = {{"Mål A och B", std::nullopt, std::nullopt, std::nullopt}};
    Report two_goals = full_report();
    two_goals.goals = {{"Mål A", std::nullopt, std::nullopt, std::nullopt},
                       {" och B", std::nullopt, std::nullopt, std::nullopt}};
    Report empty_goal = full_report();
    empty_goal.goals = {{"", std::nullopt, std::nullopt, std::nullopt}};
    Report no_goals = full_report();
    no_goals.goals.clear();

    EXPECT_NE(report_content_hash(no_target), report_content_hash(zero_target));
    EXPECT_NE(report_content_hash(one_goal), report_content_hash(two_goals));
    EXPECT_NE(report_content_hash(empty_goal), report_content_hash(no_goals));
}

} // namespace
} // namespace finsam::testing
