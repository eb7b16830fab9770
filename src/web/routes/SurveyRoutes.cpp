#include "app/surveys/SurveyAnswering.h"
#include "app/surveys/SurveyRounds.h"
#include "web/api/SurveyAnswerJson.h"
#include "web/pages/SurveyPages.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

// Surveys (issue 13). The staff's pages run as the access policy allows. The participants'
// pages (/e/{token}) and the API's answer take no login, set no cookie and write nothing to
// the log or the audit trail: the server has no access log, and what these handlers keep of
// a request is the answer's survey, insats, time point, respondent and week.

/// Where links point: this server as the one who opened the page reached it.
std::string server_address(Exchange& exchange) {
    const std::string scheme = exchange.web().config().secure_cookies ? "https://" : "http://";
    return scheme + exchange.request().get_header_value("Host");
}

void show_surveys(Exchange& exchange, std::int64_t intervention_id,
                  const std::vector<FieldError>& errors, int status) {
    const auto surveys =
        intervention_surveys(exchange.app(), exchange.web().survey_catalog(), intervention_id);
    if (exchange.failed(surveys))
        return;
    exchange.page("surveys", intervention_surveys_page(*surveys, server_address(exchange), errors),
                  "Enkäter – " + surveys->intervention.name, status);
}

void surveys(Exchange& exchange) {
    if (const auto id = exchange.path_id())
        show_surveys(exchange, *id, {}, 200);
}

void open_round(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto opened = open_survey_round(exchange.app(), exchange.web().survey_catalog(), *id,
                                          exchange.input().fields());
    if (!opened && opened.error().code == ErrorCode::Invalid) {
        show_surveys(exchange, *id, opened.error().fields, 422);
        return;
    }
    if (exchange.failed(opened))
        return;
    exchange.reply().redirect("/insatser/" + std::to_string(*id) + "/enkater");
}

void change_round(Exchange& exchange, RoundState state) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto changed = set_survey_round_state(exchange.app(), *id, state);
    if (exchange.failed(changed))
        return;
    exchange.reply().redirect("/insatser/" + std::to_string(changed->intervention_id) + "/enkater");
}

void close_round(Exchange& exchange) {
    change_round(exchange, RoundState::Closed);
}

void reopen_round(Exchange& exchange) {
    change_round(exchange, RoundState::Open);
}

void print_round(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto round = managed_survey_round(exchange.app(), *id);
    if (exchange.failed(round))
        return;
    exchange.page("survey_print", survey_print_page(*round, server_address(exchange), {}),
                  "Enkät att skriva ut");
}

/// The codes are shown once, in the answer to the post that made them: they are not kept.
void make_codes(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto batch = make_one_time_codes(exchange.app(), *id, exchange.input().fields());
    if (exchange.failed(batch))
        return;
    exchange.page("survey_print",
                  survey_print_page(batch->round, server_address(exchange), batch->codes),
                  "Engångskoder att skriva ut");
}

std::string token_of(Exchange& exchange) {
    return exchange.request().matches[1].str();
}

void show_answer_form(Exchange& exchange, const FieldSource* posted,
                      const std::vector<FieldError>& errors, int status) {
    const auto form =
        survey_to_answer(exchange.database(), exchange.web().survey_catalog(), token_of(exchange));
    if (exchange.failed(form))
        return;
    exchange.page("survey_answer",
                  survey_answer_page(*form, posted, errors, SubmissionNonces::issue()),
                  form->survey->name, status);
}

void answer_form(Exchange& exchange) {
    show_answer_form(exchange, nullptr, {}, 200);
}

void submit_answer(Exchange& exchange) {
    const FieldSource fields = exchange.input().fields();
    auto& web = exchange.web();
    const auto outcome =
        submit_survey_answer(exchange.database(), web.survey_catalog(), web.clock(),
                             web.submission_nonces(), token_of(exchange), fields);
    if (!outcome && outcome.error().code == ErrorCode::Invalid) {
        show_answer_form(exchange, &fields, outcome.error().fields, 422);
        return;
    }
    if (exchange.failed(outcome))
        return;
    // Post, redirect, get: reloading the thank-you page sends nothing again.
    exchange.reply().redirect("/e/" + token_of(exchange) + "/tack");
}

void thanks(Exchange& exchange) {
    exchange.page("survey_thanks", mstch::map{}, "Tack för dina svar");
}

void submit_answer_json(Exchange& exchange) {
    const auto body = nlohmann::json::parse(exchange.input().body(), nullptr, false);
    const auto fields = survey_answer_fields(body);
    if (exchange.failed(fields))
        return;
    auto& web = exchange.web();
    const auto outcome =
        submit_survey_answer(exchange.database(), web.survey_catalog(), web.clock(),
                             web.submission_nonces(), token_of(exchange), fields->fields());
    if (exchange.failed(outcome))
        return;
    exchange.reply().json({{"stored", true}}, 201);
}

// A round's token is random_token(): 43 characters of URL-safe base64.
constexpr const char* k_answer_path = R"(/e/([A-Za-z0-9_-]{20,64}))";

} // namespace

RouteTable survey_routes() {
    return {Audience::Pages,
            {
                {Method::Get, R"(/insatser/(\d+)/enkater)", Who::SignedIn, surveys},
                {Method::Post, R"(/insatser/(\d+)/enkater)", Who::SignedIn, open_round},
                {Method::Post, R"(/enkater/(\d+)/stang)", Who::SignedIn, close_round},
                {Method::Post, R"(/enkater/(\d+)/oppna)", Who::SignedIn, reopen_round},
                {Method::Post, R"(/enkater/(\d+)/koder)", Who::SignedIn, make_codes},
                {Method::Get, R"(/enkater/(\d+)/utskrift)", Who::SignedIn, print_round},
                {Method::Get, k_answer_path, Who::Anyone, answer_form},
                {Method::Post, k_answer_path, Who::Anyone, submit_answer},
                {Method::Get, R"(/e/([A-Za-z0-9_-]{20,64})/tack)", Who::Anyone, thanks},
            }};
}

RouteTable survey_api_routes() {
    return {Audience::Api,
            {
                {Method::Post, R"(/api/v1/enkater/([A-Za-z0-9_-]{20,64}))", Who::Anyone,
                 submit_answer_json},
            }};
}

} // namespace finsam
