#include "WebTestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

// What an attacker types, and the escaped form a page must show instead. The slash of
// </script> may be escaped or not; the tag's opening must be.
constexpr const char* k_script = "<script>alert(1)</script>";
constexpr const char* k_script_raw = "<script>alert(1)";
constexpr const char* k_script_escaped = "&lt;script&gt;alert(1)";
constexpr const char* k_attribute = "\"onmouseover=alert(2) x=\"";
constexpr const char* k_attribute_raw = "\"onmouseover=alert(2)";
constexpr const char* k_attribute_escaped = "&quot;onmouseover=alert(2)";
constexpr const char* k_image = "<img src=x onerror=alert(3)>";
constexpr const char* k_image_raw = "<img src=x";
constexpr const char* k_image_escaped = "&lt;img src=x onerror=alert(3)&gt;";

std::string hostile(const std::string& label) {
    return label + " " + k_script + " " + k_attribute + " " + k_image;
}

/// The page shows each hostile text escaped, never raw.
void expect_escaped(const Answer& answer, const std::string& what, int expected_status = 200) {
    EXPECT_EQ(answer.status, expected_status) << what;
    EXPECT_EQ(answer.body.find(k_script_raw), std::string::npos) << what;
    EXPECT_EQ(answer.body.find(k_attribute_raw), std::string::npos) << what;
    EXPECT_EQ(answer.body.find(k_image_raw), std::string::npos) << what;
    EXPECT_NE(answer.body.find(k_script_escaped), std::string::npos) << what;
    EXPECT_NE(answer.body.find(k_attribute_escaped), std::string::npos) << what;
    EXPECT_NE(answer.body.find(k_image_escaped), std::string::npos) << what;
}

/// A label shown next to the escaped text, to tell which field a page shows.
bool shows(const Answer& answer, const std::string& label) {
    return answer.body.find(label + " " + k_script_escaped) != std::string::npos;
}

class EscapingTest : public WebTest {
protected:
    /// The kansli creates an insats with hostile text in every field, bound to agare.
    std::int64_t hostile_insats() {
        WebClient kansli = client_as("kansli");
        const Answer form = kansli.get("/insatser/ny");
        const Answer answer =
            kansli.post_form("/insatser", {{"_csrf", csrf_in(form.body)},
                                           {"revision", "1"},
                                           {"name", hostile("Namn")},
                                           {"owner", hostile("Huvudman")},
                                           {"contact", hostile("Kontakt")},
                                           {"purpose", hostile("Syfte")},
                                           {"target_group", hostile("Målgrupp")},
                                           {"period_start", "2024-01-01"},
                                           {"period_end", "2026-12-31"},
                                           {"partners", hostile("Part") + "\nFörsäkringskassan"},
                                           {"goal_text_0", hostile("Mål")},
                                           {"goal_target_0", "30"},
                                           {"goal_unit_0", "percent"},
                                           {"goal_measure_0", "ended_to_work"},
                                           {"owner_user_ids", std::to_string(user_id("agare"))}});
        EXPECT_EQ(answer.status, 303) << answer.body;
        return id_in_location(answer.location(), "/insatser/");
    }

    /// agare reports on the insats with hostile text in a section, and submits.
    std::int64_t hostile_report(std::int64_t insats) {
        WebClient agare = client_as("agare");
        const std::string path = "/insatser/" + std::to_string(insats) + "/ny-rapport";
        auto params = complete_report_form(agare.csrf_token(path), "submit", hostile("Sektion"));
        params.emplace("period_start", "2024-10-01");
        params.erase("reporter_name");
        params.emplace("reporter_name", hostile("Lämnare"));
        const Answer answer = agare.post_form(path, params);
        EXPECT_EQ(answer.status, 303) << answer.body;
        return id_in_location(answer.location(), "/rapporter/");
    }
};

TEST_F(EscapingTest, InsatsFieldsAreEscapedOnEveryPageThatShowsThem) {
    const std::int64_t insats = hostile_insats();
    ASSERT_GT(insats, 0);
    WebClient kansli = client_as("kansli");
    const std::string id = std::to_string(insats);

    const Answer list = kansli.get("/insatser");
    expect_escaped(list, "/insatser");
    EXPECT_TRUE(shows(list, "Namn"));
    EXPECT_TRUE(shows(list, "Huvudman"));

    const Answer page = kansli.get("/insatser/" + id);
    expect_escaped(page, "/insatser/{id}");
    for (const std::string& label :
         Strings{"Namn", "Huvudman", "Kontakt", "Syfte", "Målgrupp", "Part", "Mål"})
        EXPECT_TRUE(shows(page, label)) << label;

    const Answer form = kansli.get("/insatser/" + id + "/redigera");
    expect_escaped(form, "/insatser/{id}/redigera");
    for (const std::string& label :
         Strings{"Namn", "Huvudman", "Kontakt", "Syfte", "Målgrupp", "Part", "Mål"})
        EXPECT_TRUE(shows(form, label)) << label;

    const Answer overview = kansli.get("/oversikt?kvartal=2024-07-01");
    expect_escaped(overview, "/oversikt");
    EXPECT_TRUE(shows(overview, "Namn"));

    expect_escaped(client_as("agare").get("/insatser/" + id + "/ny-rapport"), "ny-rapport");
    expect_escaped(client_as("styrelse").get("/insatser/" + id), "styrelse");
}

