#include "WebTestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

/// One state-changing form post of the application, with fields that would change something
/// if the post were accepted.
struct StatePost {
    std::string user;
    std::string path;
    httplib::Params form;
};

class CsrfTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_draft = draft_report(date(2024, 10, 1), "Utkastets text");
        m_submitted = submitted_report(date(2025, 1, 1), "Inskickad text");
    }

    /// Every form post, as the user who may make it.
    std::vector<StatePost> state_posts() {
        const std::string karnhuset = std::to_string(m_karnhuset);
        const std::string draft = std::to_string(m_draft);
        const std::string submitted = std::to_string(m_submitted);
        const std::string draft_revision = std::to_string(report_state(m_draft).revision);
        const std::string submitted_revision = std::to_string(report_state(m_submitted).revision);
        auto report_form = complete_report_form("", "submit", "Förfalskad text");
        report_form.erase("_csrf");
        auto new_report = report_form;
        new_report.emplace("period_start", "2025-04-01");
        auto edit = report_form;
        edit.emplace("revision", draft_revision);
        return {
            {"kansli", "/logout", {}},
            {"kansli", "/insatser", {{"name", "Förfalskad insats"}}},
            {"kansli",
             "/insatser/" + karnhuset,
             {{"name", "Förfalskat namn"},
              {"period_start", "2024-01-01"},
              {"period_end", "2026-12-31"},
              {"owner_user_ids", std::to_string(user_id("agare"))},
              {"revision", std::to_string(intervention(m_karnhuset).revision)}}},
            {"agare", "/insatser/" + karnhuset + "/ny-rapport", new_report},
            {"agare", "/rapporter/" + draft + "/redigera", edit},
            {"agare", "/rapporter/" + draft + "/utkast", edit},
            {"kansli",
             "/rapporter/" + submitted + "/registrera",
             {{"revision", submitted_revision}, {"signature", "XX"}}},
            {"kansli",
             "/rapporter/" + submitted + "/komplettering",
             {{"revision", submitted_revision}, {"comment", "Förfalskad kommentar"}}},
            {"kansli", "/rapporter/" + submitted + "/granska", {{"revision", submitted_revision}}},
            {"kansli",
             "/installningar",
             {{"name", "Förfalskat förbund"},
              {"registry_pattern", "X {n}"},
              {"deadline_days", "30"},
              {"quarterly_template", "kvartalsrapport"},
              {"final_template", "slutrapport"},
              {"revision", std::to_string(settings().revision)}}},
        };
    }

    /// Posts every form with `token` (none when empty) and expects each refused with 403
    /// and nothing changed.
    void expect_every_post_refused(const std::function<std::string(WebClient&)>& token) {
        for (auto& post : state_posts()) {
            WebClient client = client_as(post.user);
            const std::string sent = token(client);
            if (!sent.empty())
                post.form.emplace("_csrf", sent);
            const std::string before = fingerprint();
            const Answer answer = client.post_form(post.path, post.form);
            EXPECT_EQ(answer.status, 403) << post.path;
            EXPECT_NE(answer.body.find("Formuläret kunde inte skickas"), std::string::npos)
                << post.path;
            EXPECT_EQ(fingerprint(), before) << post.path;
        }
    }

    std::int64_t m_draft = 0;
    std::int64_t m_submitted = 0;
};

TEST_F(CsrfTest, EveryFormPostWithoutATokenIsRefusedAndChangesNothing) {
    expect_every_post_refused([](WebClient&) { return std::string(); });
}

TEST_F(CsrfTest, EveryFormPostWithAWrongTokenIsRefusedAndChangesNothing) {
    expect_every_post_refused([](WebClient&) { return std::string(43, 'A'); });
}

TEST_F(CsrfTest, EveryFormPostWithAnotherSessionsTokenIsRefusedAndChangesNothing) {
    WebClient other = client_as("admin");
    const std::string token = other.csrf_token();
    expect_every_post_refused([&](WebClient&) { return token; });
}

TEST_F(CsrfTest, EveryFormPostWithAnEmptyTokenIsRefusedAndChangesNothing) {
    for (auto& post : state_posts()) {
        WebClient client = client_as(post.user);
        post.form.emplace("_csrf", "");
        const std::string before = fingerprint();
        EXPECT_EQ(client.post_form(post.path, post.form).status, 403) << post.path;
        EXPECT_EQ(fingerprint(), before) << post.path;
    }
}

TEST_F(CsrfTest, TheRightTokenIsAccepted) {
    // The control for the tests above: the same posts go through with the page's token.
    for (auto& post : state_posts()) {
        if (post.path == "/logout")
            continue;
        WebClient client = client_as(post.user);
        post.form.emplace("_csrf", client.csrf_token());
        const Answer answer = client.post_form(post.path, post.form);
        EXPECT_TRUE(answer.status == 303 || answer.status == 200 || answer.status == 409 ||
                    answer.status == 422)
            << post.path << " " << answer.status;
        EXPECT_NE(answer.status, 403) << post.path;
    }
}

TEST_F(CsrfTest, TheTokenIsTheSameOnEveryPageOfASession) {
    WebClient client = client_as("kansli");
    const std::string token = client.csrf_token("/insatser");
    EXPECT_EQ(client.csrf_token("/oversikt"), token);
    EXPECT_EQ(client.csrf_token("/installningar"), token);
    EXPECT_NE(client_as("kansli").csrf_token("/insatser"), token); // another session
}

TEST_F(CsrfTest, ApiPostsWithASessionNeedTheTokenHeader) {
    const std::string revision = std::to_string(report_state(m_submitted).revision);
    const std::string body = R"({"revision": )" + revision + R"(, "comment": "Förfalskad"})";
    for (const std::string& action : Strings{"registrera", "komplettering", "granska"}) {
        WebClient client = client_as("kansli");
        const std::string path = "/api/v1/rapporter/" + std::to_string(m_submitted) + "/" + action;
        const std::string before = fingerprint();
        for (const httplib::Headers& headers :
             {httplib::Headers{}, httplib::Headers{{"X-CSRF-Token", "fel"}},
              httplib::Headers{{"X-CSRF-Token", ""}}}) {
            const Answer answer = client.post_body(path, body, "application/json", headers);
            EXPECT_EQ(answer.status, 403) << path;
            EXPECT_EQ(answer.json()["error"]["code"], "csrf") << path;
        }
        EXPECT_EQ(fingerprint(), before) << path;
    }
}

TEST_F(CsrfTest, AnApiPostCannotPassTheTokenAsAFormFieldOfAnotherSession) {
    WebClient other = client_as("admin");
    WebClient client = client_as("kansli");
    const std::string before = fingerprint();
    const Answer answer = client.post_body(
        "/api/v1/rapporter/" + std::to_string(m_submitted) + "/granska",
        R"({"revision": )" + std::to_string(report_state(m_submitted).revision) + "}",
        "application/json", {{"X-CSRF-Token", other.csrf_token()}});
    EXPECT_EQ(answer.status, 403);
    EXPECT_EQ(fingerprint(), before);
}

} // namespace
} // namespace finsam::testing
