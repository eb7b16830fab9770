#include "app/demo/ParticipantFlow.h"

#include <numeric>
#include <string>

namespace finsam {

namespace {

// Shares in the order of the code lists, roughly as SUS showed them for Finsam insatser.
constexpr std::array<double, 3> k_gender_shares = {0.55, 0.43, 0.02};
constexpr std::array<double, 8> k_end_reason_shares = {0.20, 0.08, 0.16, 0.13,
                                                       0.03, 0.14, 0.10, 0.04};
constexpr std::array<double, 12> k_income_shares = {0.02, 0.02, 0.06, 0.15, 0.15, 0.10,
                                                    0.04, 0.22, 0.02, 0.05, 0.12, 0.05};
constexpr std::array<double, 7> k_referrer_shares = {0.26, 0.20, 0.24, 0.10, 0.10, 0.06, 0.04};
constexpr std::array<double, 7> k_target_group_shares = {0.22, 0.18, 0.26, 0.10, 0.12, 0.05, 0.07};
/// How many of the new belong to a second target group too.
constexpr double k_second_target_group = 0.15;

constexpr std::size_t index_of(std::span<const std::string_view> codes, std::string_view code) {
    std::size_t index = 0;
    while (codes[index] != code)
        ++index;
    return index;
}

const std::size_t k_work = index_of(k_demo_end_reasons, "arbete");
const std::size_t k_studies = index_of(k_demo_end_reasons, "studier");
const std::size_t k_salary = index_of(k_demo_income_sources, "lon");
const std::size_t k_subsidised_salary = index_of(k_demo_income_sources, "lon_med_stod");
const std::size_t k_study_grant = index_of(k_demo_income_sources, "studiemedel");

template <std::size_t N> int sum(const std::array<int, N>& counts) {
    return std::accumulate(counts.begin(), counts.end(), 0);
}

/// Where the new came from and whom they are.
void count_new(PeriodCounts& period, DemoRandom& random) {
    for (int person = 0; person < period.new_total(); ++person) {
        ++period.referred_by[random.weighted(k_referrer_shares)];
        const auto group = random.weighted(k_target_group_shares);
        ++period.target_group[group];
        if (random.chance(k_second_target_group)) {
            const auto second = random.weighted(k_target_group_shares);
            if (second != group)
                ++period.target_group[second];
        }
    }
}

/// Why the ended left, and their support before and after: work brings a salary, studies a
/// study grant; most others leave on the support they came with.
void count_ended(PeriodCounts& period, DemoRandom& random) {
    for (int person = 0; person < period.ended_total(); ++person) {
        const auto reason = random.weighted(k_end_reason_shares);
        const auto start = random.weighted(k_income_shares);
        auto end = start;
        if (reason == k_work)
            end = random.chance(0.65) ? k_salary : k_subsidised_salary;
        else if (reason == k_studies)
            end = k_study_grant;
        else if (random.chance(0.3))
            end = random.weighted(k_income_shares);
        ++period.ended_by_reason[reason];
        ++period.income_at_start[start];
        ++period.income_at_end[end];
    }
}

QuarterCounts next_quarter(const FlowProfile& profile, const QuarterCounts& previous, bool first,
                           bool last, DemoRandom& random) {
    QuarterCounts quarter;
    auto& period = quarter.period;
    // A new insats fills up at the start; none are taken in the quarter it closes.
    const double arrivals = last ? 0 : profile.new_per_quarter * (first ? 1.5 : 1.0);
    const int new_total = random.poisson(arrivals);
    for (int person = 0; person < new_total; ++person)
        ++period.new_by_gender[random.weighted(k_gender_shares)];
    for (std::size_t gender = 0; gender < k_demo_genders.size(); ++gender) {
        const int before = previous.period.active_by_gender[gender];
        const int arrived = period.new_by_gender[gender];
        // Some who came in the quarter leave in it too (a broken-off start).
        period.ended_by_gender[gender] =
            last ? before + arrived
                 : random.binomial(before, profile.leaving_per_quarter) +
                       random.binomial(arrived, profile.leaving_per_quarter / 4);
        period.active_by_gender[gender] = before + arrived - period.ended_by_gender[gender];
    }
    if (profile.kind == InterventionKind::Individual) {
        count_new(period, random);
        count_ended(period, random);
    }
    quarter.since_start = previous.since_start;
    auto& since_start = quarter.since_start;
    for (std::size_t gender = 0; gender < k_demo_genders.size(); ++gender)
        since_start.participants_by_gender[gender] += period.new_by_gender[gender];
    since_start.ended += period.ended_total();
    since_start.ended_to_work += period.ended_by_reason[k_work];
    since_start.ended_to_studies += period.ended_by_reason[k_studies];
    return quarter;
}

Figure count(Measure measure, int value, std::string_view category = {}) {
    return Figure{measure, static_cast<double>(value), Unit::Count, "form",
                  "",      std::string(category)};
}

template <std::size_t N>
void add_parts(std::vector<Figure>& figures, Measure measure, const std::array<int, N>& counts,
               const std::array<std::string_view, N>& codes) {
    for (std::size_t index = 0; index < N; ++index)
        figures.push_back(count(measure, counts[index], codes[index]));
}

template <std::size_t N>
void add_whole_and_parts(std::vector<Figure>& figures, Measure measure,
                         const std::array<int, N>& counts,
                         const std::array<std::string_view, N>& codes) {
    figures.push_back(count(measure, sum(counts)));
    add_parts(figures, measure, counts, codes);
}

} // namespace

int PeriodCounts::new_total() const {
    return sum(new_by_gender);
}

int PeriodCounts::ended_total() const {
    return sum(ended_by_gender);
}

int PeriodCounts::active_total() const {
    return sum(active_by_gender);
}

FlowProfile random_flow_profile(InterventionKind kind, DemoRandom& random) {
    if (kind == InterventionKind::Structural)
        return {kind, static_cast<double>(random.between(4, 18)), 0.7};
    return {kind, random.between(10, 60) / 10.0, random.between(15, 35) / 100.0};
}

std::vector<QuarterCounts> simulate_quarters(const FlowProfile& profile, int quarters, bool ends,
                                             DemoRandom& random) {
    std::vector<QuarterCounts> counts;
    counts.reserve(static_cast<std::size_t>(quarters));
    QuarterCounts previous;
    for (int quarter = 0; quarter < quarters; ++quarter) {
        const bool last = ends && quarter == quarters - 1;
        previous = next_quarter(profile, previous, quarter == 0, last, random);
        counts.push_back(previous);
    }
    return counts;
}

PeriodCounts combined(const std::vector<QuarterCounts>& quarters) {
    PeriodCounts total;
    const auto add = [](auto& into, const auto& counts) {
        for (std::size_t index = 0; index < into.size(); ++index)
            into[index] += counts[index];
    };
    for (const auto& quarter : quarters) {
        const auto& period = quarter.period;
        add(total.new_by_gender, period.new_by_gender);
        add(total.ended_by_gender, period.ended_by_gender);
        add(total.ended_by_reason, period.ended_by_reason);
        add(total.income_at_start, period.income_at_start);
        add(total.income_at_end, period.income_at_end);
        add(total.referred_by, period.referred_by);
        add(total.target_group, period.target_group);
    }
    if (!quarters.empty())
        total.active_by_gender = quarters.back().period.active_by_gender;
    return total;
}

std::vector<Figure> participant_figures(const PeriodCounts& period,
                                        const CumulativeCounts& since_start,
                                        InterventionKind kind) {
    const auto& total_by_gender = since_start.participants_by_gender;
    std::vector<Figure> figures{
        count(Measure::ParticipantsTotal, sum(total_by_gender)),
        count(Measure::ParticipantsCurrent, period.active_total()),
        count(Measure::ParticipantsEnded, since_start.ended),
        count(Measure::ParticipantsWomen, total_by_gender[0]),
        count(Measure::ParticipantsMen, total_by_gender[1]),
    };
    if (kind == InterventionKind::Individual) {
        figures.push_back(count(Measure::EndedToWork, since_start.ended_to_work));
        figures.push_back(count(Measure::EndedToStudies, since_start.ended_to_studies));
        figures.push_back(count(Measure::EndedToWorkOrStudies,
                                since_start.ended_to_work + since_start.ended_to_studies));
    }
    add_whole_and_parts(figures, Measure::ParticipantsNew, period.new_by_gender, k_demo_genders);
    add_whole_and_parts(figures, Measure::EndedInPeriod, period.ended_by_gender, k_demo_genders);
    // The whole of the active is participants_current above.
    add_parts(figures, Measure::ParticipantsCurrent, period.active_by_gender, k_demo_genders);
    if (kind != InterventionKind::Individual)
        return figures;
    add_parts(figures, Measure::EndedByReason, period.ended_by_reason, k_demo_end_reasons);
    add_parts(figures, Measure::IncomeAtStart, period.income_at_start, k_demo_income_sources);
    add_parts(figures, Measure::IncomeAtEnd, period.income_at_end, k_demo_income_sources);
    add_parts(figures, Measure::ReferredBy, period.referred_by, k_demo_referrers);
    add_parts(figures, Measure::TargetGroup, period.target_group, k_demo_target_groups);
    return figures;
}

} // namespace finsam
