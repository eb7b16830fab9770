#pragma once

#include "app/demo/DemoRandom.h"
#include "domain/Figure.h"
#include "domain/ReportKind.h"

#include <array>
#include <string_view>
#include <vector>

namespace finsam {

// The participants of a generated insats, counted quarter by quarter: who came, who left and
// why, as the statistics table of a kvartalsrapport asks for them. Only counts are made.

/// The parts a kön split has (`category` of a figure).
inline constexpr std::array<std::string_view, 3> k_demo_genders = {"kvinna", "man", "annat"};
/// The code lists' codes (templates/codes/).
inline constexpr std::array<std::string_view, 8> k_demo_end_reasons = {
    "arbete", "studier", "annan_insats", "ohalsa", "flytt", "eget_val", "annat", "okant"};
inline constexpr std::array<std::string_view, 12> k_demo_income_sources = {
    "lon",         "lon_med_stod",         "arbetsloshetsersattning", "aktivitetsstod",
    "sjukpenning", "aktivitetsersattning", "sjukersattning",          "ekonomiskt_bistand",
    "studiemedel", "annan_ersattning",     "ingen_ersattning",        "okand"};
inline constexpr std::array<std::string_view, 7> k_demo_referrers = {
    "arbetsformedlingen", "forsakringskassan", "socialtjansten", "arbetsmarknadsenheten",
    "regionen",           "egen_anmalan",      "annan"};
inline constexpr std::array<std::string_view, 7> k_demo_target_groups = {
    "unga_16_29", "langtidssjukskrivna",  "langt_fran_arbetsmarknaden",
    "nyanlanda",  "funktionsnedsattning", "missbruk",
    "annan"};

/// What happened among the participants in one period.
struct PeriodCounts {
    std::array<int, 3> new_by_gender{};    // by k_demo_genders
    std::array<int, 3> ended_by_gender{};  // ended in the period
    std::array<int, 3> active_by_gender{}; // active at the period's end
    std::array<int, 8> ended_by_reason{};
    std::array<int, 12> income_at_start{}; // of those who ended in the period
    std::array<int, 12> income_at_end{};
    std::array<int, 7> referred_by{};  // of the new
    std::array<int, 7> target_group{}; // of the new; a participant may belong to two

    int new_total() const;
    int ended_total() const;
    int active_total() const;
};

/// Since the insats began.
struct CumulativeCounts {
    std::array<int, 3> participants_by_gender{};
    int ended = 0;
    int ended_to_work = 0;
    int ended_to_studies = 0;
};

struct QuarterCounts {
    PeriodCounts period;
    CumulativeCounts since_start;
};

/// How an insats takes participants in and lets them go.
struct FlowProfile {
    InterventionKind kind = InterventionKind::Individual;
    double new_per_quarter = 3;        // mean arrivals
    double leaving_per_quarter = 0.25; // each active participant's chance to end in a quarter
};

/// A random profile for an insats of this kind: individual insatser take a few a quarter and
/// keep them a year or so; structural ones (training, forums) many, briefly.
FlowProfile random_flow_profile(InterventionKind kind, DemoRandom& random);

/// The insats's quarters one by one; in its last quarter (`ends` true) everyone active ends.
/// The stock never goes negative and no more end than were active or came.
std::vector<QuarterCounts> simulate_quarters(const FlowProfile& profile, int quarters, bool ends,
                                             DemoRandom& random);

/// The whole of several quarters as one period (a slutrapport's): flows added up, the
/// stock at the last one's end.
PeriodCounts combined(const std::vector<QuarterCounts>& quarters);

/// The figures a report states for the period, as the form stores them: the whole before
/// its parts. Structural insatser count participants by kön only.
std::vector<Figure> participant_figures(const PeriodCounts& period,
                                        const CumulativeCounts& since_start, InterventionKind kind);

} // namespace finsam
