#include "storage/StatisticsQueries.h"

#include "StorageTestSupport.h"

namespace finsam::testing {
namespace {

using StatisticsQueriesTest = StoreTest;

Report report_with_figures(const std::string& insats, Date start, Date end,
                           std::vector<Figure> figures) {
    Report report = quarterly_report(insats, start, end);
    report.figures = std::move(figures);
    return report;
}

/// Parts of a breakdown, numbered: for checking that they come in the order stated.
std::vector<Figure> target_groups() {
    std::vector<Figure> figures;
    for (int i = 0; i < 40; ++i) {
        figures.push_back({Measure::TargetGroup, double(i), Unit::Count, "2.1", "",
                           "grupp " + std::to_string(i)});
    }
    return figures;
}

void expect_same_reports(const std::vector<StatisticsReport>& actual,
                         const std::vector<StatisticsReport>& expected) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        EXPECT_EQ(actual[i].intervention_id, expected[i].intervention_id);
        EXPECT_EQ(actual[i].report_id, expected[i].report_id);
        EXPECT_EQ(actual[i].kind, expected[i].kind);
        EXPECT_EQ(actual[i].status, expected[i].status);
        EXPECT_EQ(actual[i].period_start, expected[i].period_start);
        EXPECT_EQ(actual[i].period_end, expected[i].period_end);
        EXPECT_EQ(actual[i].figures, expected[i].figures);
    }
}

TEST_P(StatisticsQueriesTest, EveryForbundsReportsAreThoseOfEachForbundsOwnRead) {
    const std::vector<Figure> stated{
        {Measure::ParticipantsTotal, 12, Unit::Count, "2.1", "", ""},
        {Measure::ParticipantsNew, 3, Unit::Count, "2.1", "", "kvinna"},
        {Measure::EndedToWorkOrStudies, 25, Unit::Percent, "2.1", "", ""}};
    save("a", {report_with_figures("Stegvis", date(2024, 4, 1), date(2024, 6, 30), stated),
               report_with_figures("Stegvis", date(2024, 1, 1), date(2024, 3, 31), stated),
               report_with_figures("Stegvis", date(2023, 1, 1), date(2023, 3, 31), stated)});
    const auto other = *store().ensure_association("Samordningsförbundet Södra");
    ASSERT_TRUE(store().save_document(
        other, source_document("b"),
        {report_with_figures("Vägen", date(2024, 7, 1), date(2024, 9, 30), target_groups())}));
    const auto without_reports = *store().ensure_association("Samordningsförbundet Norra");
    StatisticsQueries queries(database());
    const Period year{date(2024, 1, 1), date(2024, 12, 31)};

    const auto every = queries.reports_of_every_association_ending_within(year);

    ASSERT_TRUE(every) << every.error().message;
    EXPECT_EQ(every->size(), 2u);
    EXPECT_FALSE(every->contains(without_reports));
    const auto own = queries.reports_ending_within(association_id(), year);
    ASSERT_TRUE(own) << own.error().message;
    ASSERT_EQ(own->size(), 2u);
    EXPECT_EQ(own->front().period_end, date(2024, 3, 31));
    EXPECT_EQ(own->front().figures.size(), stated.size());
    EXPECT_EQ(own->front().figures[1].category, "kvinna");
    expect_same_reports(every->at(association_id()), *own);
    const auto others = queries.reports_ending_within(other, year);
    ASSERT_TRUE(others) << others.error().message;
    ASSERT_EQ(others->size(), 1u);
    ASSERT_EQ(others->front().figures.size(), 40u);
    EXPECT_EQ(others->front().figures[39].category, "grupp 39");
    EXPECT_EQ(others->front().figures[39].value, 39);
    expect_same_reports(every->at(other), *others);
}

// An övrig rapport's figures are not added up: what they count is read from free text.
TEST_P(StatisticsQueriesTest, AnOvrigRapportIsNoStatisticsReport) {
    const std::vector<Figure> stated{
        {Measure::ParticipantsTotal, 27, Unit::Count, "resultat", "", ""}};
    Report other = report_with_figures("Kompassen", date(2024, 1, 1), date(2024, 6, 30), stated);
    other.kind = ReportKind::Other;
    save("a",
         {other, report_with_figures("Kompassen", date(2024, 4, 1), date(2024, 6, 30), stated)});

    const auto reports =
        StatisticsQueries(database())
            .reports_ending_within(association_id(), {date(2024, 1, 1), date(2024, 12, 31)});

    ASSERT_TRUE(reports) << reports.error().message;
    ASSERT_EQ(reports->size(), 1u);
    EXPECT_EQ(reports->front().kind, ReportKind::Quarterly);
}

INSTANTIATE_TEST_SUITE_P(Backends, StatisticsQueriesTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
