#include "WebTestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using nlohmann::json;

// Every text the product stores passes one guard, whichever way it comes: no personnummer,
// no invalid UTF-8 or control characters, a length limit per field; and JSON of the wrong
// type or numbers out of range are refused at the field, never a server error.

constexpr const char* k_personnummer = "811218-9876";
/// The same number as Word writes it after autocorrection: an en dash.
constexpr const char* k_personnummer_en_dash = "811218\u20139876";

class InputGuardTest : public WebTest {
protected:
    httplib::Headers bearer(const std::string& username) {
        return {{"Authorization", "Bearer " + api_token_for(username)}};
    }

    Answer put_insats(const json& body) {
        return anonymous().put_body("/api/v1/insatser/" + std::to_string(m_karnhuset), body.dump(),
                                    "application/json", bearer("kansli"));
    }

    /// The insats as the API shows it, with one member changed.
    json insats_with(const std::string& key, const json& value) {
        json body = anonymous()
                        .get("/api/v1/insatser/" + std::to_string(m_karnhuset), bearer("kansli"))
                        .json();
        body.erase("reports");
        body.erase("id");
        body[key] = value;
        return body;
    }

    /// The first field a 422 problem names.
    static std::string refused_field(const Answer& answer) {
        EXPECT_EQ(answer.status, 422) << answer.body;
        const json problem = json::parse(answer.body, nullptr, false);
        if (!problem.is_object() || !problem["error"].contains("fields") ||
            problem["error"]["fields"].empty())
            return "";
        return problem["error"]["fields"][0]["field"].get<std::string>();
    }
};

TEST_F(InputGuardTest, APersonnummerInAnyInsatsFieldIsRefusedAtThatFieldAndNothingIsStored) {
    const std::string before = fingerprint();
    for (const std::string key : {"name", "owner", "contact", "purpose", "target_group"}) {
        const Answer answer =
            put_insats(insats_with(key, std::string("Kontakt ") + k_personnummer_en_dash));
        EXPECT_EQ(refused_field(answer), key);
    }
    EXPECT_EQ(refused_field(put_insats(insats_with("partners", {"Kommunen", k_personnummer}))),
              "partners");
    EXPECT_EQ(refused_field(put_insats(
                  insats_with("goals", {{{"text", std::string("Mål för ") + k_personnummer}}}))),
              "goal_text_0");
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(InputGuardTest, APersonnummerInADraftsNameFigureOrAmountIsRefused) {
    WebClient agare = client_as("agare");
    const std::int64_t draft = draft_report(date(2024, 10, 1), "Utkast.");
    const std::string path = "/rapporter/" + std::to_string(draft) + "/redigera";
    for (const std::string field : {"reporter_name", "figure:participants_total", "granted_sek"}) {
        const Answer form = agare.get(path);
        ASSERT_EQ(form.status, 200);
        auto params = complete_report_form(csrf_in(form.body), "draft", "Text.");
        params.emplace("revision", hidden_input(form.body, "revision"));
        params.erase(field);
        params.emplace(field, std::string("19811218 - 9876"));
        const std::string before = fingerprint();
        const Answer answer = agare.post_form(path, params);
        EXPECT_EQ(answer.status, 422) << field;
        EXPECT_NE(answer.body.find("personnummer"), std::string::npos) << field;
        EXPECT_EQ(fingerprint(), before) << field;
    }
}

TEST_F(InputGuardTest, APersonnummerInAReturnCommentOrSignatureIsRefused) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text.");
    WebClient kansli = client_as("kansli");
    const std::string csrf = kansli.csrf_token("/rapporter/" + std::to_string(report));
    const std::string revision = std::to_string(report_state(report).revision);
    const std::string before = fingerprint();
    const Answer returned =
        kansli.post_form("/rapporter/" + std::to_string(report) + "/komplettering",
                         {{"_csrf", csrf},
                          {"revision", revision},
                          {"comment", std::string("Gäller ") + k_personnummer}});
    EXPECT_EQ(returned.status, 422);
    const Answer registered = kansli.post_form(
        "/rapporter/" + std::to_string(report) + "/registrera",
        {{"_csrf", csrf}, {"revision", revision}, {"signature", k_personnummer_en_dash}});
    EXPECT_EQ(registered.status, 422);
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(report_state(report).status, ReportStatus::Submitted);
}

