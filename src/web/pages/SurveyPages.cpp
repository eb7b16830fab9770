#include "web/pages/SurveyPages.h"

#include "app/surveys/SurveyAnswerInput.h"
#include "output/QrCodeSvg.h"
#include "output/SwedishLabels.h"
#include "web/pages/FormFields.h"

#include <algorithm>

namespace finsam {

namespace {

mstch::array choices_of(const std::vector<std::pair<std::string, std::string>>& options,
                        const std::string& field) {
    mstch::array choices;
    for (const auto& [value, label] : options) {
        choices.push_back(
            mstch::map{{"value", value}, {"label", label}, {"id", field_id(field + "-" + value)}});
    }
    return choices;
}

mstch::array survey_choices(const InterventionSurveys& surveys) {
    mstch::array choices;
    for (const auto* survey : surveys.surveys) {
        std::string used_at;
        for (const auto time_point : survey->time_points)
            used_at += (used_at.empty() ? "" : ", ") + std::string(time_point_label(time_point));
        choices.push_back(mstch::map{{"value", survey->id},
                                     {"label", survey->name},
                                     {"national", survey->national},
                                     {"used_at", used_at}});
    }
    return choices;
}

mstch::map round_row(const SurveyRoundSummary& summary, const std::string& server) {
    const auto& round = summary.round;
    return mstch::map{{"id", std::to_string(round.id)},
                      {"survey", summary.survey_name},
                      {"time_point", std::string(time_point_label(round.time_point))},
                      {"respondent", std::string(respondent_label(round.respondent))},
                      {"link", server + survey_path(round)},
                      {"open", round.open},
                      {"requires_code", round.requires_code},
                      {"unspent_codes", std::to_string(summary.unspent_codes)}};
}

/// What was sent for a question's field, to show again.
std::vector<std::string> sent_values(const FieldSource* posted, const std::string& field) {
    if (!posted)
        return {};
    auto values = posted->values(field);
    if (values.empty() && posted->has(field))
        values.push_back(posted->value(field));
    return values;
}

bool contains(const std::vector<std::string>& values, const std::string& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

mstch::array question_options(const SurveyQuestion& question, const std::string& field,
                              const std::vector<std::string>& sent) {
    std::vector<std::pair<std::string, std::string>> options;
    if (question.kind == QuestionKind::Scale) {
        for (int value = k_scale_lowest; value <= k_scale_highest; ++value)
            options.emplace_back(std::to_string(value), std::to_string(value));
    } else if (question.kind == QuestionKind::YesNo) {
        options = {{"ja", "Ja"}, {"nej", "Nej"}};
    } else {
        for (const auto& option : question.options)
            options.emplace_back(option.code, option.label);
    }
    mstch::array choices;
    for (const auto& [value, label] : options) {
        choices.push_back(mstch::map{{"value", value},
                                     {"label", label},
                                     {"id", field_id(field + "-" + value)},
                                     {"checked", contains(sent, value)}});
    }
    return choices;
}

mstch::map question_view(const SurveyQuestion& question, RespondentKind respondent, int number,
                         const FieldSource* posted, const std::vector<FieldError>& errors) {
    const std::string field = question_field(question);
    const auto sent = sent_values(posted, field);
    const std::string id = field_id(field);
    const std::string error = error_for(errors, field);
    // A group of choices is described by the scale's end labels and by its error.
    std::string described_by = question.kind == QuestionKind::Scale ? id + "-scale" : "";
    if (!error.empty())
        described_by += (described_by.empty() ? "" : " ") + id + "-error";
    return mstch::map{
        {"number", std::to_string(number)},
        {"text", *question.text_for(respondent)},
        {"name", field},
        {"id", id},
        {"required", question.required},
        {"error", error},
        {"described_by", described_by},
        {"scale", question.kind == QuestionKind::Scale},
        {"low_label", question.low_label},
        {"high_label", question.high_label},
        {"radio", question.kind == QuestionKind::Scale || question.kind == QuestionKind::YesNo ||
                      question.kind == QuestionKind::SingleChoice},
        {"checkbox", question.kind == QuestionKind::MultipleChoice},
        {"free_text", question.kind == QuestionKind::FreeText},
        {"value", sent.empty() ? std::string() : sent.front()},
        {"options", question_options(question, field, sent)},
    };
}

} // namespace

std::string survey_path(const SurveyRound& round) {
    return "/e/" + round.token;
}

mstch::map intervention_surveys_page(const InterventionSurveys& surveys, const std::string& server,
                                     const std::vector<FieldError>& errors) {
    mstch::array rounds;
    for (const auto& summary : surveys.rounds)
        rounds.push_back(round_row(summary, server));
    return mstch::map{
        {"intervention_id", std::to_string(surveys.intervention.id)},
        {"intervention", surveys.intervention.name},
        {"has_rounds", !rounds.empty()},
        {"rounds", rounds},
        {"surveys", survey_choices(surveys)},
        {"has_surveys", !surveys.surveys.empty()},
        {"time_points",
         choices_of({{"start", "Start"}, {"during", "Under insatsen"}, {"end", "Avslut"}},
                    "tillfalle")},
        {"respondents",
         choices_of({{"participant", "Deltagare"}, {"caseworker", "Handläggare"}}, "svarande")},
        {"has_errors", !errors.empty()},
        {"errors", error_summary(errors)},
        {"survey_error", error_for(errors, "enkat")},
        {"time_point_error", error_for(errors, "tillfalle")},
        {"respondent_error", error_for(errors, "svarande")},
    };
}

mstch::map survey_print_page(const SurveyRound& round, const std::string& server,
                             const std::vector<std::string>& codes) {
    const std::string link = server + survey_path(round);
    mstch::array code_list;
    for (const auto& code : codes)
        code_list.push_back(mstch::map{{"code", code}, {"link", link}});
    return mstch::map{
        {"round_id", std::to_string(round.id)},
        {"intervention_id", std::to_string(round.intervention_id)},
        {"link", link},
        // Raw in the template: the SVG is this program's own, its only text the link, escaped.
        {"qr_svg", qr_code_svg(link, "QR-kod till enkäten: " + link).value_or("")},
        {"time_point", std::string(time_point_label(round.time_point))},
        {"respondent", std::string(respondent_label(round.respondent))},
        {"has_codes", !codes.empty()},
        {"codes", code_list},
        {"requires_code", round.requires_code},
    };
}

mstch::map survey_answer_page(const SurveyToAnswer& form, const FieldSource* posted,
                              const std::vector<FieldError>& errors, const std::string& nonce) {
    mstch::array questions;
    int number = 0;
    for (const auto* question : form.questions)
        questions.push_back(
            question_view(*question, form.round.respondent, ++number, posted, errors));
    const bool caseworker = form.round.respondent == RespondentKind::Caseworker;
    return mstch::map{
        {"name", form.survey->name},
        {"introduction", form.survey->introduction},
        {"caseworker", caseworker},
        {"action", survey_path(form.round)},
        {"questions", questions},
        {"requires_code", form.round.requires_code},
        {"code_field", std::string(k_code_field)},
        {"code_id", field_id(k_code_field)},
        {"code_error", error_for(errors, k_code_field)},
        {"code_value", posted ? posted->value(k_code_field) : std::string()},
        {"nonce_field", std::string(k_nonce_field)},
        {"nonce", nonce},
        {"has_errors", !errors.empty()},
        {"errors", error_summary(errors)},
    };
}

} // namespace finsam
