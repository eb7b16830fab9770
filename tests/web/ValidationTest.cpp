#include "WebTestSupport.h"

#include <gtest/gtest.h>
#include <regex>

namespace finsam::testing {
namespace {

constexpr const char* k_personnummer = "811218-9876"; // Luhn-valid: see ReportFormTest

class ValidationTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_draft = draft_report(date(2024, 10, 1), "Utkastets text.");
        m_agare.emplace(client_as("agare"));
    }

    /// Submits the draft's edit form with `change` applied to a complete form.
    Answer submit_draft(const std::function<void(httplib::Params&)>& change,
                        const std::string& action = "submit") {
        const Answer form = m_agare->get("/rapporter/" + std::to_string(m_draft) + "/redigera");
        EXPECT_EQ(form.status, 200);
        auto params = complete_report_form(csrf_in(form.body), action, "Aktiviteter i kvartalet.");
        params.emplace("revision", hidden_input(form.body, "revision"));
        change(params);
        // As a browser posts the report form: multipart (enctype="multipart/form-data").
        httplib::MultipartFormDataItems items;
        for (const auto& [name, value] : params)
            items.push_back({name, value, "", ""});
        return m_agare->post_multipart("/rapporter/" + std::to_string(m_draft) + "/redigera",
                                       items);
    }

    std::int64_t m_draft = 0;
    std::optional<WebClient> m_agare;
};

void set_field(httplib::Params& params, const std::string& name, const std::string& value) {
    params.erase(name);
    params.emplace(name, value);
}

/// The field with this id is marked invalid and described by its error, the error summary
/// links to it, and the message stands in both places.
void expect_field_error(const Answer& answer, const std::string& id, const std::string& message) {
    EXPECT_NE(answer.body.find("Formuläret har fel som behöver rättas"), std::string::npos);
    EXPECT_NE(answer.body.find("<a href=\"#" + id + "\">" + message + "</a>"), std::string::npos)
        << "no summary link to " << id << " saying " << message;
    const std::regex invalid("<(input|textarea|select)[^>]*id=\"" + id +
                             "\"[^>]*aria-invalid=\"true\"");
    EXPECT_TRUE(std::regex_search(answer.body, invalid)) << id << " is not aria-invalid";
    EXPECT_NE(answer.body.find("id=\"" + id + "-error\""), std::string::npos);
    const std::regex described("id=\"" + id + "\"[^>]*aria-describedby=\"[^\"]*" + id + "-error");
    EXPECT_TRUE(std::regex_search(answer.body, described))
        << id << " is not described by its error";
}

/// Every link of the error summary leads to an element of the page.
void expect_summary_links_lead_to_fields(const Answer& answer) {
    const std::regex link("<li><a href=\"#([^\"]+)\">");
    int links = 0;
    for (std::sregex_iterator match(answer.body.begin(), answer.body.end(), link), end;
         match != end; ++match) {
        ++links;
        EXPECT_NE(answer.body.find("id=\"" + (*match)[1].str() + "\""), std::string::npos)
            << "the summary links to #" << (*match)[1].str() << ", which is not on the page";
    }
    EXPECT_GT(links, 0);
}