TEST_F(InputGuardTest, APersonnummerInTheSettingsIsRefused) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/installningar");
    ASSERT_EQ(form.status, 200);
    const std::string before = fingerprint();
    const Answer answer =
        kansli.post_form("/installningar", {{"_csrf", csrf_in(form.body)},
                                            {"revision", hidden_input(form.body, "revision")},
                                            {"name", "Samordningsförbundet"},
                                            {"parties", std::string("Kommunen\n") + k_personnummer},
                                            {"registry_pattern", "SFG {yy}-{seq:02}.{n:02}"},
                                            {"deadline_days", "15"},
                                            {"quarterly_template", "kvartalsrapport"},
                                            {"final_template", "slutrapport"}});
    EXPECT_EQ(answer.status, 422);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(InputGuardTest, InvalidUtf8OrANulInAFormIsRefusedAndTheApiStillAnswers) {
    WebClient kansli = client_as("kansli");
    const std::string before = fingerprint();
    for (const std::string& bad :
         {std::string("Trasig \xC3\x28 text"), std::string("Noll\0byte", 9),
          std::string("\xED\xA0\x80 surrogat")}) {
        const Answer form = kansli.get("/insatser/" + std::to_string(m_karnhuset) + "/redigera");
        const Answer answer = kansli.post_form("/insatser/" + std::to_string(m_karnhuset),
                                               {{"_csrf", csrf_in(form.body)},
                                                {"revision", hidden_input(form.body, "revision")},
                                                {"name", "Kärnhuset 2.0"},
                                                {"purpose", bad}});
        EXPECT_EQ(answer.status, 422);
    }
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(anonymous().get("/api/v1/insatser", bearer("kansli")).status, 200);
}

TEST_F(InputGuardTest, JsonOfTheWrongTypeIs422NamingTheMember) {
    const std::string before = fingerprint();
    EXPECT_EQ(refused_field(put_insats(insats_with("name", 5))), "name");
    EXPECT_EQ(refused_field(put_insats(insats_with("partners", "Kommunen"))), "partners");
    EXPECT_EQ(refused_field(put_insats(insats_with("goals", "fler deltagare"))), "goals");
    EXPECT_EQ(refused_field(put_insats(insats_with("owner_user_ids", {"tre"}))), "owner_user_ids");
    EXPECT_EQ(refused_field(put_insats(insats_with("granted_sek", json::object()))), "granted_sek");
    const Answer report = anonymous().post_body(
        "/api/v1/insatser/" + std::to_string(m_karnhuset) + "/rapporter",
        json{{"kind", "kvartalsrapport"}, {"sections", {"inte", "ett objekt"}}}.dump(),
        "application/json", bearer("kansli"));
    EXPECT_EQ(refused_field(report), "sections");
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(InputGuardTest, NumbersOutOfRangeAreRefusedNotWrappedOrCast) {
    const std::string before = fingerprint();
    EXPECT_EQ(refused_field(put_insats(insats_with("revision", 4294967297LL))), "revision");
    EXPECT_EQ(refused_field(put_insats(insats_with(
                  "goals", {{{"text", "Många"}, {"target", 1e308}, {"unit", "count"}}}))),
              "goal_target_0");
    EXPECT_EQ(refused_field(put_insats(insats_with("granted_sek", 1e19))), "granted_sek");
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(InputGuardTest, EveryFreeTextFieldHasALengthLimit) {
    const std::string before = fingerprint();
    EXPECT_EQ(refused_field(put_insats(insats_with("name", std::string(2'000, 'a')))), "name");
    EXPECT_EQ(refused_field(put_insats(insats_with("purpose", std::string(20'000, 'a')))),
              "purpose");
    EXPECT_EQ(fingerprint(), before);
}

} // namespace
} // namespace finsam::testing