TEST_F(EscapingTest, AnInsatsFormWithErrorsShowsTheTypedTextEscaped) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/insatser/ny");
    const Answer answer = kansli.post_form("/insatser", {{"_csrf", csrf_in(form.body)},
                                                         {"name", hostile("Namn")},
                                                         {"owner", hostile("Huvudman")},
                                                         {"period_start", "inte ett datum"}});
    expect_escaped(answer, "422 insats form", 422);
}

TEST_F(EscapingTest, ReportSectionsAreEscapedOnEveryPageThatShowsThem) {
    const std::int64_t insats = hostile_insats();
    const std::int64_t report = hostile_report(insats);
    ASSERT_GT(report, 0);
    const std::string path = "/rapporter/" + std::to_string(report);
    for (const std::string& username : Strings{"kansli", "agare"}) {
        const Answer page = client_as(username).get(path);
        expect_escaped(page, username + " " + path);
        EXPECT_TRUE(shows(page, "Sektion")) << username;
        EXPECT_TRUE(shows(page, "Lämnare")) << username;
        EXPECT_TRUE(shows(page, "Namn")) << username;
        expect_escaped(client_as(username).get(path + "/versioner/1"), username + " version");
    }
    expect_escaped(client_as("kansli").get("/insatser/" + std::to_string(insats)), "insats");
}

TEST_F(EscapingTest, TheDraftFormShowsSectionsEscaped) {
    const std::int64_t draft = draft_report(date(2024, 10, 1), hostile("Utkast"));
    const Answer form = client_as("agare").get("/rapporter/" + std::to_string(draft) + "/redigera");
    expect_escaped(form, "draft form");
    EXPECT_TRUE(shows(form, "Utkast"));
}

TEST_F(EscapingTest, AReportFormWithErrorsShowsTheTypedTextEscaped) {
    WebClient agare = client_as("agare");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset) + "/ny-rapport";
    auto params = complete_report_form(agare.csrf_token(path), "submit", hostile("Sektion"));
    params.emplace("period_start", "2023-01-01"); // outside the insats period
    params.emplace("figure:participants_total", hostile("Tal"));
    const Answer answer = agare.post_form(path, params);
    expect_escaped(answer, "422 report form", 422);
    EXPECT_TRUE(shows(answer, "Sektion"));
}

TEST_F(EscapingTest, TheDiffOfTwoVersionsIsEscaped) {
    const std::int64_t insats = hostile_insats();
    const std::int64_t report = hostile_report(insats);
    WebClient kansli = client_as("kansli");
    const Answer page = kansli.get("/rapporter/" + std::to_string(report));
    ASSERT_EQ(kansli
                  .post_form("/rapporter/" + std::to_string(report) + "/komplettering",
                             {{"_csrf", csrf_in(page.body)},
                              {"revision", hidden_input(page.body, "revision")},
                              {"comment", "Mer"}})
                  .status,
              303);
    WebClient agare = client_as("agare");
    const Answer form = agare.get("/rapporter/" + std::to_string(report) + "/redigera");
    auto params = complete_report_form(csrf_in(form.body), "submit", hostile("Ny sektion"));
    params.emplace("revision", hidden_input(form.body, "revision"));
    ASSERT_EQ(agare.post_form("/rapporter/" + std::to_string(report) + "/redigera", params).status,
              303);
    const Answer diff = kansli.get("/rapporter/" + std::to_string(report) + "/versioner/2");
    expect_escaped(diff, "diff");
    EXPECT_NE(diff.body.find("<ins>"), std::string::npos);
}

TEST_F(EscapingTest, TheKanslisCommentIsEscaped) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient kansli = client_as("kansli");
    const Answer page = kansli.get("/rapporter/" + std::to_string(report));
    ASSERT_EQ(kansli
                  .post_form("/rapporter/" + std::to_string(report) + "/komplettering",
                             {{"_csrf", csrf_in(page.body)},
                              {"revision", hidden_input(page.body, "revision")},
                              {"comment", hostile("Kommentar")}})
                  .status,
              303);
    WebClient agare = client_as("agare");
    const Answer report_page = agare.get("/rapporter/" + std::to_string(report));
    expect_escaped(report_page, "report page");
    EXPECT_TRUE(shows(report_page, "Kommentar"));
    const Answer form = agare.get("/rapporter/" + std::to_string(report) + "/redigera");
    expect_escaped(form, "report form");
    EXPECT_TRUE(shows(form, "Kommentar"));
    expect_escaped(kansli.get("/rapporter/" + std::to_string(report)), "kansli's history");
}