TEST_F(ValidationTest, AQuarterOutsideTheInsatsPeriodIs422OnTheQuarterAndStoresNothing) {
    const std::string path = "/insatser/" + std::to_string(m_karnhuset) + "/ny-rapport";
    auto params = complete_report_form(m_agare->csrf_token(path), "submit", "Text.");
    params.emplace("period_start", "2023-10-01");
    const std::string before = fingerprint();
    const Answer answer = m_agare->post_form(path, params);
    EXPECT_EQ(answer.status, 422);
    expect_field_error(answer, "f-period-start", "Kvartalet ligger utanför insatsens period.");
    expect_summary_links_lead_to_fields(answer);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ValidationTest, AQuarterOutsideTheInsatsPeriodIsRefusedForADraftToo) {
    const std::string path = "/insatser/" + std::to_string(m_karnhuset) + "/ny-rapport";
    auto params = complete_report_form(m_agare->csrf_token(path), "draft", "Text.");
    params.emplace("period_start", "2027-01-01");
    const std::string before = fingerprint();
    EXPECT_EQ(m_agare->post_form(path, params).status, 422);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ValidationTest, MissingRequiredSectionsAre422OnThoseSectionsAndStoreNothing) {
    const std::string before = fingerprint();
    const Answer answer = submit_draft([](httplib::Params& params) {
        set_field(params, "section:2.1", "  ");
        params.erase("section:2.5");
    });
    EXPECT_EQ(answer.status, 422);
    expect_field_error(answer, "f-section-2-1", "Fyll i 2.1 Aktiviteter.");
    expect_field_error(answer, "f-section-2-5", "Fyll i 2.5 Sammanfattande bedömning.");
    expect_summary_links_lead_to_fields(answer);
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(report_state(m_draft).status, ReportStatus::Draft);
}

TEST_F(ValidationTest, ARefusedNewReportLeavesNoReportBehind) {
    const std::string path = "/insatser/" + std::to_string(m_karnhuset) + "/ny-rapport";
    auto params = complete_report_form(m_agare->csrf_token(path), "submit", "");
    params.emplace("period_start", "2025-01-01");
    const std::string before = fingerprint();
    EXPECT_EQ(m_agare->post_form(path, params).status, 422);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ValidationTest, TheFormHasTheParticipantTableWithALabelForEveryCell) {
    const Answer form = m_agare->get("/rapporter/" + std::to_string(m_draft) + "/redigera");
    ASSERT_EQ(form.status, 200);
    const std::string page = decode_entities(form.body);
    for (const std::string expected :
         {"<caption>Deltagare under perioden</caption>", "<th scope=\"col\">Kvinnor</th>",
          "<th scope=\"col\">Annat/okänt</th>", "<th scope=\"col\">Totalt</th>",
          "<th scope=\"row\">Inskrivna vid periodens slut</th>",
          "<caption>Avslutade efter avslutsorsak</caption>", "<th scope=\"col\">Vid avslut</th>",
          "<th scope=\"row\">Ekonomiskt bistånd (försörjningsstöd)</th>",
          "<label class=\"visually-hidden\" for=\"f-figure-participants-new-kvinna\">Nya under "
          "perioden, kvinnor</label>",
          "<label class=\"visually-hidden\" for=\"f-figure-income-at-end-lon\">Försörjning för "
          "de avslutade – Lön, anställning, vid avslut</label>"})
        EXPECT_NE(page.find(expected), std::string::npos) << expected;
    const std::regex numeric("<input type=\"text\" inputmode=\"numeric\" "
                             "id=\"f-figure-target-group-unga-16-29\" "
                             "name=\"figure:target_group:unga_16_29\"");
    EXPECT_TRUE(std::regex_search(page, numeric));
}

TEST_F(ValidationTest, KonThatDoNotAddUpAre422AtTheTotalAndShownBackAsTyped) {
    const std::string before = fingerprint();
    const Answer answer = submit_draft([](httplib::Params& params) {
        params.emplace("figure:participants_new:kvinna", "5");
        params.emplace("figure:participants_new:man", "6");
        params.emplace("figure:participants_new:annat", "1");
        params.emplace("figure:participants_new", "13");
    });
    EXPECT_EQ(answer.status, 422);
    Answer shown = answer;
    shown.body = decode_entities(answer.body); // the message's "/" is written as an entity
    expect_field_error(shown, "f-figure-participants-new",
                       "Kvinnor, män och annat/okänt är tillsammans 12, men totalt står 13.");
    expect_summary_links_lead_to_fields(answer);
    EXPECT_NE(answer.body.find("name=\"figure:participants_new\" value=\"13\""), std::string::npos);
    EXPECT_NE(answer.body.find("name=\"figure:participants_new:annat\" value=\"1\""),
              std::string::npos);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ValidationTest, WomenAndMenAboveTheTotalIs422OnTheFigures) {
    const std::string before = fingerprint();
    const Answer answer = submit_draft([](httplib::Params& params) {
        params.emplace("figure:participants_total", "10");
        params.emplace("figure:participants_women", "8");
        params.emplace("figure:participants_men", "6");
    });
    EXPECT_EQ(answer.status, 422);
    expect_field_error(answer, "f-figure-participants-women",
                       "Summan av kvinnor och män (14) är större än deltagare totalt (10).");
    expect_summary_links_lead_to_fields(answer);
    EXPECT_EQ(fingerprint(), before);
    // The form shows the figures back as typed.
    EXPECT_NE(answer.body.find("name=\"figure:participants_women\" value=\"8\""),
              std::string::npos);
}

