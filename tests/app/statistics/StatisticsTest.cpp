#include "app/statistics/Statistics.h"

#include "AppTestSupport.h"
#include "app/reports/ConfirmFigures.h"
#include "app/reports/ReportWorkflow.h"
#include "app/reports/ShowReport.h"
#include "app/statistics/StatisticsExport.h"
#include "output/SwedishLabels.h"
#include "storage/AssociationStore.h"
#include "storage/AuditStore.h"
#include "storage/InterventionStore.h"
#include "storage/PublishedCellStore.h"
#include "storage/ReportStore.h"
#include "storage/WorkflowStore.h"

namespace finsam::testing {
namespace {

// The fixture's Kärnhuset 2.0 has a kvartalsrapport for Q3 2024 stating 12 in total and
// 3 ended.
class StatisticsTest : public UseCaseTest {
protected:
    /// What the board's statistics are made of: a reviewed report whose figures, read from
    /// the text, the kansli has confirmed.
    void review_and_confirm(std::int64_t report_id) {
        review(report_id);
        confirm(report_id);
    }

    void review(std::int64_t report_id) {
        WorkflowStore workflow(database(), system_clock());
        const auto state = **workflow.state(report_id);
        ASSERT_TRUE(act_on_report(as("kansli"), report_id, WorkflowAction::Review,
                                  {state.revision, "", "", ""}));
    }

    void confirm(std::int64_t report_id) {
        const auto state = **WorkflowStore(database(), system_clock()).state(report_id);
        const auto confirmed = confirm_figures(as("kansli"), report_id, state.version_count);
        ASSERT_TRUE(confirmed) << confirmed.error().log_message;
    }

    std::int64_t import_quarter(Date start, Date end, std::vector<Figure> figures,
                                const std::string& hash, ReportKind kind = ReportKind::Quarterly) {
        Report report;
        report.kind = kind;
        report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun", InterventionKind::Individual};
        report.period = {start, end};
        report.figures = std::move(figures);
        const auto saved =
            ReportStore(database(), clock())
                .save_document(association(), {hash + ".pdf", SourceFormat::Pdf, hash, kind},
                               {report});
        EXPECT_TRUE(saved) << saved.error().message;
        return saved->reports.front().report_id;
    }

    void set_goals(std::vector<Goal> goals) {
        InterventionStore interventions(database());
        auto details = **interventions.load(karnhuset());
        details.goals = std::move(goals);
        ASSERT_TRUE(interventions.update(details));
    }

    Statistics statistics_as(const std::string& username, const std::string& period) {
        const auto selection = parse_period_selection(period);
        EXPECT_TRUE(selection) << selection.error();
        auto made = participant_statistics(as(username), {*selection, std::nullopt}, surveys());
        EXPECT_TRUE(made) << made.error().log_message;
        return std::move(*made);
    }

