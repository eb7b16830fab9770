#include "app/overview/Overview.h"

#include "AppTestSupport.h"
#include "storage/InterventionStore.h"
#include "storage/WorkflowStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

class OverviewTest : public UseCaseTest {
protected:
    std::int64_t add_insats(const std::string& name, std::optional<Date> start,
                            std::optional<Date> end) {
        InterventionDetails details;
        details.association_id = association();
        details.name = name;
        details.period_start = start;
        details.period_end = end;
        const auto id = InterventionStore(database()).create(details);
        EXPECT_TRUE(id) << id.error().message;
        return id.value_or(0);
    }

    /// The insatsägare's report of `kind` for `period`, submitted on `day`.
    std::int64_t submit_on(Date day, std::int64_t intervention, const std::string& name,
                           ReportKind kind, Period period) {
        clock().set(noon(day));
        WorkflowStore workflow(database(), clock());
        const auto report = *workflow.open_report(intervention, kind, period, user("kansli").id);
        Report content;
        content.kind = kind;
        content.intervention.name = name;
        content.period = {period.start, period.end};
        content.sections = {{"2.1", "Aktiviteter", "Gruppen har träffats."}};
        const auto submitted = workflow.submit(report, content, user("kansli").id,
                                               (**workflow.state(report)).revision);
        EXPECT_TRUE(submitted) << submitted.error().message;
        return report;
    }
};

const OverviewEntry* entry_of(const Overview& overview, std::int64_t intervention) {
    const auto found = std::find_if(
        overview.entries.begin(), overview.entries.end(),
        [&](const OverviewEntry& entry) { return entry.row.intervention_id == intervention; });
    return found == overview.entries.end() ? nullptr : &*found;
}

Timeliness timeliness_of(const Overview& overview, std::int64_t intervention) {
    const auto* entry = entry_of(overview, intervention);
    if (!entry)
        throw std::runtime_error("the insats is not in the overview");
    return entry->timeliness;
}

const Period k_third_quarter{date(2024, 7, 1), date(2024, 9, 30)};

TEST_F(OverviewTest, TheClockDecidesWhatIsLate) {
    // Q4 2024's kvartalsrapport is due 15 days after the quarter: 2025-01-15.
    clock().set(noon(date(2025, 1, 15)));
    const auto before = overview(as("kansli"), date(2024, 10, 1), OverviewContent::Quarter);
    clock().set(noon(date(2025, 1, 16)));
    const auto after = overview(as("kansli"), date(2024, 10, 1), OverviewContent::Quarter);

    ASSERT_TRUE(before && after);
    EXPECT_EQ(before->deadline, date(2025, 1, 15));
    EXPECT_EQ(timeliness_of(*before, karnhuset()), Timeliness::NotYetDue);
    EXPECT_EQ(before->counts.not_yet_due, 1);
    EXPECT_EQ(timeliness_of(*after, karnhuset()), Timeliness::Missing);
    EXPECT_EQ(after->counts.missing, 1);
    EXPECT_EQ(after->counts.not_yet_due, 0);
}

TEST_F(OverviewTest, EachInsatsHasOneStatusAndTheCountsAddUpToTheExpected) {
    const auto late = add_insats("Sent inne", date(2024, 1, 1), std::nullopt);
    const auto silent = add_insats("Tyst", date(2024, 1, 1), std::nullopt);
    const auto ended = add_insats("Slutet", date(2023, 1, 1), date(2024, 8, 31));
    const auto final_in = add_insats("Slutrapporterad", date(2023, 1, 1), date(2024, 9, 30));
    submit_on(date(2024, 10, 18), late, "Sent inne", ReportKind::Quarterly, k_third_quarter);
    submit_on(date(2024, 10, 10), final_in, "Slutrapporterad", ReportKind::Final,
              {date(2023, 1, 1), date(2024, 9, 30)});
    clock().set(noon(date(2024, 10, 20)));

    const auto shown = overview(as("kansli"), k_third_quarter.start, OverviewContent::Quarter);

    ASSERT_TRUE(shown);
    EXPECT_EQ(timeliness_of(*shown, karnhuset()), Timeliness::OnTime);
    EXPECT_EQ(timeliness_of(*shown, late), Timeliness::Late);
    EXPECT_EQ(timeliness_of(*shown, silent), Timeliness::Missing);
    EXPECT_EQ(timeliness_of(*shown, ended), Timeliness::Missing);
    EXPECT_EQ(timeliness_of(*shown, final_in), Timeliness::OnTime);
    const OverviewCounts& counts = shown->counts;
    EXPECT_EQ(counts.on_time, 2);
    EXPECT_EQ(counts.late, 1);
    EXPECT_EQ(counts.missing, 2);
    EXPECT_EQ(counts.not_yet_due, 0);
    EXPECT_EQ(counts.expected(), 5);
    EXPECT_EQ(shown->entries.size(), 5u); // one entry per insats
}

