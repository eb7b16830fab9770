#include "domain/FigureTable.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>

namespace finsam {
namespace {

constexpr int k_threshold = 5;

Figure count(Measure measure, double value, std::string category = {}) {
    return {measure, value, Unit::Count, "", "", std::move(category)};
}

/// What a reader of the table's shown cells can work out: no cell with a small count.
void expect_no_small_count_derivable(const FigureTable& table) {
    const auto& cells = table.cells();
    std::vector<bool> published(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i)
        published[i] = !table.hidden(int(i));
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const double value = cells[i].value;
        if (value > 0 && value < k_threshold) {
            EXPECT_TRUE(table.hidden(int(i))) << "cell " << i;
            EXPECT_FALSE(is_derivable(table.inner_count(), cells, published, cells[i]))
                << "cell " << i << " of value " << value;
        }
    }
}

bool shown(const FigureTable& table, std::optional<int> cell) {
    return cell && !table.hidden(*cell);
}

TEST(FigureTableTest, ASmallPartOfAKonSplitHidesTheTotalOrTheOtherPart) {
    FigureTable table;
    const int report = table.add_report(
        {count(Measure::ParticipantsNew, 23), count(Measure::ParticipantsNew, 3, "kvinna"),
         count(Measure::ParticipantsNew, 20, "man"), count(Measure::ParticipantsNew, 0, "annat")});
    table.suppress(k_threshold);

    EXPECT_FALSE(shown(table, table.count_cell(report, Measure::ParticipantsNew, "kvinna")));
    EXPECT_FALSE(shown(table, table.count_cell(report, Measure::ParticipantsNew, "man")) &&
                 shown(table, table.count_cell(report, Measure::ParticipantsNew)));
    EXPECT_TRUE(shown(table, table.count_cell(report, Measure::ParticipantsNew, "annat")));
    expect_no_small_count_derivable(table);
}

TEST(FigureTableTest, ASmallQuarterCannotBeWorkedOutFromTheYear) {
    FigureTable table;
    std::vector<int> quarters;
    for (const double value : {12.0, 2.0, 9.0, 14.0})
        quarters.push_back(table.add_report({count(Measure::ParticipantsNew, value)}));
    std::vector<int> cells;
    for (const int quarter : quarters)
        cells.push_back(*table.count_cell(quarter, Measure::ParticipantsNew));
    const int year = table.add_sum(cells);
    table.suppress(k_threshold);

    EXPECT_TRUE(table.hidden(cells[1]));
    int other_hidden = table.hidden(year);
    for (const int i : {0, 2, 3})
        other_hidden += table.hidden(cells[std::size_t(i)]);
    EXPECT_GE(other_hidden, 1);
    expect_no_small_count_derivable(table);
}

TEST(FigureTableTest, ASmallNewCountCannotBeReadOffTwoQuartersTotalsSinceStart) {
    const auto quarters = [](bool linked) {
        FigureTable table;
        const int second = table.add_report({count(Measure::ParticipantsTotal, 35)});
        const int third = table.add_report(
            {count(Measure::ParticipantsTotal, 39), count(Measure::ParticipantsNew, 4)});
        if (linked)
            table.link_consecutive(second, third);
        table.suppress(k_threshold);
        return std::tuple{table, table.count_cell(second, Measure::ParticipantsTotal),
                          table.count_cell(third, Measure::ParticipantsTotal)};
    };
    const auto [unlinked, before, after] = quarters(false);
    EXPECT_TRUE(shown(unlinked, before) && shown(unlinked, after));

    const auto [linked, linked_before, linked_after] = quarters(true);
    EXPECT_FALSE(shown(linked, linked_before) && shown(linked, linked_after));
    expect_no_small_count_derivable(linked);
}

TEST(FigureTableTest, TheEndedOfAQuarterCannotBeReadOffTwoQuartersEndedByKon) {
    FigureTable table;
    const int second = table.add_report({count(Measure::ParticipantsEnded, 10, "kvinna"),
                                         count(Measure::ParticipantsEnded, 8, "man")});
    const int third = table.add_report({count(Measure::ParticipantsEnded, 12, "kvinna"),
                                        count(Measure::ParticipantsEnded, 8, "man"),
                                        count(Measure::EndedInPeriod, 2, "kvinna")});
    table.link_consecutive(second, third);
    table.suppress(k_threshold);

    EXPECT_FALSE(shown(table, table.count_cell(second, Measure::ParticipantsEnded, "kvinna")) &&
                 shown(table, table.count_cell(third, Measure::ParticipantsEnded, "kvinna")));
    expect_no_small_count_derivable(table);
}

TEST(FigureTableTest, TwoReportsEndingTheSameDayCountTheSameParticipants) {
    FigureTable table;
    const int last_quarter = table.add_report(
        {count(Measure::ParticipantsTotal, 30), count(Measure::ParticipantsEnded, 3)});
    const int final_report = table.add_report({count(Measure::ParticipantsCurrent, 27)});
    table.link_same_end(last_quarter, final_report);
    table.suppress(k_threshold);

    EXPECT_FALSE(shown(table, table.count_cell(last_quarter, Measure::ParticipantsTotal)) &&
                 shown(table, table.count_cell(final_report, Measure::ParticipantsCurrent)));
    expect_no_small_count_derivable(table);
}

TEST(FigureTableTest, AReportDecidedByTheYearBeforeKeepsThatYearsChoices) {
    const std::vector<Figure> december{count(Measure::ParticipantsTotal, 33),
                                       count(Measure::ParticipantsCurrent, 30),
                                       count(Measure::ParticipantsEnded, 3)};
    FigureTable year_before;
    const int decided_block = year_before.add_report(december);
    year_before.suppress(k_threshold);
    const auto decided_total = year_before.count_cell(decided_block, Measure::ParticipantsTotal);
    const auto decided_current =
        year_before.count_cell(decided_block, Measure::ParticipantsCurrent);
    ASSERT_TRUE(shown(year_before, decided_total));
    ASSERT_FALSE(shown(year_before, decided_current)); // 33 - 30 would give the 3 ended away

    FigureTable table;
    const int carried = table.add_decided_report(december, year_before, decided_block);
    const int march = table.add_report(
        {count(Measure::ParticipantsTotal, 45), count(Measure::ParticipantsNew, 12),
         count(Measure::ParticipantsEnded, 10), count(Measure::EndedInPeriod, 7)});
    table.link_consecutive(carried, march);
    table.suppress(k_threshold);

    EXPECT_TRUE(shown(table, table.count_cell(carried, Measure::ParticipantsTotal)));
    EXPECT_FALSE(shown(table, table.count_cell(carried, Measure::ParticipantsCurrent)));
    EXPECT_FALSE(shown(table, table.count_cell(march, Measure::ParticipantsEnded)) &&
                 shown(table, table.count_cell(march, Measure::EndedInPeriod)))
        << "10 - 7 gives the 3 ended in December away";
    expect_no_small_count_derivable(table);
    EXPECT_THROW(table.add_decided_report({count(Measure::ParticipantsTotal, 33)}, year_before,
                                          decided_block),
                 std::invalid_argument);
}

TEST(FigureTableTest, TwoBreakdownsOfOneTotalProtectEachOther) {
    FigureTable table;
    const int report = table.add_report(
        {count(Measure::EndedInPeriod, 12), count(Measure::EndedInPeriod, 6, "kvinna"),
         count(Measure::EndedInPeriod, 6, "man"), count(Measure::EndedByReason, 9, "arbete"),
         count(Measure::EndedByReason, 3, "flytt"), count(Measure::IncomeAtEnd, 12, "lon")});
    table.suppress(k_threshold);

    EXPECT_FALSE(shown(table, table.count_cell(report, Measure::EndedByReason, "flytt")));
    EXPECT_FALSE(shown(table, table.count_cell(report, Measure::EndedByReason, "arbete")) &&
                 shown(table, table.count_cell(report, Measure::EndedInPeriod)));
    expect_no_small_count_derivable(table);
}

TEST(FigureTableTest, AnUnstatedPartThatWorksOutSmallIsProtected) {
    FigureTable table;
    const int report = table.add_report(
        {count(Measure::ParticipantsTotal, 17), count(Measure::ParticipantsCurrent, 15)});
    table.suppress(k_threshold);

    EXPECT_FALSE(shown(table, table.count_cell(report, Measure::ParticipantsTotal)) &&
                 shown(table, table.count_cell(report, Measure::ParticipantsCurrent)));
    expect_no_small_count_derivable(table);
}

TEST(FigureTableTest, ASmallInsatsCannotBeWorkedOutFromTheForbundsTotal) {
    FigureTable table;
    const int small = table.add_report({count(Measure::ParticipantsCurrent, 3)});
    const int large = table.add_report({count(Measure::ParticipantsCurrent, 20)});
    const int small_cell = *table.count_cell(small, Measure::ParticipantsCurrent);
    const int large_cell = *table.count_cell(large, Measure::ParticipantsCurrent);
    const int forbund = table.add_sum({small_cell, large_cell});
    table.suppress(k_threshold);

    EXPECT_TRUE(table.hidden(small_cell));
    EXPECT_FALSE(!table.hidden(large_cell) && !table.hidden(forbund));
    expect_no_small_count_derivable(table);
}

TEST(FigureTableTest, NothingIsHiddenBelowAThresholdOfOne) {
    FigureTable table;
    const int report = table.add_report(
        {count(Measure::ParticipantsTotal, 4), count(Measure::ParticipantsWomen, 1)});
    table.suppress(1);

    EXPECT_TRUE(shown(table, table.count_cell(report, Measure::ParticipantsTotal)));
    EXPECT_TRUE(shown(table, table.count_cell(report, Measure::ParticipantsWomen)));
}

std::vector<Figure> split_of_23() {
    return {count(Measure::ParticipantsNew, 23), count(Measure::ParticipantsNew, 20, "kvinna"),
            count(Measure::ParticipantsNew, 3, "man"), count(Measure::ParticipantsNew, 0, "annat")};
}

TEST(FigureTableTest, AFigureHasTheSameIdentityInEveryTableItIsLaidOutIn) {
    const ReportIdentity first_version{101, 2024};
    const ReportIdentity other_report{202, 2024};
    FigureTable alone;
    const int report = alone.add_report(split_of_23(), first_version);
    FigureTable with_another;
    const int before = with_another.add_report({count(Measure::ParticipantsNew, 7)}, other_report);
    const int again = with_another.add_report(split_of_23(), first_version);
    FigureTable later_version;
    const int corrected = later_version.add_report(split_of_23(), {102, 2024});

    const auto identity = [](const FigureTable& table, int block, const std::string& category) {
        return table.cell_identity(*table.count_cell(block, Measure::ParticipantsNew, category));
    };
    EXPECT_EQ(identity(alone, report, "kvinna"), identity(with_another, again, "kvinna"));
    EXPECT_EQ(identity(alone, report, ""), identity(with_another, again, ""));
    EXPECT_NE(identity(alone, report, "kvinna"), identity(alone, report, "man"));
    EXPECT_NE(identity(alone, report, "kvinna"), identity(later_version, corrected, "kvinna"))
        << "another version's figures are other figures";
    // A sum is the same sum whichever order its cells are added in.
    const int forward =
        with_another.add_sum({*with_another.count_cell(before, Measure::ParticipantsNew),
                              *with_another.count_cell(again, Measure::ParticipantsNew)});
    const int backward =
        with_another.add_sum({*with_another.count_cell(again, Measure::ParticipantsNew),
                              *with_another.count_cell(before, Measure::ParticipantsNew)});
    EXPECT_EQ(with_another.cell_identity(forward), with_another.cell_identity(backward));
}

TEST(FigureTableTest, ACellShownBeforeStaysShownAndWhatIsHiddenIsHiddenWithItKnown) {
    // Alone, the table shows the total and hides the 20 with the 3 (the larger first).
    FigureTable first;
    const int alone = first.add_report(split_of_23(), {101, 2024});
    first.suppress(k_threshold);
    ASSERT_TRUE(shown(first, first.count_cell(alone, Measure::ParticipantsNew)));
    ASSERT_FALSE(shown(first, first.count_cell(alone, Measure::ParticipantsNew, "kvinna")));

    // A reader was shown the 20 before (another table, another day): it is known now.
    FigureTable table;
    const int report = table.add_report(split_of_23(), {101, 2024});
    const int women = *table.count_cell(report, Measure::ParticipantsNew, "kvinna");
    const PublishedCells published{table.cell_identity(women)};
    table.suppress(k_threshold, published);

    EXPECT_TRUE(shown(table, women));
    EXPECT_FALSE(shown(table, table.count_cell(report, Measure::ParticipantsNew)))
        << "23 - 20 gives the 3 away";
    EXPECT_FALSE(shown(table, table.count_cell(report, Measure::ParticipantsNew, "man")));
    expect_no_small_count_derivable(table);
    const auto newly = table.newly_published(published);
    EXPECT_TRUE(std::none_of(newly.begin(), newly.end(), [&](const PublishedCell& cell) {
        return cell.identity == table.cell_identity(women);
    })) << "the 20 was published before";
    EXPECT_TRUE(std::all_of(newly.begin(), newly.end(),
                            [](const PublishedCell& cell) { return cell.year == 2024; }));
}

TEST(FigureTableTest, ACellShownBeforeIsHiddenWhenARaisedThresholdMakesItSmall) {
    FigureTable table;
    const int report = table.add_report({count(Measure::ParticipantsNew, 12),
                                         count(Measure::ParticipantsNew, 6, "kvinna"),
                                         count(Measure::ParticipantsNew, 6, "man")},
                                        {101, 2024});
    const int women = *table.count_cell(report, Measure::ParticipantsNew, "kvinna");
    table.suppress(10, {table.cell_identity(women)});

    EXPECT_FALSE(shown(table, women)) << "6 is below the threshold of 10";
}

TEST(FigureTableTest, RandomQuartersOfRandomReportsNeverRevealASmallCount) {
    std::mt19937 random(20261206);
    std::uniform_int_distribution<int> small(0, 7);
    std::uniform_int_distribution<int> coin(0, 1);
    for (int round = 0; round < 100; ++round) {
        FigureTable table;
        std::vector<int> new_cells;
        std::vector<int> ended_cells;
        for (int quarter = 0; quarter < 4; ++quarter) {
            const int women = small(random);
            const int men = small(random);
            const int work = small(random);
            const int moved = small(random);
            std::vector<Figure> figures{count(Measure::ParticipantsNew, women + men),
                                        count(Measure::ParticipantsNew, women, "kvinna"),
                                        count(Measure::EndedInPeriod, work + moved),
                                        count(Measure::EndedByReason, work, "arbete")};
            if (coin(random))
                figures.push_back(count(Measure::ParticipantsNew, men, "man"));
            if (coin(random))
                figures.push_back(count(Measure::EndedByReason, moved, "flytt"));
            const int block = table.add_report(figures);
            new_cells.push_back(*table.count_cell(block, Measure::ParticipantsNew));
            ended_cells.push_back(*table.count_cell(block, Measure::EndedInPeriod));
        }
        table.add_sum(new_cells);
        table.add_sum(ended_cells);
        table.add_sum({new_cells[0], new_cells[1]});
        table.suppress(k_threshold);
        expect_no_small_count_derivable(table);
    }
}

} // namespace
} // namespace finsam