TEST_F(ValidationTest, AFigureThatIsNotANumberIs422OnThatFigure) {
    const std::string before = fingerprint();
    const Answer answer = submit_draft(
        [](httplib::Params& params) { params.emplace("figure:participants_total", "tolv"); });
    EXPECT_EQ(answer.status, 422);
    expect_field_error(answer, "f-figure-participants-total",
                       "Deltagare totalt: ange ett heltal, till exempel 12.");
    EXPECT_EQ(fingerprint(), before);
    EXPECT_NE(answer.body.find("value=\"tolv\""), std::string::npos);
}

TEST_F(ValidationTest, AMissingReporterIs422OnTheReporter) {
    const Answer answer =
        submit_draft([](httplib::Params& params) { set_field(params, "reporter_name", ""); });
    EXPECT_EQ(answer.status, 422);
    expect_field_error(answer, "f-reporter-name", "Skriv vem som har fyllt i rapporten.");
}

TEST_F(ValidationTest, APersonnummerInASectionIs422AndNeverStored) {
    for (const std::string& action : Strings{"submit", "draft"}) {
        const std::string before = fingerprint();
        const Answer answer = submit_draft(
            [](httplib::Params& params) {
                params.emplace("section:2.3", std::string("En deltagare (") + k_personnummer +
                                                  ") började arbeta.");
            },
            action);
        EXPECT_EQ(answer.status, 422) << action;
        expect_field_error(answer, "f-section-2-3",
                           "Texten innehåller ett personnummer. Ta bort det: förbundet får inte "
                           "spara uppgifter om enskilda deltagare.");
        EXPECT_EQ(fingerprint(), before) << action;
        EXPECT_EQ(report_state(m_draft).draft->find(k_personnummer), std::string::npos);
    }
}

TEST_F(ValidationTest, APersonnummerIsRefusedByAutosave) {
    const Answer form = m_agare->get("/rapporter/" + std::to_string(m_draft) + "/redigera");
    auto params = complete_report_form(csrf_in(form.body), "", "Aktiviteter.");
    params.emplace("revision", hidden_input(form.body, "revision"));
    params.emplace("section:2.4", std::string("Se ") + k_personnummer);
    const std::string before = fingerprint();
    const Answer answer =
        m_agare->post_form("/rapporter/" + std::to_string(m_draft) + "/utkast", params);
    EXPECT_EQ(answer.status, 422);
    EXPECT_EQ(answer.json()["error"]["code"], "invalid");
    EXPECT_NE(answer.json()["error"]["message"].get<std::string>().find("personnummer"),
              std::string::npos);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ValidationTest, ANumberFailingTheLuhnCheckIsSaved) {
    const Answer answer = submit_draft(
        [](httplib::Params& params) { params.emplace("section:2.3", "Ärende 811218-9875."); },
        "draft");
    EXPECT_EQ(answer.status, 303);
    EXPECT_NE(report_state(m_draft).draft->find("811218-9875"), std::string::npos);
}