    static const StatisticFigure& figure(const InterventionStatistics& insats, Measure measure,
                                         Unit unit = Unit::Count) {
        for (const auto& shown : insats.figures) {
            if (shown.measure == measure && shown.unit == unit)
                return shown;
        }
        throw std::runtime_error("no such figure");
    }
};

TEST_F(StatisticsTest, TheKansliSeesEveryCountWithSmallOnesMarked) {
    const auto statistics = statistics_as("kansli", "2024Q3");

    ASSERT_EQ(statistics.interventions.size(), 1u);
    const auto& insats = statistics.interventions.front();
    EXPECT_EQ(insats.name, "Kärnhuset 2.0");
    EXPECT_EQ(insats.report_id, imported_report());
    EXPECT_EQ(figure(insats, Measure::ParticipantsTotal).value, 12);
    EXPECT_EQ(figure(insats, Measure::ParticipantsEnded).value, 3);
    EXPECT_TRUE(figure(insats, Measure::ParticipantsEnded).marked);
    EXPECT_FALSE(figure(insats, Measure::ParticipantsTotal).marked);
    EXPECT_TRUE(statistics.marks_small_counts);
}

TEST_F(StatisticsTest, TheBoardSeesNothingOfAReportBeforeItIsReviewed) {
    const auto statistics = statistics_as("styrelse", "2024Q3");

    ASSERT_EQ(statistics.interventions.size(), 1u);
    EXPECT_EQ(statistics.interventions.front().report_id, std::nullopt);
    EXPECT_TRUE(statistics.interventions.front().figures.empty());
}

TEST_F(StatisticsTest, TheBoardSeesNoSmallCountAndNothingThatRevealsIt) {
    const auto report = import_quarter(date(2024, 7, 1), date(2024, 9, 30),
                                       {{Measure::ParticipantsTotal, 23, Unit::Count, "", ""},
                                        {Measure::ParticipantsWomen, 3, Unit::Count, "", ""},
                                        {Measure::ParticipantsMen, 20, Unit::Count, "", ""}},
                                       "hash-split");
    review_and_confirm(report);

    const auto statistics = statistics_as("styrelse", "2024Q3");

    const auto& insats = statistics.interventions.front();
    EXPECT_EQ(figure(insats, Measure::ParticipantsWomen).value, std::nullopt);
    EXPECT_TRUE(figure(insats, Measure::ParticipantsWomen).hidden);
    const bool men_shown = figure(insats, Measure::ParticipantsMen).value.has_value();
    const bool total_shown = figure(insats, Measure::ParticipantsTotal).value.has_value();
    EXPECT_FALSE(men_shown && total_shown);
    EXPECT_FALSE(statistics.marks_small_counts);
}

TEST_F(StatisticsTest, OfReportsEndingTheSameDayTheSlutrapportSpeaksLast) {
    import_quarter(date(2023, 9, 1), date(2024, 12, 31),
                   {{Measure::ParticipantsTotal, 39, Unit::Count, "", ""}}, "hash-final",
                   ReportKind::Final);
    import_quarter(date(2023, 9, 1), date(2024, 12, 31),
                   {{Measure::ParticipantsTotal, 36, Unit::Count, "", ""}}, "hash-compiled",
                   ReportKind::Compiled);
    import_quarter(date(2024, 10, 1), date(2024, 12, 31),
                   {{Measure::ParticipantsTotal, 35, Unit::Count, "", ""}}, "hash-q4");

    const auto year = statistics_as("kansli", "2024");

    EXPECT_EQ(figure(year.interventions.front(), Measure::ParticipantsTotal).value, 39);
}

TEST_F(StatisticsTest, TheFiguresOfAYearAreThoseOfItsLatestReport) {
    import_quarter(date(2024, 10, 1), date(2024, 12, 31),
                   {{Measure::ParticipantsTotal, 18, Unit::Count, "", ""},
                    {Measure::ParticipantsCurrent, 11, Unit::Count, "", ""}},
                   "hash-q4");

    const auto year = statistics_as("kansli", "2024");
    const auto third_quarter = statistics_as("kansli", "2024Q3");

    EXPECT_EQ(figure(year.interventions.front(), Measure::ParticipantsTotal).value, 18);
    EXPECT_EQ(year.interventions.front().report_period->end, date(2024, 12, 31));
    EXPECT_EQ(figure(third_quarter.interventions.front(), Measure::ParticipantsTotal).value, 12);
}

TEST_F(StatisticsTest, AFigureStatedTwiceWithDifferentValuesIsFlaggedForTheKansli) {
    import_quarter(date(2024, 7, 1), date(2024, 9, 30),
                   {{Measure::ParticipantsEnded, 16, Unit::Count, "", ""},
                    {Measure::ParticipantsEnded, 15, Unit::Count, "", ""}},
                   "hash-conflict");

    const auto statistics = statistics_as("kansli", "2024Q3");

    const auto& ended = figure(statistics.interventions.front(), Measure::ParticipantsEnded);
    EXPECT_EQ(ended.value, 16);
    EXPECT_EQ(ended.conflicting, std::vector<double>{15});
    const auto json = statistics_json(statistics);
    ASSERT_EQ(json.size(), 1u);
    EXPECT_EQ(json.front()["conflicts"]["participants_ended"], nlohmann::json::parse("[16, 15]"));
}

TEST_F(StatisticsTest, AGoalIsFollowedUpWithStatusAndTrend) {
    set_goals({{"Totalt 45 deltagare", 45, Unit::Count, Measure::ParticipantsTotal},
               {"Samverkan ska öka", std::nullopt, std::nullopt, std::nullopt}});
    import_quarter(date(2024, 10, 1), date(2024, 12, 31),
                   {{Measure::ParticipantsTotal, 18, Unit::Count, "", ""}}, "hash-q4");

    const auto statistics = statistics_as("kansli", "2024Q4");

    const auto& goals = statistics.interventions.front().goals;
    ASSERT_EQ(goals.size(), 2u);
    EXPECT_EQ(goals[0].outcome, 18);
    // A third of 2024–2026 has passed at the end of 2024: 18 of 45 is ahead of 15.
    EXPECT_EQ(goals[0].status, GoalStatus::OnTheWay);
    EXPECT_EQ(goals[0].trend, Trend::Up); // from 12 in Q3
    EXPECT_EQ(goals[1].status, GoalStatus::NotJudged);
}

TEST_F(StatisticsTest, AGoalsOutcomeIsHiddenFromTheBoardWhenItsFigureIs) {
    set_goals({{"Minst 10 avslutade", 10, Unit::Count, Measure::ParticipantsEnded}});
    review_and_confirm(imported_report());

    const auto statistics = statistics_as("styrelse", "2024Q3");

    const auto& goal = statistics.interventions.front().goals.front();
    EXPECT_TRUE(goal.outcome_hidden);
    EXPECT_EQ(goal.outcome, std::nullopt);
    // "Behind" against a target of 10 would say the hidden count is below 10.
    EXPECT_EQ(goal.status, GoalStatus::NotJudged);
    EXPECT_EQ(goal.trend, Trend::Unknown);
}

TEST_F(StatisticsTest, NewParticipantsOfAYearAreTheSumOfItsQuarters) {
    import_quarter(date(2024, 1, 1), date(2024, 3, 31),
                   {{Measure::ParticipantsNew, 12, Unit::Count, "", ""}}, "hash-q1");
    import_quarter(date(2024, 4, 1), date(2024, 6, 30),
                   {{Measure::ParticipantsNew, 9, Unit::Count, "", ""}}, "hash-q2");

    const auto half_year = statistics_as("kansli", "2024H1");
    const auto year = statistics_as("kansli", "2024");

    EXPECT_EQ(figure(half_year.interventions.front(), Measure::ParticipantsNew).value, 21);
    EXPECT_EQ(figure(year.interventions.front(), Measure::ParticipantsNew).value, 21);
    // The total stated in Q3 is the year's as of its end.
    EXPECT_EQ(figure(year.interventions.front(), Measure::ParticipantsTotal).value, 12);
    ASSERT_FALSE(year.totals.empty());
}

TEST_F(StatisticsTest, ASmallQuarterCannotBeWorkedOutFromTheYearAndTheOtherQuarters) {
    const std::vector<std::pair<Period, double>> quarters{
        {{date(2024, 1, 1), date(2024, 3, 31)}, 12},
        {{date(2024, 4, 1), date(2024, 6, 30)}, 2},
        {{date(2024, 7, 1), date(2024, 9, 30)}, 9},
        {{date(2024, 10, 1), date(2024, 12, 31)}, 14}};
    int number = 0;
    for (const auto& [period, value] : quarters) {
        review_and_confirm(import_quarter(period.start, period.end,
                                          {{Measure::ParticipantsNew, value, Unit::Count, "", ""}},
                                          "hash-new-" + std::to_string(++number)));
    }

    // What the board can collect by asking for each period in turn.
    int shown_of_the_others = 0;
    for (const std::string period : {"2024Q1", "2024Q3", "2024Q4", "2024"}) {
        const auto statistics = statistics_as("styrelse", period);
        shown_of_the_others +=
            figure(statistics.interventions.front(), Measure::ParticipantsNew).value.has_value();
    }
    const auto second = statistics_as("styrelse", "2024Q2");

    EXPECT_TRUE(figure(second.interventions.front(), Measure::ParticipantsNew).hidden);
    EXPECT_LT(shown_of_the_others, 4);
}

TEST_F(StatisticsTest, ASmallNewCountCannotBeReadOffTwoQuartersTotals) {
    review_and_confirm(import_quarter(date(2024, 4, 1), date(2024, 6, 30),
                                      {{Measure::ParticipantsTotal, 35, Unit::Count, "", ""}},
                                      "hash-total-q2"));
    review_and_confirm(import_quarter(date(2024, 7, 1), date(2024, 9, 30),
                                      {{Measure::ParticipantsTotal, 39, Unit::Count, "", ""},
                                       {Measure::ParticipantsNew, 4, Unit::Count, "", ""}},
                                      "hash-total-q3"));

    const auto second = statistics_as("styrelse", "2024Q2");
    const auto third = statistics_as("styrelse", "2024Q3");

    const auto& third_insats = third.interventions.front();
    EXPECT_TRUE(figure(third_insats, Measure::ParticipantsNew).hidden);
    const bool both_totals_shown =
        figure(second.interventions.front(), Measure::ParticipantsTotal).value &&
        figure(third_insats, Measure::ParticipantsTotal).value;
    EXPECT_FALSE(both_totals_shown) << "39 - 35 gives the 4 new away";
}

TEST_F(StatisticsTest, ASmallNewCountCannotBeReadOffTotalsAcrossTheTurnOfAYear) {
    review_and_confirm(import_quarter(date(2023, 10, 1), date(2023, 12, 31),
                                      {{Measure::ParticipantsTotal, 35, Unit::Count, "", ""}},
                                      "hash-2023q4"));
    review_and_confirm(import_quarter(date(2024, 1, 1), date(2024, 3, 31),
                                      {{Measure::ParticipantsTotal, 39, Unit::Count, "", ""},
                                       {Measure::ParticipantsNew, 4, Unit::Count, "", ""}},
                                      "hash-2024q1"));

    const auto december = statistics_as("styrelse", "2023Q4");
    const auto march = statistics_as("styrelse", "2024Q1");

    EXPECT_TRUE(figure(march.interventions.front(), Measure::ParticipantsNew).hidden);
    const bool both_totals_shown =
        figure(december.interventions.front(), Measure::ParticipantsTotal).value &&
        figure(march.interventions.front(), Measure::ParticipantsTotal).value;
    EXPECT_FALSE(both_totals_shown) << "39 - 35 gives the 4 new of the first quarter away";
}

TEST_F(StatisticsTest, ATotalTheYearBeforeHidesIsNotGivenAwayByTheNextYear) {
    review_and_confirm(import_quarter(date(2023, 10, 1), date(2023, 12, 31),
                                      {{Measure::ParticipantsTotal, 4, Unit::Count, "", ""}},
                                      "hash-2023q4"));
    review_and_confirm(import_quarter(date(2024, 1, 1), date(2024, 3, 31),
                                      {{Measure::ParticipantsTotal, 10, Unit::Count, "", ""},
                                       {Measure::ParticipantsNew, 6, Unit::Count, "", ""}},
                                      "hash-2024q1"));

    const auto december = statistics_as("styrelse", "2023Q4");
    const auto first_quarter = statistics_as("styrelse", "2024Q1");
    const auto& march = first_quarter.interventions.front();

    EXPECT_TRUE(figure(december.interventions.front(), Measure::ParticipantsTotal).hidden);
    EXPECT_FALSE(figure(march, Measure::ParticipantsTotal).value &&
                 figure(march, Measure::ParticipantsNew).value)
        << "10 - 6 gives the 4 of December away";
}

TEST_F(StatisticsTest, WhatTheBoardWasShownBeforeANewQuarterArrivedStaysShown) {
    review_and_confirm(import_quarter(date(2024, 4, 1), date(2024, 6, 30),
                                      {{Measure::ParticipantsTotal, 35, Unit::Count, "", ""}},
                                      "hash-total-q2"));
    const auto june = statistics_as("styrelse", "2024Q2");
    ASSERT_EQ(figure(june.interventions.front(), Measure::ParticipantsTotal).value, 35);

    review_and_confirm(import_quarter(date(2024, 7, 1), date(2024, 9, 30),
                                      {{Measure::ParticipantsTotal, 39, Unit::Count, "", ""},
                                       {Measure::ParticipantsNew, 4, Unit::Count, "", ""}},
                                      "hash-total-q3"));
    const auto june_again = statistics_as("styrelse", "2024Q2");
    const auto september = statistics_as("styrelse", "2024Q3");

    EXPECT_EQ(figure(june_again.interventions.front(), Measure::ParticipantsTotal).value, 35)
        << "what a reader has seen stays shown";
    const auto& third = september.interventions.front();
    EXPECT_TRUE(figure(third, Measure::ParticipantsNew).hidden);
    EXPECT_TRUE(figure(third, Measure::ParticipantsTotal).hidden)
        << "39 - the 35 shown in the summer gives the 4 new away";
}

TEST_F(StatisticsTest, OnlyWhatIsShownOutsideTheKansliIsRememberedAsPublished) {
    review_and_confirm(import_quarter(date(2024, 4, 1), date(2024, 6, 30),
                                      {{Measure::ParticipantsTotal, 35, Unit::Count, "", ""}},
                                      "hash-total-q2"));
    PublishedCellStore published(database());

    statistics_as("kansli", "2024Q2");
    EXPECT_TRUE(published.published(association(), 2023, 2024)->empty());

    statistics_as("styrelse", "2024Q2");
    EXPECT_FALSE(published.published(association(), 2023, 2024)->empty());
}

TEST_F(StatisticsTest, TheEndReasonAnnatIsAPartOfTheBreakdownNotAKon) {
    import_quarter(date(2024, 7, 1), date(2024, 9, 30),
                   {{Measure::EndedInPeriod, 10, Unit::Count, "", ""},
                    {Measure::EndedByReason, 6, Unit::Count, "", "", "annat"},
                    {Measure::EndedByReason, 4, Unit::Count, "", "", "arbete"}},
                   "hash-reasons");

    const auto tables =
        statistics_tables({statistics_as("kansli", "2024Q3")}, as("kansli").templates());

    ASSERT_EQ(tables.size(), 3u);
    const std::string reason(measure_label(Measure::EndedByReason));
    for (const auto& column : tables[0].columns)
        EXPECT_EQ(column.find(reason), std::string::npos) << column;
    const auto has_row = [&](const std::string& label, double count) {
        return std::any_of(tables[1].rows.begin(), tables[1].rows.end(), [&](const auto& row) {
            const auto labelled = std::any_of(row.begin(), row.end(), [&](const DataCell& cell) {
                return cell.value == DataCell{label}.value;
            });
            return labelled && row.back().value == DataCell{count}.value;
        });
    };
    EXPECT_TRUE(has_row("Annat", 6));
    EXPECT_TRUE(has_row("Arbete", 4));
    EXPECT_EQ(category_label(Measure::EndedByReason, "annat"), "annat");
    EXPECT_EQ(category_label(Measure::EndedInPeriod, "annat"), "annat/okänt kön");
}

TEST_F(StatisticsTest, AskingForOneInsatsHidesWhatTheWholeTableHides) {
    review_and_confirm(import_quarter(date(2024, 7, 1), date(2024, 9, 30),
                                      {{Measure::ParticipantsNew, 3, Unit::Count, "", ""}},
                                      "hash-small"));
    Report other;
    other.kind = ReportKind::Quarterly;
    other.intervention = {"Räkna med mig", "Gävle kommun", InterventionKind::Individual};
    other.period = {date(2024, 7, 1), date(2024, 9, 30)};
    other.figures = {{Measure::ParticipantsNew, 20, Unit::Count, "", ""}};
    const auto saved =
        ReportStore(database(), clock())
            .save_document(association(),
                           {"other.pdf", SourceFormat::Pdf, "hash-other", ReportKind::Quarterly},
                           {other});
    ASSERT_TRUE(saved);
    review_and_confirm(saved->reports.front().report_id);

    const auto everyone = statistics_as("styrelse", "2024Q3");
    auto made = participant_statistics(
        as("styrelse"), {*parse_period_selection("2024Q3"), std::string("Räkna med mig")},
        surveys());

    ASSERT_TRUE(made);
    ASSERT_EQ(made->interventions.size(), 1u);
    const auto& alone = figure(made->interventions.front(), Measure::ParticipantsNew);
    const auto in_table = std::find_if(everyone.interventions.begin(), everyone.interventions.end(),
                                       [](const auto& row) { return row.name == "Räkna med mig"; });
    ASSERT_NE(in_table, everyone.interventions.end());
    EXPECT_EQ(alone.hidden, figure(*in_table, Measure::ParticipantsNew).hidden);
    EXPECT_EQ(made->totals.size(), everyone.totals.size());
}

TEST_F(StatisticsTest, ARangeIsShownOnlyWhereEveryQuarterItAddsUpIs) {
    int number = 0;
    for (const auto& [start, end, value] :
         {std::tuple{date(2024, 1, 1), date(2024, 3, 31), 12.0},
          std::tuple{date(2024, 4, 1), date(2024, 6, 30), 2.0},
          std::tuple{date(2024, 7, 1), date(2024, 9, 30), 20.0}}) {
        review_and_confirm(import_quarter(start, end,
                                          {{Measure::ParticipantsNew, value, Unit::Count, "", ""}},
                                          "hash-range-" + std::to_string(++number)));
    }

    // Two ranges that differ by the second quarter would give it away if both were shown.
    const auto first_three = statistics_as("styrelse", "2024-01-01..2024-09-30");
    const auto last_two = statistics_as("styrelse", "2024-04-01..2024-09-30");
    const auto third_alone = statistics_as("styrelse", "2024-07-01..2024-11-30");

    EXPECT_TRUE(figure(first_three.interventions.front(), Measure::ParticipantsNew).hidden);
    EXPECT_TRUE(figure(last_two.interventions.front(), Measure::ParticipantsNew).hidden);
    // A range of one quarter is that quarter, as protected as when it is asked for itself.
    const auto quarter = statistics_as("styrelse", "2024Q3");
    EXPECT_EQ(figure(third_alone.interventions.front(), Measure::ParticipantsNew).value,
              figure(quarter.interventions.front(), Measure::ParticipantsNew).value);
}

TEST_F(StatisticsTest, AReportsPageHidesWhatTheStatisticsOfItsYearHide) {
    review_and_confirm(import_quarter(date(2024, 1, 1), date(2024, 3, 31),
                                      {{Measure::ParticipantsNew, 3, Unit::Count, "", ""}},
                                      "hash-page-q1"));
    const auto second =
        import_quarter(date(2024, 4, 1), date(2024, 6, 30),
                       {{Measure::ParticipantsNew, 10, Unit::Count, "", ""}}, "hash-page-q2");
    review_and_confirm(second);

    const auto half_year = statistics_as("styrelse", "2024H1");
    const auto page = show_report(as("styrelse"), second);

    ASSERT_TRUE(page) << page.error().log_message;
    const auto& shown = page->latest->figures.front();
    const bool half_year_shown =
        figure(half_year.interventions.front(), Measure::ParticipantsNew).value.has_value();
    // 13 in the half year and 10 in its second quarter would give the first quarter's 3 away.
    EXPECT_FALSE(shown.value.has_value() && half_year_shown);
}

TEST_F(StatisticsTest, TheKansliSeesFiguresReadFromTheTextMarkedUntilConfirmed) {
    const auto before = statistics_as("kansli", "2024Q3");

    const auto& insats = before.interventions.front();
    EXPECT_TRUE(before.marks_unconfirmed);
    EXPECT_EQ(figure(insats, Measure::ParticipantsTotal).value, 12);
    EXPECT_TRUE(figure(insats, Measure::ParticipantsTotal).unconfirmed);
    EXPECT_TRUE(figure(insats, Measure::ParticipantsEnded).unconfirmed);
    for (const auto& total : before.totals)
        EXPECT_TRUE(total.unconfirmed) << to_string(total.measure);
    const auto json = statistics_json(before).front();
    EXPECT_EQ(json["unconfirmed"], (nlohmann::json{"participants_total", "participants_ended"}));

    confirm(imported_report());

    const auto after = statistics_as("kansli", "2024Q3");
    for (const auto& shown : after.interventions.front().figures)
        EXPECT_FALSE(shown.unconfirmed) << to_string(shown.measure);
    for (const auto& total : after.totals)
        EXPECT_FALSE(total.unconfirmed) << to_string(total.measure);
    EXPECT_TRUE(statistics_json(after).front()["unconfirmed"].empty());
}

TEST_F(StatisticsTest, AFlowIsMarkedWhenAnyQuarterItSumsIsUnconfirmed) {
    const auto first =
        import_quarter(date(2024, 1, 1), date(2024, 3, 31),
                       {{Measure::ParticipantsNew, 8, Unit::Count, "", ""}}, "hash-flow-q1");
    confirm(first);
    import_quarter(date(2024, 4, 1), date(2024, 6, 30),
                   {{Measure::ParticipantsNew, 9, Unit::Count, "", ""}}, "hash-flow-q2");

    const auto first_quarter = statistics_as("kansli", "2024Q1");
    const auto half_year = statistics_as("kansli", "2024H1");

    EXPECT_FALSE(figure(first_quarter.interventions.front(), Measure::ParticipantsNew).unconfirmed);
    const auto& summed = figure(half_year.interventions.front(), Measure::ParticipantsNew);
    EXPECT_EQ(summed.value, 17);
    EXPECT_TRUE(summed.unconfirmed);
}

TEST_F(StatisticsTest, TheBoardsStatisticsLeaveOutFiguresTheKansliHasNotConfirmed) {
    review(imported_report());

    const auto unconfirmed = statistics_as("styrelse", "2024Q3");

    // The reviewed report is the insats's latest, with no figures for the board: not an
    // older report's counts, and nothing marked or hidden by small-count protection for it.
    ASSERT_EQ(unconfirmed.interventions.size(), 1u);
    EXPECT_EQ(unconfirmed.interventions.front().report_id, imported_report());
    EXPECT_TRUE(unconfirmed.interventions.front().figures.empty());
    EXPECT_TRUE(unconfirmed.totals.empty());
    EXPECT_FALSE(unconfirmed.marks_unconfirmed);
    EXPECT_FALSE(statistics_json(unconfirmed).front().contains("unconfirmed"));
    // Nor does the report's own page give the figures the statistics leave out.
    const auto page = show_report(as("styrelse"), imported_report());
    ASSERT_TRUE(page) << page.error().log_message;
    for (const auto& shown : page->latest->figures)
        EXPECT_FALSE(shown.value) << to_string(shown.measure);

    confirm(imported_report());

    const auto confirmed = statistics_as("styrelse", "2024Q3");
    EXPECT_EQ(figure(confirmed.interventions.front(), Measure::ParticipantsTotal).value, 12);
}

TEST_F(StatisticsTest, AGoalsOutcomeFromUnconfirmedFiguresIsMarkedForTheKansli) {
    set_goals(
        {{"Totalt 45 deltagare", 45, Unit::Count, Measure::ParticipantsTotal},
         {"30 % till arbete eller studier", 30, Unit::Percent, Measure::EndedToWorkOrStudies}});

    const auto before = statistics_as("kansli", "2024Q3");

    const auto& goals = before.interventions.front().goals;
    ASSERT_EQ(goals.size(), 2u);
    EXPECT_EQ(goals[0].outcome, 12);
    EXPECT_TRUE(goals[0].unconfirmed);
    // No outcome: nothing to rest on unconfirmed figures.
    EXPECT_EQ(goals[1].outcome, std::nullopt);
    EXPECT_FALSE(goals[1].unconfirmed);
    const auto json = statistics_json(before).front();
    EXPECT_EQ(json["goals"][0]["unconfirmed"], true);
    EXPECT_EQ(json["goals"][1]["unconfirmed"], false);
    const auto tables = statistics_tables({before}, as("kansli").templates());
    const DataTable& goal_table = tables.at(2);
    const std::size_t outcome = 4; // Insats, Mål, Målvärde, Enhet, Utfall
    ASSERT_EQ(goal_table.columns.at(outcome), "Utfall");
    EXPECT_TRUE(goal_table.rows.at(0).at(outcome).unconfirmed);
    EXPECT_FALSE(goal_table.rows.at(1).at(outcome).unconfirmed);
    ASSERT_EQ(goal_table.notes.size(), 1u);
    EXPECT_TRUE(goal_table.notes.front().starts_with("† = läst ur texten, ej bekräftad"));

    review_and_confirm(imported_report());

    const auto after = statistics_as("kansli", "2024Q3");
    EXPECT_FALSE(after.interventions.front().goals[0].unconfirmed);
    EXPECT_EQ(statistics_json(after).front()["goals"][0]["unconfirmed"], false);
    EXPECT_TRUE(statistics_tables({after}, as("kansli").templates()).at(2).notes.empty());
}

TEST_F(StatisticsTest, TheBoardsGoalsHaveNoOutcomeFromUnconfirmedFigures) {
    set_goals({{"Totalt 45 deltagare", 45, Unit::Count, Measure::ParticipantsTotal}});
    review(imported_report());

    const auto unconfirmed = statistics_as("styrelse", "2024Q3");

    const auto& goal = unconfirmed.interventions.front().goals.front();
    EXPECT_EQ(goal.outcome, std::nullopt);
    EXPECT_EQ(goal.status, GoalStatus::NotJudged);
    EXPECT_FALSE(goal.unconfirmed);
    EXPECT_FALSE(statistics_json(unconfirmed).front()["goals"][0].contains("unconfirmed"));

    confirm(imported_report());

    EXPECT_EQ(statistics_as("styrelse", "2024Q3").interventions.front().goals.front().outcome, 12);
}

TEST_F(StatisticsTest, TheNationalTableGivesEachForbundWhatItsOwnStatisticsGive) {
    import_quarter(date(2024, 7, 1), date(2024, 9, 30),
                   {{Measure::ParticipantsTotal, 23, Unit::Count, "", ""},
                    {Measure::ParticipantsWomen, 3, Unit::Count, "", ""},
                    {Measure::ParticipantsMen, 20, Unit::Count, "", ""}},
                   "hash-split");
    ReportStore store(database(), clock());
    const auto other = *store.ensure_association("Samordningsförbundet Södra");
    Report theirs;
    theirs.kind = ReportKind::Quarterly;
    theirs.intervention = {"Vägen", "Ovanåkers kommun", InterventionKind::Individual};
    theirs.period = {date(2024, 4, 1), date(2024, 6, 30)};
    theirs.figures = {{Measure::ParticipantsTotal, 9, Unit::Count, "", ""},
                      {Measure::ParticipantsNew, 2, Unit::Count, "", ""}};
    ASSERT_TRUE(store.save_document(
        other, {"vagen.pdf", SourceFormat::Pdf, "hash-vagen", ReportKind::Quarterly}, {theirs}));
    const auto selection = *parse_period_selection("2024");
    const ReportTemplates no_templates;
    const auto command_line = [&](std::int64_t association_id, Role role) {
        const auto settings = **AssociationStore(database()).load(association_id);
        return User{0,
                    association_id,
                    "kommandoraden",
                    "Kommandoraden",
                    role,
                    {},
                    false,
                    settings.small_count_threshold};
    };

    for (const Role role : {Role::Kansli, Role::Board}) {
        const User national_user = command_line(association(), role);
        const AppContext national(database(), national_user, clock(), no_templates,
                                  Channel::CommandLine);
        const auto every =
            statistics_of_every_association(national, {selection, std::nullopt}, surveys());

        ASSERT_TRUE(every) << every.error().log_message;
        ASSERT_EQ(every->size(), 2u);
        for (const auto& statistics : *every) {
            const auto association_id =
                statistics.association == "Gävleborg" ? association() : other;
            const auto trail = *AuditStore(database()).list(association_id, 1);
            ASSERT_EQ(trail.size(), 1u);
            EXPECT_EQ(trail.front().detail, "statistics 2024, command line");
            const User user = command_line(association_id, role);
            const AppContext own(database(), user, clock(), no_templates, Channel::CommandLine);
            const auto alone = participant_statistics(own, {selection, std::nullopt}, surveys());
            ASSERT_TRUE(alone) << alone.error().log_message;
            EXPECT_EQ(statistics_json(statistics), statistics_json(*alone));
            EXPECT_FALSE(statistics.interventions.empty());
        }
    }
}

TEST_F(StatisticsTest, AnUnknownInsatsIsNotFound) {
    const auto made = participant_statistics(
        as("kansli"), {*parse_period_selection("2024"), std::string("Ingen sådan insats")},
        surveys());

    ASSERT_FALSE(made);
    EXPECT_EQ(made.error().code, ErrorCode::NotFound);
}

TEST_F(StatisticsTest, AnInsatsNotActiveInThePeriodIsNotListed) {
    EXPECT_TRUE(statistics_as("kansli", "2023").interventions.empty());
}

} // namespace
} // namespace finsam::testing
