#include "app/demo/DemoGenerator.h"

#include "AppTestSupport.h"
#include "app/demo/ParticipantFlow.h"
#include "domain/CodeLists.h"
#include "storage/ReportContentHash.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace finsam::testing {
namespace {

using std::chrono::sys_days;

const Timestamp k_now = noon(date(2026, 5, 20));

/// Everything a generated förbund holds, as one text: two förbund are the same exactly when
/// their fingerprints are.
std::string fingerprint(const DemoAssociation& association) {
    std::string text = association.name + "|" + association.registry_pattern;
    for (const auto& intervention : association.interventions) {
        const auto& details = intervention.details;
        text += "|" + details.name + "|" + details.owner.value_or("") + "|" +
                format_iso_or_empty(details.period_start) + "|" +
                format_iso_or_empty(details.period_end) + "|" +
                std::to_string(details.granted_sek.value_or(0));
        for (const auto& goal : details.goals)
            text += "|" + goal.text;
        for (const auto& report : intervention.reports) {
            text += "|" + report_content_hash(report.report) + "|" +
                    std::string(to_string(report.status)) + "|" + report.submitted_at.iso();
            if (report.registration)
                text += "|" + report.registration->registry_number;
        }
    }
    return text;
}

std::vector<const DemoReport*> reports_of(const DemoAssociation& association) {
    std::vector<const DemoReport*> reports;
    for (const auto& intervention : association.interventions) {
        for (const auto& report : intervention.reports)
            reports.push_back(&report);
    }
    return reports;
}

TEST(DemoGenerator, EveryCodeIsACodeOfTheCodeLists) {
    const auto lists = load_code_lists(code_lists_folder(templates_dir()));
    ASSERT_TRUE(lists) << lists.error().reason;
    const auto expect_listed = [&](std::string_view list_id, const auto& codes) {
        const CodeList* list = find_code_list(*lists, list_id);
        ASSERT_NE(list, nullptr) << list_id;
        for (const auto code : codes) {
            EXPECT_TRUE(std::any_of(list->codes.begin(), list->codes.end(),
                                    [&](const Code& listed) { return listed.code == code; }))
                << list_id << ": " << code;
        }
    };
    expect_listed("end_reasons", k_demo_end_reasons);
    expect_listed("income_sources", k_demo_income_sources);
    expect_listed("referrers", k_demo_referrers);
    expect_listed("target_groups", k_demo_target_groups);
}

TEST(DemoGenerator, TheSameScaleGivesTheSameDataEveryTime) {
    const auto scale = small_demo_scale(k_now);

    const auto first = generate_demo_association(scale, 0, "Samordningsförbundet Demo");
    const auto second = generate_demo_association(scale, 0, "Samordningsförbundet Demo");

    EXPECT_EQ(fingerprint(first), fingerprint(second));
}

TEST(DemoGenerator, EachNationalForbundIsItsOwnAndTheSameEveryTime) {
    const auto scale = national_demo_scale();

    const auto seventh = generate_demo_association(scale, 6, demo_association_name(6));

    EXPECT_EQ(fingerprint(seventh),
              fingerprint(generate_demo_association(scale, 6, demo_association_name(6))));
    EXPECT_NE(fingerprint(seventh),
              fingerprint(generate_demo_association(scale, 7, demo_association_name(6))));
}

TEST(DemoGenerator, TheSmallSetHasTwelveInsatserReportingTheThreeYearsBeforeToday) {
    const auto association =
        generate_demo_association(small_demo_scale(k_now), 0, "Samordningsförbundet Demo");

    ASSERT_EQ(association.interventions.size(), 12u);
    const auto structural =
        std::count_if(association.interventions.begin(), association.interventions.end(),
                      [](const auto& i) { return i.details.kind == InterventionKind::Structural; });
    EXPECT_EQ(structural, 3);
    Date earliest = date(2100, 1, 1);
    Date latest = date(2000, 1, 1);
    int final_reports = 0;
    for (const auto* demo : reports_of(association)) {
        const auto period = *demo->report.period.complete();
        if (demo->report.kind == ReportKind::Final) {
            ++final_reports;
            continue;
        }
        EXPECT_TRUE(period.calendar_quarter()) << format_iso(period.start);
        earliest = std::min(earliest, period.start);
        latest = std::max(latest, period.end);
    }
    // Today is in Q2 2026: the last full quarter is Q1, and three years of quarters end there.
    EXPECT_EQ(earliest, date(2023, 4, 1));
    EXPECT_EQ(latest, date(2026, 3, 31));
    EXPECT_GE(final_reports, 2);
}

TEST(DemoGenerator, MostReportsAreReviewedAndTheLatestMayStillWait) {
    const auto association =
        generate_demo_association(small_demo_scale(k_now), 0, "Samordningsförbundet Demo");

    std::map<ReportStatus, int> by_status;
    std::set<std::string> registry_numbers;
    int registered = 0;
    for (const auto* demo : reports_of(association)) {
        ++by_status[demo->status];
        EXPECT_LT(demo->submitted_at, k_now);
        if (demo->status == ReportStatus::Submitted) {
            EXPECT_FALSE(demo->registration);
            EXPECT_EQ(demo->report.period.end, date(2026, 3, 31));
            continue;
        }
        ASSERT_TRUE(demo->registration);
        ++registered;
        registry_numbers.insert(demo->registration->registry_number);
        EXPECT_EQ(demo->status == ReportStatus::Reviewed, demo->reviewed_at.has_value());
    }
    const int total = static_cast<int>(reports_of(association).size());
    EXPECT_GT(by_status[ReportStatus::Reviewed], total * 3 / 4);
    EXPECT_GT(by_status[ReportStatus::Registered], 0);
    EXPECT_GT(by_status[ReportStatus::Submitted], 0);
    EXPECT_EQ(static_cast<int>(registry_numbers.size()), registered) << "diarienummer repeat";
}

TEST(DemoGenerator, IndividualInsatserHaveMeasurableGoals) {
    const auto association =
        generate_demo_association(small_demo_scale(k_now), 0, "Samordningsförbundet Demo");

    for (const auto& intervention : association.interventions) {
        const auto& goals = intervention.details.goals;
        ASSERT_FALSE(goals.empty());
        const Goal& participants = goals.front();
        EXPECT_EQ(participants.measure, Measure::ParticipantsTotal);
        EXPECT_EQ(participants.unit, Unit::Count);
        EXPECT_TRUE(participants.text.starts_with(
            "Totalt " + std::to_string(static_cast<int>(*participants.target)) + " deltagare"));
        if (intervention.details.kind != InterventionKind::Individual)
            continue;
        ASSERT_GE(goals.size(), 2u);
        EXPECT_EQ(goals[1].measure, Measure::EndedToWorkOrStudies);
        EXPECT_EQ(goals[1].unit, Unit::Percent);
        EXPECT_EQ(goals[1].text, std::to_string(static_cast<int>(*goals[1].target)) +
                                     " % av de avslutade till arbete eller studier");
    }
}

TEST(DemoGenerator, CountsAreSmallEnoughForSmallCountProtectionToMatter) {
    const auto association =
        generate_demo_association(small_demo_scale(k_now), 0, "Samordningsförbundet Demo");

    int zeros = 0;
    int small = 0;
    int parts = 0;
    for (const auto* demo : reports_of(association)) {
        for (const auto& figure : demo->report.figures) {
            if (figure.category.empty())
                continue;
            ++parts;
            zeros += figure.value == 0 ? 1 : 0;
            small += figure.value >= 1 && figure.value < 5 ? 1 : 0;
        }
    }
    EXPECT_GT(small, parts / 5);
    EXPECT_GT(zeros, parts / 5);
}

TEST(DemoGenerator, TheNationalSetRunsEachInsatsTwoToSixYearsWithinTheDecade) {
    const auto scale = national_demo_scale();
    EXPECT_EQ(scale.association_count, 80);
    EXPECT_EQ(scale.intervention_count, 1000);
    EXPECT_EQ(demo_association_name(0), "Samordningsförbundet Demo 01");
    EXPECT_EQ(demo_association_name(79), "Samordningsförbundet Demo 80");

    const auto first = generate_demo_association(scale, 0, demo_association_name(0));
    const auto last = generate_demo_association(scale, 79, demo_association_name(79));

    // 1,000 over 80 förbund: the first 40 have 13, the others 12.
    EXPECT_EQ(first.interventions.size(), 13u);
    EXPECT_EQ(last.interventions.size(), 12u);
    for (const auto& intervention : first.interventions) {
        const auto& details = intervention.details;
        EXPECT_GE(*details.period_start, date(2015, 1, 1));
        EXPECT_LE(*details.period_end, date(2024, 12, 31));
        const auto length = sys_days(*details.period_end) - sys_days(*details.period_start);
        EXPECT_GE(length.count(), 2 * 365 - 1) << details.name;
        EXPECT_LE(length.count(), 6 * 366) << details.name;
        ASSERT_FALSE(intervention.reports.empty());
        EXPECT_EQ(intervention.reports.back().report.kind, ReportKind::Final) << details.name;
        EXPECT_TRUE(details.used_sek) << details.name;
    }
}

} // namespace
} // namespace finsam::testing