TEST_F(ValidationTest, TheInsatsFormBindsNoInsatsagareOfAnotherForbund) {
    const std::int64_t foreign_owner =
        add_user(m_other_association, "agare_annat", "Anders Annat", Role::InterventionOwner, {});
    WebClient kansli = client_as("kansli");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset);
    const Answer form = kansli.get(path + "/redigera");
    const std::string before = fingerprint();
    httplib::MultipartFormDataItems items{
        {"_csrf", csrf_in(form.body), "", ""},
        {"revision", hidden_input(form.body, "revision"), "", ""},
        {"name", "Kärnhuset 2.0", "", ""},
        {"owner_user_ids", std::to_string(user_id("agare")), "", ""},
        {"owner_user_ids", std::to_string(foreign_owner), "", ""}};

    const Answer answer = kansli.post_multipart(path, items);

    EXPECT_EQ(answer.status, 422);
    EXPECT_NE(answer.body.find("<a href=\"#f-owner-user-ids\">Välj insatsägare bland förbundets "
                               "användare med rollen insatsägare.</a>"),
              std::string::npos);
    EXPECT_NE(answer.body.find("id=\"f-owner-user-ids-error\""), std::string::npos);
    expect_summary_links_lead_to_fields(answer);
    EXPECT_EQ(answer.body.find("Anders Annat"), std::string::npos);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ValidationTest, TheInsatsFormRefusesAReversedPeriod) {
    WebClient kansli = client_as("kansli");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset);
    const Answer form = kansli.get(path + "/redigera");
    const std::string before = fingerprint();
    const Answer answer = kansli.post_form(path, {{"_csrf", csrf_in(form.body)},
                                                  {"revision", hidden_input(form.body, "revision")},
                                                  {"name", ""},
                                                  {"period_start", "2025-01-01"},
                                                  {"period_end", "2024-01-01"},
                                                  {"granted_sek", "en miljon"}});
    EXPECT_EQ(answer.status, 422);
    expect_field_error(answer, "f-name", "Skriv insatsens namn.");
    expect_field_error(answer, "f-period-end", "Slutdatum ligger före startdatum.");
    expect_field_error(answer, "f-granted-sek",
                       "Beviljade medel: ange ett belopp i hela kronor, till exempel 250 000.");
    expect_summary_links_lead_to_fields(answer);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ValidationTest, TheInsatsFormSavesAGoalMeasuredByASurvey) {
    WebClient kansli = client_as("kansli");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset);
    const Answer form = kansli.get(path + "/redigera");
    ASSERT_EQ(form.status, 200);
    EXPECT_NE(form.body.find("<optgroup label=\"Självskattning\">"), std::string::npos);
    const Answer answer = kansli.post_form(path, {{"_csrf", csrf_in(form.body)},
                                                  {"revision", hidden_input(form.body, "revision")},
                                                  {"name", "Kärnhuset 2.0"},
                                                  {"goal_text_0", "70 % mår bättre"},
                                                  {"goal_target_0", "70"},
                                                  {"goal_unit_0", "count"},
                                                  {"goal_measure_0", "participants_total"},
                                                  {"goal_survey_0", "sjalvskattning"},
                                                  {"goal_question_0", "halsa"},
                                                  {"goal_rule_0", "share_at_or_above"},
                                                  {"goal_at_or_above_0", "7"}});

    EXPECT_EQ(answer.status, 303);
    const auto saved = intervention(m_karnhuset);
    ASSERT_EQ(saved.goals.size(), 1u);
    EXPECT_EQ(saved.goals[0].survey,
              (SurveyMeasure{"sjalvskattning", "halsa", SurveyGoalRule::ShareAtOrAbove, 7}));
    const Answer page = kansli.get(path);
    EXPECT_NE(page.body.find("andel som svarar 7 eller högre vid avslut"), std::string::npos);
}

