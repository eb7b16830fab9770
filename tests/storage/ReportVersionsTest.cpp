#include "StorageTestSupport.h"

namespace finsam::testing {
namespace {

using ReportVersionsTest = StoreTest;

TEST_P(ReportVersionsTest, ChangedContentForTheSameReportBecomesVersionTwo) {
    const Report original = full_report();
    Report corrected = full_report();
    corrected.sections[1].text = "Inga avvikelser.";
    corrected.warnings.pop_back();

    const auto first = save("hash-1", {original});
    const auto second = save("hash-2", {corrected});

    ASSERT_EQ(second.reports.size(), 1U);
    EXPECT_EQ(second.reports[0].outcome, SaveOutcome::NewVersion);
    EXPECT_EQ(second.reports[0].version, 2);
    EXPECT_EQ(second.reports[0].report_id, first.reports[0].report_id);
    const auto loaded = store().load_report(first.reports[0].report_id);
    ASSERT_TRUE(loaded) << loaded.error().message;
    ASSERT_EQ(loaded->versions.size(), 2U);
    EXPECT_EQ(loaded->versions[0].version, 1);
    EXPECT_EQ(loaded->versions[0].source.content_hash, "hash-1");
    expect_same_report(loaded->versions[0].report, original);
    EXPECT_EQ(loaded->versions[1].version, 2);
    EXPECT_EQ(loaded->versions[1].source.content_hash, "hash-2");
    expect_same_report(loaded->versions[1].report, corrected);

    const auto summaries = store().list_reports(association_id(), std::nullopt);
    ASSERT_TRUE(summaries) << summaries.error().message;
    ASSERT_EQ(summaries->size(), 1U);
    EXPECT_EQ((*summaries)[0].latest_version, 2);
    EXPECT_EQ((*summaries)[0].warning_count, 1);
}

TEST_P(ReportVersionsTest, AVersionWithoutAnOptionalFieldDoesNotInheritIt) {
    Report with_owner = full_report();
    Report without_owner = full_report();
    without_owner.intervention.owner.reset();
    without_owner.registration = {};

    const auto first = save("hash-1", {with_owner});
    save("hash-2", {without_owner});
    save("hash-3", {with_owner});

    const auto loaded = store().load_report(first.reports[0].report_id);
    ASSERT_TRUE(loaded) << loaded.error().message;
    ASSERT_EQ(loaded->versions.size(), 3U);
    expect_same_report(loaded->versions[0].report, with_owner);
    expect_same_report(loaded->versions[1].report, without_owner);
    expect_same_report(loaded->versions[2].report, with_owner);
}

TEST_P(ReportVersionsTest, ChangedGoalsBecomeANewVersion) {
    const Report original = full_report();
    Report new_target = full_report();
    new_target.goals[0].target = 45;
    Report no_goals = full_report();
    no_goals.goals.clear();

    const auto first = save("hash-1", {original});
    const auto second = save("hash-2", {new_target});
    const auto third = save("hash-3", {no_goals});
    const auto fourth = save("hash-4", {no_goals});

    EXPECT_EQ(second.reports[0].outcome, SaveOutcome::NewVersion);
    EXPECT_EQ(second.reports[0].version, 2);
    EXPECT_EQ(third.reports[0].outcome, SaveOutcome::NewVersion);
    EXPECT_EQ(third.reports[0].version, 3);
    EXPECT_EQ(fourth.reports[0].outcome, SaveOutcome::Unchanged);
    const auto loaded = store().load_report(first.reports[0].report_id);
    ASSERT_TRUE(loaded) << loaded.error().message;
    ASSERT_EQ(loaded->versions.size(), 3U);
    expect_same_report(loaded->versions[0].report, original);
    expect_same_report(loaded->versions[1].report, new_target);
    expect_same_report(loaded->versions[2].report, no_goals);
    EXPECT_EQ(row_count(database(), "report_goals"), 6);
}

TEST_P(ReportVersionsTest, IdenticalContentFromAnotherFileIsUnchanged) {
    const auto first = save("hash-1", {full_report()});

    const auto second = save("hash-2", {full_report()});

    ASSERT_EQ(second.reports.size(), 1U);
    EXPECT_FALSE(second.duplicate_document);
    EXPECT_EQ(second.reports[0].outcome, SaveOutcome::Unchanged);
    EXPECT_EQ(second.reports[0].version, 1);
    EXPECT_EQ(second.reports[0].report_id, first.reports[0].report_id);
    EXPECT_EQ(row_count(database(), "report_versions"), 1);
    // The file itself is recorded, so importing it again is recognised as a duplicate.
    EXPECT_TRUE(store().has_document("hash-2"));
    EXPECT_TRUE(save("hash-2", {full_report()}).duplicate_document);
}

TEST_P(ReportVersionsTest, AnotherKindOrPeriodIsAnotherReport) {
    Report quarter = full_report();
    Report next_quarter = full_report();
    next_quarter.period = {date(2024, 10, 1), date(2024, 12, 31)};
    Report final_report = full_report();
    final_report.kind = ReportKind::Final;

    const auto saved = save("hash-1", {quarter, next_quarter, final_report});

    ASSERT_EQ(saved.reports.size(), 3U);
    for (const auto& report : saved.reports)
        EXPECT_EQ(report.outcome, SaveOutcome::Created);
    EXPECT_NE(saved.reports[0].report_id, saved.reports[1].report_id);
    EXPECT_NE(saved.reports[0].report_id, saved.reports[2].report_id);
    EXPECT_EQ(row_count(database(), "reports"), 3);
}

TEST_P(ReportVersionsTest, ReportsWithMissingPeriodDatesStillGroup) {
    Report open_start = quarterly_report("Räkna med mig", date(2026, 1, 1), date(2026, 3, 31));
    open_start.period.start.reset();
    Report corrected = open_start;
    corrected.sections[0].text = "Rättad text.";
    Report no_period = quarterly_report("Räkna med mig", date(2026, 1, 1), date(2026, 3, 31));
    no_period.period = {};
    Report no_period_corrected = no_period;
    no_period_corrected.sections[0].text = "Rättad text.";

    const auto first = save("hash-1", {open_start, no_period});
    const auto second = save("hash-2", {corrected, no_period_corrected});

    EXPECT_EQ(second.reports[0].report_id, first.reports[0].report_id);
    EXPECT_EQ(second.reports[0].outcome, SaveOutcome::NewVersion);
    EXPECT_EQ(second.reports[1].report_id, first.reports[1].report_id);
    EXPECT_EQ(second.reports[1].outcome, SaveOutcome::NewVersion);
    EXPECT_NE(first.reports[0].report_id, first.reports[1].report_id);
    const auto summaries = store().list_reports(association_id(), std::nullopt);
    ASSERT_TRUE(summaries) << summaries.error().message;
    ASSERT_EQ(summaries->size(), 2U);
    EXPECT_EQ((*summaries)[0].period_start, std::nullopt);
    EXPECT_EQ((*summaries)[0].period_end, std::nullopt);
    EXPECT_EQ((*summaries)[1].period_start, std::nullopt);
    EXPECT_EQ((*summaries)[1].period_end, "2026-03-31");
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportVersionsTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
