#include "app/surveys/SurveyRounds.h"

#include "app/ReadAccess.h"
#include "app/accounts/Secrets.h"
#include "app/surveys/OneTimeCodes.h"
#include "storage/SurveyAnswerStore.h"
#include "storage/SurveyRoundStore.h"

#include <charconv>
#include <spdlog/spdlog.h>

namespace finsam {

namespace {

AppError refusal(const AppContext& context, Access access, std::int64_t round_id) {
    if (access == Access::NotFound)
        return AppError::of(ErrorCode::NotFound);
    context.audit(AuditAction::Denied, AuditObject::SurveyRound, round_id);
    return AppError::of(ErrorCode::Forbidden);
}

AppResult<void> require_survey_access(const AppContext& context, std::int64_t association_id,
                                      std::int64_t intervention_id) {
    const Access access = context.policy().manage_surveys_of(association_id, intervention_id);
    if (access == Access::NotFound)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    if (access == Access::Forbidden) {
        context.audit(AuditAction::Denied, AuditObject::Intervention, intervention_id, "surveys");
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    }
    return {};
}

/// The insats, when the user may run its surveys.
AppResult<InterventionDetails> survey_intervention(const AppContext& context,
                                                   std::int64_t intervention_id) {
    auto intervention = readable_intervention(context, intervention_id);
    if (!intervention)
        return tl::unexpected(intervention.error());
    auto allowed = require_survey_access(context, intervention->association_id, intervention->id);
    if (!allowed)
        return tl::unexpected(allowed.error());
    return intervention;
}

AppResult<std::string> association_name(const AppContext& context) {
    auto settings = association_settings(context);
    if (!settings)
        return tl::unexpected(settings.error());
    return settings->name;
}

/// The round the fields ask for, checked against the survey; Invalid at the fields.
AppResult<SurveyRound> requested_round(const SurveyDefinition* survey, const FieldSource& fields) {
    std::vector<FieldError> errors;
    if (!survey)
        return tl::unexpected(AppError::invalid({{"enkat", "Välj en enkät."}}));
    const auto time_point = survey_time_point_from_string(fields.value("tillfalle"));
    if (!time_point || !survey->used_at(*time_point))
        errors.push_back({"tillfalle", "Välj ett tillfälle som enkäten används vid."});
    const auto respondent = respondent_kind_from_string(fields.value("svarande"));
    if (!respondent || !survey->asks(*respondent))
        errors.push_back({"svarande", "Välj vem som svarar på enkäten."});
    if (!errors.empty())
        return tl::unexpected(AppError::invalid(std::move(errors)));
    SurveyRound round;
    round.survey_id = survey->id;
    round.survey_version = survey->version;
    round.time_point = *time_point;
    round.respondent = *respondent;
    round.requires_code = fields.has("engangskoder");
    return round;
}

std::string round_detail(const SurveyRound& round) {
    return round.survey_id + " " + std::string(to_string(round.time_point)) + " " +
           std::string(to_string(round.respondent)) +
           (round.requires_code ? " with one-time codes" : "");
}

std::optional<int> code_count(const std::string& sent) {
    int count = 0;
    const auto [end, error] = std::from_chars(sent.data(), sent.data() + sent.size(), count);
    if (error != std::errc{} || end != sent.data() + sent.size() || count < 1 ||
        count > k_most_codes_at_once)
        return std::nullopt;
    return count;
}

} // namespace

AppResult<InterventionSurveys> intervention_surveys(const AppContext& context,
                                                    const SurveyCatalog& catalog,
                                                    std::int64_t intervention_id) {
    auto intervention = survey_intervention(context, intervention_id);
    if (!intervention)
        return tl::unexpected(intervention.error());
    auto name = association_name(context);
    if (!name)
        return tl::unexpected(name.error());
    SurveyRoundStore store(context.database());
    auto rounds = or_internal(store.rounds_of_intervention(intervention_id));
    if (!rounds)
        return tl::unexpected(rounds.error());
    InterventionSurveys surveys{std::move(*intervention), {}, catalog.for_association(*name)};
    for (auto& round : *rounds) {
        SurveyRoundSummary summary{std::move(round), {}, 0};
        const auto* definition = catalog.find(*name, summary.round.survey_id);
        summary.survey_name = definition ? definition->name : summary.round.survey_id;
        if (summary.round.requires_code) {
            auto unspent = or_internal(store.unspent_codes(summary.round.id));
            if (!unspent)
                return tl::unexpected(unspent.error());
            summary.unspent_codes = *unspent;
        }
        surveys.rounds.push_back(std::move(summary));
    }
    return surveys;
}

AppResult<SurveyRound> open_survey_round(const AppContext& context, const SurveyCatalog& catalog,
                                         std::int64_t intervention_id, const FieldSource& fields) {
    auto intervention = survey_intervention(context, intervention_id);
    if (!intervention)
        return tl::unexpected(intervention.error());
    auto name = association_name(context);
    if (!name)
        return tl::unexpected(name.error());
    auto round = requested_round(catalog.find(*name, fields.value("enkat")), fields);
    if (!round)
        return tl::unexpected(round.error());
    round->intervention_id = intervention_id;
    round->token = random_token();
    auto opened =
        SurveyRoundStore(context.database()).open_round(intervention->association_id, *round);
    if (!opened)
        return tl::unexpected(AppError::internal(opened.error()));
    context.audit(AuditAction::Create, AuditObject::SurveyRound, opened->id, round_detail(*opened));
    return std::move(*opened);
}

AppResult<SurveyRound> managed_survey_round(const AppContext& context, std::int64_t round_id) {
    auto round = or_internal(SurveyRoundStore(context.database()).find(round_id));
    if (!round)
        return tl::unexpected(round.error());
    if (!*round)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    const Access access =
        context.policy().manage_surveys_of((**round).association_id, (**round).intervention_id);
    if (access != Access::Allowed)
        return tl::unexpected(refusal(context, access, round_id));
    return std::move(**round);
}

AppResult<SurveyRound> set_survey_round_state(const AppContext& context, std::int64_t round_id,
                                              RoundState state) {
    auto round = managed_survey_round(context, round_id);
    if (!round)
        return tl::unexpected(round.error());
    const bool open = state == RoundState::Open;
    auto changed = or_internal(SurveyRoundStore(context.database()).set_open(round_id, open));
    if (!changed)
        return tl::unexpected(changed.error());
    round->open = open;
    context.audit(AuditAction::Edit, AuditObject::SurveyRound, round_id,
                  open ? "opened" : "closed");
    // A closed round's answers are all in: PostgreSQL's table is rewritten in key order, so
    // that neither the rows' places nor their transaction ids tell the order they came in.
    // The round is closed whether or not that works.
    if (!open) {
        if (auto rewritten = SurveyAnswerStore(context.database()).reshuffle(); !rewritten)
            spdlog::error("cannot rewrite the survey answers: {}", rewritten.error().message);
    }
    return round;
}

AppResult<OneTimeCodeBatch> make_one_time_codes(const AppContext& context, std::int64_t round_id,
                                                const FieldSource& fields) {
    auto round = managed_survey_round(context, round_id);
    if (!round)
        return tl::unexpected(round.error());
    if (!round->requires_code)
        return tl::unexpected(AppError::invalid(
            {{"antal", "Enkäten besvaras utan koder. Öppna en ny omgång med engångskoder."}}));
    const auto count = code_count(fields.value("antal"));
    if (!count)
        return tl::unexpected(
            AppError::invalid({{"antal", "Skriv hur många koder du vill ha, från 1 till " +
                                             std::to_string(k_most_codes_at_once) + "."}}));
    OneTimeCodeBatch batch{std::move(*round), {}};
    std::vector<std::string> digests;
    while (static_cast<int>(batch.codes.size()) < *count) {
        auto code = new_one_time_code();
        auto digest = one_time_code_digest(code);
        // Two equal codes in one batch would be one code printed twice.
        if (std::find(digests.begin(), digests.end(), digest) != digests.end())
            continue;
        digests.push_back(std::move(digest));
        batch.codes.push_back(std::move(code));
    }
    auto added = SurveyRoundStore(context.database()).add_codes(round_id, digests);
    if (!added)
        return tl::unexpected(AppError::internal(added.error()));
    context.audit(AuditAction::Create, AuditObject::SurveyRound, round_id,
                  std::to_string(*count) + " one-time codes");
    return batch;
}

} // namespace finsam
