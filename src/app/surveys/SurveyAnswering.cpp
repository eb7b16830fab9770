#include "app/surveys/SurveyAnswering.h"

#include "app/InputGuard.h"
#include "app/surveys/OneTimeCodes.h"
#include "app/surveys/SurveyAnswerInput.h"
#include "domain/IsoWeek.h"
#include "storage/AssociationStore.h"
#include "storage/SurveyAnswerStore.h"
#include "storage/SurveyRoundStore.h"

namespace finsam {

namespace {

const FieldError k_code_missing{k_code_field, "Skriv koden från din lapp."};
const FieldError k_code_refused{k_code_field,
                                "Koden gäller inte. Kontrollera att du har skrivit rätt. En kod "
                                "kan bara användas en gång."};

/// The digest of the code sent, or Invalid when the round needs one and none was sent.
AppResult<std::optional<std::string>> sent_code(const SurveyRound& round,
                                                const FieldSource& fields) {
    if (!round.requires_code)
        return std::nullopt;
    const std::string code = normalised_one_time_code(fields.value(k_code_field));
    if (code.empty())
        return tl::unexpected(AppError::invalid({k_code_missing}));
    return one_time_code_digest(code);
}

AppResult<void> store_answer(Database& database, const SurveyRound& round,
                             const SurveyAnswer& answer,
                             const std::optional<std::string>& code_digest) {
    auto stored = SurveyAnswerStore(database).submit(round.id, answer, code_digest);
    if (stored)
        return {};
    if (stored.error().code == StorageError::Code::NotFound)
        return tl::unexpected(AppError::invalid({k_code_refused}));
    if (stored.error().code == StorageError::Code::Stale)
        return tl::unexpected(AppError::of(ErrorCode::SurveyClosed));
    return tl::unexpected(AppError::internal(stored.error()));
}

} // namespace

AppResult<SurveyToAnswer> survey_to_answer(Database& database, const SurveyCatalog& catalog,
                                           const std::string& token) {
    auto round = or_internal(SurveyRoundStore(database).find_by_token(token));
    if (!round)
        return tl::unexpected(round.error());
    if (!*round)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    if (!(**round).open)
        return tl::unexpected(AppError::of(ErrorCode::SurveyClosed));
    auto association = or_internal(AssociationStore(database).load((**round).association_id));
    if (!association)
        return tl::unexpected(association.error());
    if (!*association)
        return tl::unexpected(AppError::internal("a survey round's förbund is missing"));
    const auto* survey = catalog.find((**association).name, (**round).survey_id);
    if (!survey)
        return tl::unexpected(AppError::internal("a survey round's definition is missing"));
    return SurveyToAnswer{std::move(**round), survey, survey->questions_for((**round).respondent)};
}

AppResult<SubmitOutcome> submit_survey_answer(Database& database, const SurveyCatalog& catalog,
                                              const Clock& clock, SubmissionNonces& nonces,
                                              const std::string& token, const FieldSource& fields) {
    auto form = survey_to_answer(database, catalog, token);
    if (!form)
        return tl::unexpected(form.error());
    // The questions' own checks first, so that each question says what is wrong with it; a
    // missing code is said with them, not after they are put right.
    auto values = read_survey_answer(*form->survey, form->round.respondent, fields);
    auto code_digest = sent_code(form->round, fields);
    if (!values) {
        AppError error = values.error();
        if (!code_digest && error.code == ErrorCode::Invalid)
            error.fields.push_back(k_code_missing);
        return tl::unexpected(std::move(error));
    }
    if (auto checked = check_sent_fields(fields); !checked)
        return tl::unexpected(checked.error());
    if (!code_digest)
        return tl::unexpected(code_digest.error());
    const std::string nonce = fields.value(k_nonce_field);
    if (!nonces.claim(nonce))
        return SubmitOutcome::AlreadyReceived;
    const SurveyAnswer answer{form->round.survey_id,      form->round.intervention_id,
                              form->round.time_point,     form->round.respondent,
                              iso_week_of(clock.today()), std::move(*values)};
    auto stored = store_answer(database, form->round, answer, *code_digest);
    if (!stored) {
        nonces.release(nonce);
        return tl::unexpected(stored.error());
    }
    return SubmitOutcome::Stored;
}

} // namespace finsam