TEST_F(EscapingTest, TheRegistrationSignatureIsEscaped) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient kansli = client_as("kansli");
    const Answer page = kansli.get("/rapporter/" + std::to_string(report));
    ASSERT_EQ(kansli
                  .post_form("/rapporter/" + std::to_string(report) + "/registrera",
                             {{"_csrf", csrf_in(page.body)},
                              {"revision", hidden_input(page.body, "revision")},
                              {"signature", hostile("Signatur")}})
                  .status,
              303);
    expect_escaped(kansli.get("/rapporter/" + std::to_string(report)), "signature");
}

TEST_F(EscapingTest, SettingsFieldsAreEscaped) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/installningar");
    ASSERT_EQ(kansli
                  .post_form("/installningar", {{"_csrf", csrf_in(form.body)},
                                                {"revision", hidden_input(form.body, "revision")},
                                                {"name", hostile("Förbund")},
                                                {"parties", hostile("Medlem")},
                                                {"municipalities", hostile("Kommun")},
                                                {"registry_pattern", "SFG {yy}-{seq:02}.{n:02}"},
                                                {"deadline_days", "15"},
                                                {"quarterly_template", "kvartalsrapport"},
                                                {"final_template", "slutrapport"}})
                  .status,
              303);
    const Answer page = kansli.get("/installningar");
    expect_escaped(page, "settings");
    for (const std::string& label : Strings{"Förbund", "Medlem", "Kommun"})
        EXPECT_TRUE(shows(page, label)) << label;
}

TEST_F(EscapingTest, ASettingsFormWithErrorsShowsTheTypedTextEscaped) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/installningar");
    const Answer answer = kansli.post_form(
        "/installningar", {{"_csrf", csrf_in(form.body)},
                           {"revision", hidden_input(form.body, "revision")},
                           {"name", hostile("Förbund")},
                           {"registry_pattern", std::string(k_script) + k_attribute + k_image},
                           {"deadline_days", hostile("Dagar")},
                           {"quarterly_template", hostile("Mall")},
                           {"final_template", "slutrapport"}});
    expect_escaped(answer, "422 settings", 422);
}

TEST_F(EscapingTest, UserNamesAreEscaped) {
    add_user(m_association, "elak", hostile("Användare"), Role::Kansli, {});
    WebClient kansli = client_as("kansli");
    expect_escaped(kansli.get("/anvandare"), "users table");
    expect_escaped(kansli.get("/anvandare/" + std::to_string(user_id("elak"))), "user page");
    expect_escaped(kansli.get("/handelselogg"), "audit trail");
    WebClient self = anonymous();
    self.set_cookie("finsam_session", create_session("elak", now_iso(), now_iso()));
    expect_escaped(self.get("/insatser"), "header");
}

TEST_F(EscapingTest, TheLoginFormShowsTheTypedUsernameEscaped) {
    WebClient client = anonymous();
    const Answer answer = client.log_in(hostile("Användarnamn"), "fel");
    expect_escaped(answer, "login", 401);
}

TEST_F(EscapingTest, TheApiGivesHostileTextBackExactlyAsJson) {
    const std::int64_t insats = hostile_insats();
    const std::int64_t report = hostile_report(insats);
    const httplib::Headers bearer{{"Authorization", "Bearer " + api_token_for("kansli")}};
    WebClient client = anonymous();

    const Answer details = client.get("/api/v1/insatser/" + std::to_string(insats), bearer);
    ASSERT_EQ(details.status, 200);
    EXPECT_EQ(details.header("Content-Type"), "application/json; charset=utf-8");
    EXPECT_EQ(details.header("X-Content-Type-Options"), "nosniff");
    const auto body = details.json();
    ASSERT_FALSE(body.is_discarded()) << details.body;
    EXPECT_EQ(body["name"], hostile("Namn"));
    EXPECT_EQ(body["owner"], hostile("Huvudman"));
    EXPECT_EQ(body["purpose"], hostile("Syfte"));
    EXPECT_EQ(body["partners"][0], hostile("Part"));
    EXPECT_EQ(body["goals"][0]["text"], hostile("Mål"));

    const Answer list = client.get("/api/v1/insatser", bearer);
    ASSERT_FALSE(list.json().is_discarded());
    EXPECT_NE(list.body.find("\\\"onmouseover=alert(2)"), std::string::npos); // quotes escaped

    const Answer shown = client.get("/api/v1/rapporter/" + std::to_string(report), bearer);
    ASSERT_FALSE(shown.json().is_discarded());
    EXPECT_EQ(shown.json()["latest"]["sections"][0]["text"], hostile("Sektion"));
    EXPECT_EQ(shown.header("Content-Type"), "application/json; charset=utf-8");

    const Answer overview = client.get("/api/v1/oversikt?kvartal=2024-10-01", bearer);
    ASSERT_FALSE(overview.json().is_discarded());
}

} // namespace
} // namespace finsam::testing