TEST_F(OverviewTest, TheSlutrapportReplacesTheKvartalsrapportOfTheQuarterAnInsatsEndsIn) {
    const auto ended = add_insats("Slutet", date(2023, 1, 1), date(2024, 8, 31));
    const auto report = submit_on(date(2024, 9, 10), ended, "Slutet", ReportKind::Final,
                                  {date(2023, 1, 1), date(2024, 8, 31)});
    const auto written_anyway =
        submit_on(date(2024, 9, 12), ended, "Slutet", ReportKind::Quarterly, k_third_quarter);
    clock().set(noon(date(2024, 10, 20)));

    const auto last = overview(as("kansli"), k_third_quarter.start, OverviewContent::Quarter);
    const auto before = overview(as("kansli"), date(2024, 4, 1), OverviewContent::Quarter);

    ASSERT_TRUE(last && before);
    const auto* entry = entry_of(*last, ended);
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->owed, ReportKind::Final);
    EXPECT_EQ(entry->row.report_id, report);
    EXPECT_EQ(entry->deadline, date(2024, 9, 15)); // 15 days after its last day
    EXPECT_EQ(entry->timeliness, Timeliness::OnTime);
    ASSERT_TRUE(entry->quarterly_too);
    EXPECT_EQ(entry->quarterly_too->report_id, written_anyway); // shown, not counted
    EXPECT_EQ(last->counts.expected(), 2);
    ASSERT_NE(entry_of(*before, ended), nullptr);
    EXPECT_EQ(entry_of(*before, ended)->owed, ReportKind::Quarterly);
}

TEST_F(OverviewTest, ASlutrapportIsAskedForOnceTheInsatsHasEnded) {
    const auto ending = add_insats("Slutet", date(2023, 1, 1), date(2024, 11, 30));
    clock().set(noon(date(2024, 11, 30)));
    const auto on_last_day =
        overview(as("kansli"), date(2024, 10, 1), OverviewContent::QuarterFinalsAndWarnings);
    clock().set(noon(date(2024, 12, 1)));
    const auto after =
        overview(as("kansli"), date(2024, 10, 1), OverviewContent::QuarterFinalsAndWarnings);

    ASSERT_TRUE(on_last_day && after);
    const auto asks_for = [&](const Overview& shown) {
        return std::any_of(shown.finals.begin(), shown.finals.end(), [&](const auto& final_report) {
            return final_report.row.intervention_id == ending;
        });
    };
    EXPECT_FALSE(asks_for(*on_last_day));
    EXPECT_TRUE(asks_for(*after));
    EXPECT_EQ(after->finals.back().due, date(2024, 12, 15));
}

TEST_F(OverviewTest, AnInsatsNotStartedOwesNothingAndOneWithoutAPeriodIsListedApart) {
    const auto future = add_insats("Framtida", date(2025, 1, 1), date(2026, 12, 31));
    const auto unknown = add_insats("Utan period", std::nullopt, std::nullopt);
    clock().set(noon(date(2024, 10, 20)));

    for (const Date quarter : {date(2024, 4, 1), date(2024, 7, 1)}) {
        const auto shown = overview(as("kansli"), quarter, OverviewContent::Quarter);
        ASSERT_TRUE(shown);
        EXPECT_EQ(entry_of(*shown, future), nullptr);
        EXPECT_EQ(entry_of(*shown, unknown), nullptr);
        ASSERT_EQ(shown->without_period.size(), 1u);
        EXPECT_EQ(shown->without_period.front().intervention_id, unknown);
        EXPECT_EQ(shown->counts.expected(), 1); // Kärnhuset alone
    }
    const auto board = overview(as("styrelse"), date(2024, 7, 1), OverviewContent::Quarter);
    ASSERT_TRUE(board);
    EXPECT_TRUE(board->without_period.empty());
}

TEST_F(OverviewTest, WithoutAQuarterItOpensOnTheLatestEndedOne) {
    clock().set(noon(date(2025, 2, 3)));
    const auto shown = overview(as("kansli"), std::nullopt, OverviewContent::Quarter);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->quarter.start, date(2024, 10, 1));
}

TEST_F(OverviewTest, TheQuarterOnlyOverviewReadsNoWarnings) {
    const auto quarter = overview(as("kansli"), date(2024, 7, 1), OverviewContent::Quarter);
    const auto everything =
        overview(as("kansli"), date(2024, 7, 1), OverviewContent::QuarterFinalsAndWarnings);
    ASSERT_TRUE(quarter && everything);
    EXPECT_TRUE(quarter->warnings.empty());
    EXPECT_EQ(everything->warnings.size(), 1u);
}

} // namespace
} // namespace finsam::testing
