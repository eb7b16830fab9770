#include "app/demo/DemoGenerator.h"

#include "app/demo/DemoRandom.h"
#include "app/demo/ParticipantFlow.h"
#include "domain/RegistryNumber.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <string_view>
#include <tuple>

namespace finsam {

namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::months;
using std::chrono::sys_days;

/// Every demo data set grows from this seed.
constexpr std::uint64_t k_seed = 20241231;
constexpr const char* k_registry_pattern = "DEMO {yy}-{seq:02}.{n:02}";
/// Of the reports of the last quarter, how many the kansli has not registered yet.
constexpr double k_waiting_share = 0.35;
/// Of the reports registered long enough ago to have been reviewed, how many were.
constexpr double k_reviewed_share = 0.88;

constexpr std::array<std::string_view, 28> k_individual_names = {
    "Steg framåt",    "Vägen vidare",   "Nya möjligheter",   "Arbetsbron",
    "Ung kraft",      "Hälsosteget",    "Kompassen",         "Språngbrädan",
    "Mötesplatsen",   "Jobbverkstaden", "Balans i vardagen", "Gröna rummet",
    "Framtidsverket", "Navet",          "Bryggan",           "Lotsen",
    "Startpunkten",   "Vändpunkten",    "Kraftkällan",       "Stegvis",
    "Ankaret",        "Fyrtornet",      "Motivationslyftet", "Trädgårdsgruppen",
    "IPS-teamet",     "Vardagsstödet",  "Jobbspåret",        "Unga vägar"};
constexpr std::array<std::string_view, 10> k_structural_names = {
    "Samverkansforum",       "Kompetenslyft i samverkan", "Tidiga insatser",
    "Gemensam kartläggning", "Samordnad rehabilitering",  "Nätverket för unga",
    "Metodstöd IPS",         "Samverkan i praktiken",     "Kunskapsbanken",
    "Gemensam planering"};
constexpr std::array<std::string_view, 6> k_owners = {
    "Demo kommun",        "Region Demo",          "Försäkringskassan",
    "Arbetsförmedlingen", "Studieförbundet Demo", "Demo kommun, arbetsmarknadsenheten"};
constexpr std::array<std::string_view, 4> k_partners = {"Försäkringskassan", "Arbetsförmedlingen",
                                                        "Region Demo", "Demo kommun"};
constexpr std::array<std::string_view, 3> k_reporters = {"Projektledare", "Samordnare",
                                                         "Verksamhetsledare"};
constexpr std::array<std::string_view, 3> k_signatures = {"AK", "BL", "CM"};
constexpr std::array<std::string_view, 4> k_individual_target_groups = {
    "Unga vuxna 18–29 år som står långt från arbetsmarknaden",
    "Personer med långvarig sjukskrivning eller aktivitetsersättning",
    "Personer med försörjningsstöd som behöver samordnat stöd",
    "Nyanlända som behöver stöd mot arbete eller studier"};
constexpr std::array<std::string_view, 4> k_activity_texts = {
    "Verksamheten har följt planeringen med gruppträffar två gånger i veckan och individuella "
    "samtal.",
    "Arbetet har handlat om kartläggning av nya deltagare och stöd i kontakten med arbetsgivare.",
    "Deltagarna har erbjudits arbetsträning, studiebesök och hälsofrämjande aktiviteter.",
    "Samverkan med parterna har fortsatt genom månatliga möten i styrgruppen."};
constexpr std::array<std::string_view, 4> k_assessment_texts = {
    "Arbetet går enligt plan. Samverkan med parterna fungerar väl.",
    "Inflödet har varit lägre än väntat; insatsen har därför informerat remitterande parter "
    "igen.",
    "Deltagarna beskriver ökad struktur i vardagen. Långa väntetider i vården är fortfarande ett "
    "hinder.",
    "Personalomsättning har påverkat kvartalet, men verksamheten har kunnat hålla öppet."};
constexpr std::array<std::string_view, 3> k_structural_texts = {
    "Utbildningar och nätverksträffar för personal hos parterna har genomförts enligt plan.",
    "Arbetsgruppen har tagit fram ett gemensamt underlag för samordnade planeringar.",
    "Träffarna har haft god uppslutning från alla parter."};

template <typename T, std::size_t N>
const T& any_of(const std::array<T, N>& items, DemoRandom& random) {
    return items[static_cast<std::size_t>(random.between(0, static_cast<int>(N) - 1))];
}

/// The first `count` names of `names` in a random order.
/// The n-th of the names; once they run out, the first again with a number ("Steget 2"), so a
/// förbund of many insatser still names each its own way.
std::string nth_name(const std::vector<std::string>& names, std::size_t n) {
    const std::string& name = names.at(n % names.size());
    const std::size_t round = n / names.size();
    return round == 0 ? name : name + " " + std::to_string(round + 1);
}

template <std::size_t N>
std::vector<std::string> shuffled_names(const std::array<std::string_view, N>& names,
                                        DemoRandom& random) {
    std::vector<std::string> shuffled(names.begin(), names.end());
    for (std::size_t index = shuffled.size() - 1; index > 0; --index)
        std::swap(shuffled[index],
                  shuffled[static_cast<std::size_t>(random.between(0, static_cast<int>(index)))]);
    return shuffled;
}

Date quarter_start(const DemoScale& scale, int quarter) {
    return scale.first_quarter + months{3 * quarter};
}

Date quarter_end(const DemoScale& scale, int quarter) {
    return Date(sys_days(quarter_start(scale, quarter + 1)) - days{1});
}

Timestamp moment(Date day, minutes after_midnight) {
    return Timestamp(std::chrono::sys_seconds(sys_days(day)) + after_midnight);
}

/// When the report came in, and how far the kansli has taken it by the data set's moment.
DemoReport through_workflow(Report report, Date period_end, const DemoScale& scale,
                            DemoRandom& random) {
    DemoReport demo;
    Timestamp submitted = moment(Date(sys_days(period_end) + days{random.between(2, 25)}),
                                 minutes{7 * 60 + random.between(0, 600)});
    demo.submitted_at = std::min(submitted, scale.as_of - minutes{1});
    report.reporter.date = swedish_date(demo.submitted_at);
    demo.report = std::move(report);
    const Timestamp registered_at = demo.submitted_at + hours{random.between(1, 72)};
    const Timestamp reviewed_at = registered_at + days{random.between(5, 40)};
    const bool reviewed = random.chance(k_reviewed_share);
    const bool waiting = random.chance(k_waiting_share);
    const bool of_last_quarter = period_end == quarter_end(scale, scale.quarter_count - 1);
    if (registered_at > scale.as_of || (waiting && of_last_quarter))
        return demo;
    demo.status = ReportStatus::Registered;
    demo.registration = DemoRegistration{swedish_date(demo.submitted_at), registered_at, "",
                                         std::string(any_of(k_signatures, random))};
    if (reviewed && reviewed_at <= scale.as_of) {
        demo.status = ReportStatus::Reviewed;
        demo.reviewed_at = reviewed_at;
    }
    return demo;
}

int rounded_to_five(double value) {
    return std::max(5, static_cast<int>(std::lround(value / 5.0)) * 5);
}

std::vector<Goal> goals_for(const FlowProfile& profile, int planned_quarters, DemoRandom& random) {
    const double expected = profile.new_per_quarter * planned_quarters;
    const int participants = rounded_to_five(expected * random.between(85, 125) / 100.0);
    if (profile.kind == InterventionKind::Structural) {
        return {{"Totalt " + std::to_string(participants) +
                     " deltagare i utbildningar och nätverksträffar",
                 participants, Unit::Count, Measure::ParticipantsTotal},
                {"En gemensam rutin för samverkan mellan parterna är framtagen", std::nullopt,
                 std::nullopt, std::nullopt}};
    }
    const int share = random.between(4, 8) * 5;
    return {{"Totalt " + std::to_string(participants) + " deltagare", participants, Unit::Count,
             Measure::ParticipantsTotal},
            {std::to_string(share) + " % av de avslutade till arbete eller studier", share,
             Unit::Percent, Measure::EndedToWorkOrStudies},
            {"Deltagarna upplever förbättrad hälsa", std::nullopt, std::nullopt, std::nullopt}};
}

Report quarterly_report(const InterventionDetails& details, Period quarter,
                        const QuarterCounts& counts, DemoRandom& random) {
    Report report;
    report.kind = ReportKind::Quarterly;
    report.intervention = {details.name, details.owner, details.kind};
    report.period = {quarter.start, quarter.end};
    report.partners = details.partners;
    report.reporter.name = std::string(any_of(k_reporters, random));
    const bool structural = details.kind == InterventionKind::Structural;
    report.sections = {
        {"2.1", "Aktiviteter",
         std::string(structural ? any_of(k_structural_texts, random)
                                : any_of(k_activity_texts, random))},
        {"2.5", "Sammanfattande bedömning", std::string(any_of(k_assessment_texts, random))}};
    report.figures = participant_figures(counts.period, counts.since_start, details.kind);
    return report;
}

Report final_report(const InterventionDetails& details, const std::vector<QuarterCounts>& quarters,
                    DemoRandom& random) {
    Report report;
    report.kind = ReportKind::Final;
    report.intervention = {details.name, details.owner, details.kind};
    report.period = {details.period_start, details.period_end};
    report.funds = {details.granted_sek, details.used_sek};
    report.partners = details.partners;
    report.reporter.name = std::string(any_of(k_reporters, random));
    report.sections = {
        {"4.1", "Syfte och bakgrund till insatsen", details.purpose.value_or("")},
        {"5.1", "Måluppfyllelse",
         "Insatsen har i huvudsak nått sina mål; se deltagarstatistiken för utfallet."},
        {"6.1", "Beskriv tillvaratagna erfarenheter och lärdomar från insatsen",
         "Ett nära samarbete mellan parterna och en fast kontaktperson för varje deltagare har "
         "varit avgörande."}};
    report.figures =
        participant_figures(combined(quarters), quarters.back().since_start, details.kind);
    return report;
}

InterventionDetails describe_intervention(const std::string& name, InterventionKind kind,
                                          Period period, bool ended, DemoRandom& random) {
    InterventionDetails details;
    details.name = name;
    details.kind = kind;
    details.owner = std::string(any_of(k_owners, random));
    details.contact = std::string(any_of(k_reporters, random));
    details.purpose = kind == InterventionKind::Structural
                          ? "Att utveckla samverkan mellan parterna kring personer som behöver "
                            "samordnat stöd."
                          : "Att ge deltagarna samordnat stöd på vägen mot arbete eller studier.";
    if (kind == InterventionKind::Individual)
        details.target_group = std::string(any_of(k_individual_target_groups, random));
    details.period_start = period.start;
    details.period_end = period.end;
    const double years =
        static_cast<double>((sys_days(period.end) - sys_days(period.start)).count()) / 365.0;
    details.granted_sek = std::int64_t{random.between(30, 150)} * 10'000 *
                          std::max<std::int64_t>(1, std::lround(years));
    if (ended)
        details.used_sek = *details.granted_sek * random.between(85, 100) / 100 / 1000 * 1000;
    for (const auto partner : k_partners) {
        if (partner != *details.owner && random.chance(0.7))
            details.partners.emplace_back(partner);
    }
    return details;
}

/// The quarters an insats runs, counted from the scale's first: 2–6 years.
std::pair<int, int> intervention_quarters(const DemoScale& scale, int index, DemoRandom& random) {
    const int first = random.between(0, std::max(0, scale.quarter_count - 8));
    int length = random.between(8, 24);
    if (scale.interventions_end_within)
        length = std::min(length, scale.quarter_count - first);
    else if (index % 4 == 0)
        length = 8; // a few end within the quarters and have a slutrapport
    return {first, length};
}

DemoIntervention generate_intervention(const DemoScale& scale, const std::string& name,
                                       InterventionKind kind, int index, DemoRandom& random) {
    const auto [first, length] = intervention_quarters(scale, index, random);
    const int last = first + length - 1;
    const bool ended = last < scale.quarter_count;
    const int reported = std::min(last, scale.quarter_count - 1) - first + 1;
    const Period period{quarter_start(scale, first), quarter_end(scale, last)};

    DemoIntervention intervention;
    intervention.details = describe_intervention(name, kind, period, ended, random);
    const FlowProfile profile = random_flow_profile(kind, random);
    intervention.details.goals = goals_for(profile, length, random);
    const auto quarters = simulate_quarters(profile, reported, ended, random);
    for (int quarter = 0; quarter < reported; ++quarter) {
        const Period reported_quarter{quarter_start(scale, first + quarter),
                                      quarter_end(scale, first + quarter)};
        intervention.reports.push_back(
            through_workflow(quarterly_report(intervention.details, reported_quarter,
                                              quarters[static_cast<std::size_t>(quarter)], random),
                             reported_quarter.end, scale, random));
    }
    if (ended) {
        intervention.reports.push_back(through_workflow(
            final_report(intervention.details, quarters, random), period.end, scale, random));
    }
    return intervention;
}

/// Diarienummer in the order the kansli registered the reports: an insats's first
/// registration opens its case in the arrival year, as WorkflowStore::register_report does.
void number_registrations(DemoAssociation& association) {
    std::vector<std::tuple<Timestamp, std::size_t, std::size_t>> registered;
    for (std::size_t i = 0; i < association.interventions.size(); ++i) {
        const auto& reports = association.interventions[i].reports;
        for (std::size_t r = 0; r < reports.size(); ++r) {
            if (reports[r].registration)
                registered.emplace_back(reports[r].registration->registered_at, i, r);
        }
    }
    std::sort(registered.begin(), registered.end());
    for (const auto& [at, intervention_index, report_index] : registered) {
        auto& intervention = association.interventions[intervention_index];
        auto& registration = *intervention.reports[report_index].registration;
        if (!intervention.registry_case) {
            const int year = static_cast<int>(registration.arrival_date.year());
            const int case_number = ++association.registry_cases_by_year[year];
            intervention.registry_case = DemoRegistryCase{year, case_number, 0};
        }
        auto& registry_case = *intervention.registry_case;
        ++registry_case.last_number;
        registration.registry_number =
            format_registry_number(
                association.registry_pattern,
                {registry_case.year, registry_case.number, registry_case.last_number})
                .value();
    }
}

int interventions_of(const DemoScale& scale, int index) {
    const int even = scale.intervention_count / scale.association_count;
    return even + (index < scale.intervention_count % scale.association_count ? 1 : 0);
}

} // namespace

