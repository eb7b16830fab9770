#include "app/demo/DemoSurveys.h"

#include "app/demo/DemoRandom.h"
#include "domain/Clock.h"
#include "domain/IsoWeek.h"
#include "storage/ReportStore.h"
#include "storage/SurveyAnswerStore.h"
#include "storage/SurveyRoundStore.h"

#include <algorithm>
#include <array>
#include <string>

namespace finsam {

namespace {

constexpr std::array k_self_assessment_scales = {"halsa",    "aktivitetsniva", "sjalvkansla",
                                                 "vardagen", "koncentration",  "relationer"};
constexpr std::array k_bip_participant = {"jobbsokning", "tro_pa_formaga", "arbetsfardighet",
                                          "halsa",       "vardagen",       "social_formaga",
                                          "natverk",     "boende_ekonomi", "kunskaper"};
constexpr std::array k_bip_caseworker_only = {"arbetsformaga", "tro_pa_arbete"};

/// A round of the demo: which survey, when, who answers, how many and around what value.
struct DemoRoundPlan {
    const char* survey_id;
    SurveyTimePoint time_point;
    RespondentKind respondent;
    int answers;
    double mean;      // of the scales, 1–10
    int weeks_before; // the answers' latest week, counted back from as_of
};

constexpr DemoRoundPlan k_plans[] = {
    {"sjalvskattning", SurveyTimePoint::Start, RespondentKind::Participant, 14, 4.2, 30},
    {"sjalvskattning", SurveyTimePoint::End, RespondentKind::Participant, 11, 6.1, 2},
    {"bip", SurveyTimePoint::Start, RespondentKind::Participant, 9, 4.5, 28},
    {"bip", SurveyTimePoint::Start, RespondentKind::Caseworker, 9, 3.8, 28},
};

int scale_value(DemoRandom& random, double mean) {
    const double value = mean + (random.unit() + random.unit() + random.unit() - 1.5) * 3.0;
    return std::clamp(static_cast<int>(value + 0.5), k_scale_lowest, k_scale_highest);
}

std::map<std::string, AnswerValue> demo_values(DemoRandom& random, const DemoRoundPlan& plan) {
    std::map<std::string, AnswerValue> values;
    const auto add = [&](const char* question) {
        values.emplace(question, ScaleValue{scale_value(random, plan.mean)});
    };
    if (std::string(plan.survey_id) == "sjalvskattning") {
        std::for_each(k_self_assessment_scales.begin(), k_self_assessment_scales.end(), add);
        return values;
    }
    std::for_each(k_bip_participant.begin(), k_bip_participant.end(), add);
    if (plan.respondent == RespondentKind::Caseworker)
        std::for_each(k_bip_caseworker_only.begin(), k_bip_caseworker_only.end(), add);
    return values;
}

/// A token no one can guess is not needed for demo data, but it must be unique and look like
/// a real one (43 URL-safe characters).
std::string demo_token(DemoRandom& random) {
    static constexpr std::string_view k_characters =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string token;
    for (int index = 0; index < 43; ++index)
        token += k_characters[static_cast<std::size_t>(random.between(0, 63))];
    return token;
}

tl::expected<int, StorageError> write_round(Database& database, std::int64_t association_id,
                                            std::int64_t intervention_id, const DemoRoundPlan& plan,
                                            Date as_of, DemoRandom& random) {
    SurveyRound round;
    round.intervention_id = intervention_id;
    round.survey_id = plan.survey_id;
    round.time_point = plan.time_point;
    round.respondent = plan.respondent;
    round.token = demo_token(random);
    SurveyRoundStore rounds(database);
    auto opened = rounds.open_round(association_id, round);
    if (!opened)
        return tl::unexpected(opened.error());
    SurveyAnswerStore answers(database);
    const std::chrono::sys_days last_day{as_of};
    for (int index = 0; index < plan.answers; ++index) {
        const auto weeks_back = plan.weeks_before + random.between(0, 3);
        SurveyAnswer answer{plan.survey_id,
                            intervention_id,
                            plan.time_point,
                            plan.respondent,
                            iso_week_of(Date{last_day - std::chrono::weeks{weeks_back}}),
                            demo_values(random, plan)};
        if (auto stored = answers.submit(opened->id, answer, std::nullopt); !stored)
            return tl::unexpected(stored.error());
    }
    if (plan.time_point == SurveyTimePoint::Start) {
        if (auto closed = rounds.set_open(opened->id, false); !closed)
            return tl::unexpected(closed.error());
    }
    return plan.answers;
}

} // namespace

tl::expected<int, StorageError> write_demo_surveys(Database& database, std::int64_t association_id,
                                                   Date as_of, std::uint64_t seed) {
    auto interventions = ReportStore(database, system_clock()).list_interventions(association_id);
    if (!interventions)
        return tl::unexpected(interventions.error());
    DemoRandom random(seed);
    int written = 0;
    const std::size_t with_surveys = std::min<std::size_t>(2, interventions->size());
    for (std::size_t index = 0; index < with_surveys; ++index) {
        for (const auto& plan : k_plans) {
            auto count = write_round(database, association_id, (*interventions)[index].id, plan,
                                     as_of, random);
            if (!count)
                return tl::unexpected(count.error());
            written += *count;
        }
    }
    return written;
}

} // namespace finsam