TEST_F(ValidationTest, TheInsatsFormRefusesAChoiceQuestionAsAGoalsMeasure) {
    WebClient kansli = client_as("kansli");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset);
    const Answer form = kansli.get(path + "/redigera");
    const std::string before = fingerprint();
    const Answer answer = kansli.post_form(path, {{"_csrf", csrf_in(form.body)},
                                                  {"revision", hidden_input(form.body, "revision")},
                                                  {"name", "Kärnhuset 2.0"},
                                                  {"goal_text_0", "Hälften är kvinnor"},
                                                  {"goal_target_0", "50"},
                                                  {"goal_survey_0", "indikatorenkat"},
                                                  {"goal_question_0", "kon"},
                                                  {"goal_rule_0", "share_at_or_above"}});

    EXPECT_EQ(answer.status, 422);
    expect_field_error(answer, "f-goal-question-0",
                       // The page writes "/" as mustache escapes it.
                       "Välj en skalfråga eller en ja&#x2F;nej-fråga: ett mål kan inte mätas med "
                       "en fritextfråga eller en flervalsfråga.");
    expect_summary_links_lead_to_fields(answer);
    EXPECT_EQ(fingerprint(), before);
}

// Without {seq}, the first report of every insats in a year would get the same number.
TEST_F(ValidationTest, TheSettingsFormRefusesAPatternWithoutTheCase) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/installningar");
    const std::string before = fingerprint();
    const Answer answer =
        kansli.post_form("/installningar", {{"_csrf", csrf_in(form.body)},
                                            {"revision", hidden_input(form.body, "revision")},
                                            {"name", "Samordningsförbundet Gävleborg"},
                                            {"registry_pattern", "SFG {yy}.{n:02}"},
                                            {"deadline_days", "15"},
                                            {"quarterly_template", "kvartalsrapport"},
                                            {"final_template", "slutrapport"}});
    EXPECT_EQ(answer.status, 422);
    expect_field_error(answer, "f-registry-pattern",
                       "Mönstret ska innehålla både {seq} och {n} och får bara använda {yy}, "
                       "{yyyy}, {seq} och {n}, till exempel SFG {yy}-{seq:02}.{n:02}.");
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ValidationTest, TheSettingsFormRefusesABadPatternAndDeadline) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/installningar");
    const std::string before = fingerprint();
    const Answer answer =
        kansli.post_form("/installningar", {{"_csrf", csrf_in(form.body)},
                                            {"revision", hidden_input(form.body, "revision")},
                                            {"name", "Samordningsförbundet Gävleborg"},
                                            {"registry_pattern", "SFG {yy}-{seq}"},
                                            {"deadline_days", "365"},
                                            {"quarterly_template", "slutrapport"},
                                            {"final_template", "slutrapport"}});
    EXPECT_EQ(answer.status, 422);
    expect_field_error(answer, "f-registry-pattern",
                       "Mönstret ska innehålla både {seq} och {n} och får bara använda {yy}, "
                       "{yyyy}, {seq} och {n}, till exempel SFG {yy}-{seq:02}.{n:02}.");
    expect_field_error(answer, "f-deadline-days", "Ange ett antal dagar mellan 0 och 120.");
    expect_summary_links_lead_to_fields(answer);
    EXPECT_EQ(fingerprint(), before);
}

// Bodies over the limit.

std::string oversized_form(const std::string& csrf) {
    return "_csrf=" + csrf + "&section%3A2.1=" + std::string(26u * 1024u * 1024u, 'a');
}

TEST_F(ValidationTest, ABodyOver25MegabytesIs413WithASwedishPage) {
    const std::string before = fingerprint();
    const std::string csrf = m_agare->csrf_token();
    for (const std::string& path :
         Strings{"/insatser/" + std::to_string(m_karnhuset) + "/ny-rapport",
                 "/rapporter/" + std::to_string(m_draft) + "/redigera", std::string("/login")}) {
        const Answer answer =
            m_agare->post_body(path, oversized_form(csrf), "application/x-www-form-urlencoded");
        EXPECT_EQ(answer.status, 413) << path;
        EXPECT_NE(answer.body.find("<h1>Filen är för stor</h1>"), std::string::npos) << path;
        EXPECT_NE(answer.body.find("25 MB"), std::string::npos) << path;
        EXPECT_NE(answer.header("Content-Type").find("text/html"), std::string::npos) << path;
    }
    EXPECT_EQ(fingerprint(), before);
}