DemoScale small_demo_scale(Timestamp now) {
    const Date today = swedish_date(now);
    const Date last_quarter_start = Period::quarter_of(today).start - months{3};
    return {1, 12, last_quarter_start - months{33}, 12, false, now};
}

DemoScale national_demo_scale() {
    using namespace std::chrono;
    const Date first = 2015y / January / 1d;
    const Timestamp as_of(sys_seconds(sys_days(2025y / February / 15d)) + hours{12});
    return {80, 1000, first, 40, true, as_of};
}

DemoScale large_demo_scale() {
    using namespace std::chrono;
    const Timestamp as_of(sys_seconds(sys_days(2025y / February / 15d)) + hours{12});
    return {1, 40, 2023y / January / 1d, 8, false, as_of};
}

std::string demo_association_name(int index) {
    const std::string number = std::to_string(index + 1);
    return "Samordningsförbundet Demo " + (number.size() < 2 ? "0" + number : number);
}

DemoAssociation generate_demo_association(const DemoScale& scale, int index,
                                          const std::string& name) {
    DemoRandom random(demo_seed(k_seed, static_cast<std::uint64_t>(index)));
    DemoAssociation association;
    association.name = name;
    association.registry_pattern = k_registry_pattern;
    const auto individual_names = shuffled_names(k_individual_names, random);
    const auto structural_names = shuffled_names(k_structural_names, random);
    std::size_t individual = 0;
    std::size_t structural = 0;
    const int count = interventions_of(scale, index);
    for (int number = 0; number < count; ++number) {
        // Every fourth insats is structural.
        const bool is_structural = number % 4 == 3;
        const std::string name_of_insats = is_structural ? nth_name(structural_names, structural++)
                                                         : nth_name(individual_names, individual++);
        DemoRandom insats_random(demo_seed(k_seed, static_cast<std::uint64_t>(index) * 1000 +
                                                       std::uint64_t(number) + 1));
        association.interventions.push_back(generate_intervention(
            scale, name_of_insats,
            is_structural ? InterventionKind::Structural : InterventionKind::Individual, number,
            insats_random));
    }
    number_registrations(association);
    return association;
}

} // namespace finsam