// cpp-httplib 0.11 refuses URL-encoded bodies over 8 192 bytes before any route runs
// (CPPHTTPLIB_FORM_URL_ENCODED_PAYLOAD_MAX_LENGTH, compiled into libcpp-httplib.so), so the
// forms post multipart, which only the 25 MB limit bounds.
TEST_F(ValidationTest, AReportOfSeveralPagesIsSaved) {
    std::string page;
    while (page.size() < 4000)
        page += "Deltagarna har träffats i grupp och enskilt under kvartalet. ";
    const Answer answer = submit_draft(
        [&](httplib::Params& params) {
            set_field(params, "section:2.1", "Aktiviteter. " + page);
            params.emplace("section:2.2", "Avvikelser. " + page);
            params.emplace("section:2.4", "Mål. " + page);
        },
        "draft");
    EXPECT_EQ(answer.status, 303);
    EXPECT_NE(report_state(m_draft).draft->find("Avvikelser. Deltagarna"), std::string::npos);
}

TEST_F(ValidationTest, ABodyJustUnderTheLimitReachesTheRoute) {
    // The control for the 413 test: 24 MB reaches the route, which refuses it for what it
    // says (a section over 100 000 characters), not for its size.
    const Answer form = m_agare->get("/rapporter/" + std::to_string(m_draft) + "/redigera");
    const httplib::MultipartFormDataItems items{
        {"_csrf", csrf_in(form.body), "", ""},
        {"action", "draft", "", ""},
        {"revision", hidden_input(form.body, "revision"), "", ""},
        {"section:2.1", std::string(24u * 1024u * 1024u, 'a'), "", ""}};
    const Answer answer =
        m_agare->post_multipart("/rapporter/" + std::to_string(m_draft) + "/redigera", items);
    EXPECT_EQ(answer.status, 422);
    EXPECT_NE(answer.body.find("Texten är för lång"), std::string::npos);
}

TEST_F(ValidationTest, AChunkedBodyIsRefusedBeforeItIsRead) {
    // cpp-httplib applies the 25 MB limit only to bodies with a Content-Length, so every
    // chunked body is refused before it is read (browsers never send one). The server answers
    // 411 and closes the connection with the body unread, so a client still sending may see
    // the connection reset instead of the answer: either way nothing is stored and the server
    // goes on serving.
    const std::string before = fingerprint();
    httplib::Client client("127.0.0.1", port());
    const std::string chunk(1024u, 'a');
    bool sent = false;
    const auto result =
        client.Post(("/rapporter/" + std::to_string(m_draft) + "/utkast").c_str(),
                    {{"Cookie", "finsam_session=" + m_agare->cookie("finsam_session")}},
                    [&](std::size_t, httplib::DataSink& sink) {
                        if (sent) {
                            sink.done();
                            return true;
                        }
                        sent = true;
                        return sink.write(chunk.data(), chunk.size());
                    },
                    "application/octet-stream");
    if (result) {
        EXPECT_EQ(result->status, 411);
        EXPECT_NE(result->body.find("<h1>Begäran saknar längd</h1>"), std::string::npos);
    }
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(anonymous().get("/login").status, 200);
}

TEST_F(ValidationTest, AnApiBodyOver25MegabytesIs413) {
    const Answer answer = anonymous().post_body(
        "/api/v1/rapporter/" + std::to_string(m_karnhuset_report) + "/granska",
        std::string(26u * 1024u * 1024u, ' '), "application/json",
        {{"Authorization", "Bearer " + api_token_for("kansli")}});
    EXPECT_EQ(answer.status, 413);
}

} // namespace
} // namespace finsam::testing
