#include "WebTestSupport.h"
#include "app/accounts/Secrets.h"
#include "storage/ApiTokenStore.h"
#include "storage/UserStore.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using nlohmann::json;

class ApiTest : public WebTest {
protected:
    httplib::Headers bearer(const std::string& username) {
        return {{"Authorization", "Bearer " + api_token_for(username)}};
    }

    Answer act(WebClient& client, std::int64_t report, const std::string& action, const json& body,
               const httplib::Headers& headers) {
        return client.post_body("/api/v1/rapporter/" + std::to_string(report) + "/" + action,
                                body.dump(), "application/json", headers);
    }
};

TEST_F(ApiTest, ListsTheForbundsInsatser) {
    const Answer answer = anonymous().get("/api/v1/insatser", bearer("kansli"));
    ASSERT_EQ(answer.status, 200);
    EXPECT_NE(answer.header("Content-Type").find("application/json"), std::string::npos);
    const json list = answer.json()["interventions"];
    ASSERT_EQ(list.size(), 2u);
    std::vector<std::string> names;
    for (const auto& item : list)
        names.push_back(item["name"]);
    EXPECT_NE(std::find(names.begin(), names.end(), "Kärnhuset 2.0"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), k_other_intervention), names.end());
}

TEST_F(ApiTest, ShowsAnInsatsWithItsReports) {
    const Answer answer =
        anonymous().get("/api/v1/insatser/" + std::to_string(m_karnhuset), bearer("kansli"));
    ASSERT_EQ(answer.status, 200);
    const json body = answer.json();
    EXPECT_EQ(body["id"], m_karnhuset);
    EXPECT_EQ(body["name"], "Kärnhuset 2.0");
    EXPECT_EQ(body["period_start"], "2024-01-01");
    EXPECT_EQ(body["period_end"], "2026-12-31");
    EXPECT_EQ(body["revision"], intervention(m_karnhuset).revision);
    ASSERT_EQ(body["reports"].size(), 1u);
    EXPECT_EQ(body["reports"][0]["id"], m_karnhuset_report);
    EXPECT_EQ(body["reports"][0]["status"], "registered");
    EXPECT_EQ(body["reports"][0]["period_start"], "2024-07-01");
}

TEST_F(ApiTest, ShowsAReportWithItsLatestVersion) {
    const Answer answer = anonymous().get("/api/v1/rapporter/" + std::to_string(m_karnhuset_report),
                                          bearer("kansli"));
    ASSERT_EQ(answer.status, 200);
    const json body = answer.json();
    EXPECT_EQ(body["id"], m_karnhuset_report);
    EXPECT_EQ(body["intervention_id"], m_karnhuset);
    EXPECT_EQ(body["kind"], "kvartalsrapport");
    EXPECT_EQ(body["status"], "registered");
    EXPECT_EQ(body["revision"], report_state(m_karnhuset_report).revision);
    EXPECT_EQ(body["version_count"], 1);
    ASSERT_TRUE(body["latest"].is_object());
    EXPECT_EQ(body["latest"]["sections"][0]["text"], "Gruppen har träffats två gånger i veckan.");
    EXPECT_TRUE(body["latest"].contains("warnings"));
}

TEST_F(ApiTest, ADraftHasNoLatestVersion) {
    const std::int64_t draft = draft_report(date(2024, 10, 1), "Utkast");
    const json body =
        anonymous().get("/api/v1/rapporter/" + std::to_string(draft), bearer("agare")).json();
    EXPECT_EQ(body["status"], "draft");
    EXPECT_TRUE(body["latest"].is_null());
}

TEST_F(ApiTest, AnInsatsagareGetsNoWarnings) {
    const json body =
        anonymous()
            .get("/api/v1/rapporter/" + std::to_string(m_karnhuset_report), bearer("agare"))
            .json();
    ASSERT_TRUE(body["latest"].is_object());
    EXPECT_FALSE(body["latest"].contains("warnings"));
}

TEST_F(ApiTest, ShowsTheOverviewOfAQuarter) {
    const Answer answer = anonymous().get("/api/v1/oversikt?kvartal=2024-07-01", bearer("kansli"));
    ASSERT_EQ(answer.status, 200);
    const json body = answer.json();
    EXPECT_EQ(body["quarter"]["start"], "2024-07-01");
    EXPECT_EQ(body["quarter"]["end"], "2024-09-30");
    EXPECT_EQ(body["deadline"], "2024-10-15");
    bool found = false;
    for (const auto& row : body["reports"]) {
        if (row["intervention_id"] == m_karnhuset) {
            found = true;
            EXPECT_EQ(row["report_id"], m_karnhuset_report);
            EXPECT_EQ(row["status"], "registered");
        }
    }
    EXPECT_TRUE(found) << body.dump();
    EXPECT_EQ(answer.body.find(k_foreign_intervention), std::string::npos);
}

TEST_F(ApiTest, ShowsTheDefaultOverviewWithoutAQuarter) {
    const Answer answer = anonymous().get("/api/v1/oversikt", bearer("kansli"));
    ASSERT_EQ(answer.status, 200);
    EXPECT_TRUE(answer.json()["quarter"]["start"].is_string());
    EXPECT_TRUE(answer.json()["reports"].is_array());
}

TEST_F(ApiTest, RegistersWithATokenAndNoCsrf) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient client = anonymous();
    const Answer answer = act(client, report, "registrera",
                              {{"revision", report_state(report).revision},
                               {"arrival_date", "2024-10-10"},
                               {"signature", "KK"}},
                              bearer("kansli"));
    ASSERT_EQ(answer.status, 200) << answer.body;
    const json body = answer.json();
    EXPECT_EQ(body["status"], "registered");
    EXPECT_EQ(body["registry_number"], "SFG 24-01.01");
    EXPECT_EQ(body["arrival_date"], "2024-10-10");
    EXPECT_EQ(body["signature"], "KK");
    EXPECT_EQ(body["revision"], report_state(report).revision);
    EXPECT_EQ(report_state(report).status, ReportStatus::Registered);
}

TEST_F(ApiTest, SendsBackWithATokenAndAComment) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient client = anonymous();
    const Answer answer =
        act(client, report, "komplettering",
            {{"revision", report_state(report).revision}, {"comment", "Beskriv målgruppen."}},
            bearer("kansli"));
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.json()["status"], "returned");
    WorkflowStore workflow(database(), system_clock());
    EXPECT_EQ(workflow.events(report)->back().comment, "Beskriv målgruppen.");
}

TEST_F(ApiTest, SendingBackWithoutACommentIs422) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient client = anonymous();
    const std::string before = fingerprint();
    const Answer answer = act(client, report, "komplettering",
                              {{"revision", report_state(report).revision}}, bearer("kansli"));
    EXPECT_EQ(answer.status, 422);
    EXPECT_EQ(answer.json()["error"]["code"], "invalid");
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiTest, ReviewsWithASessionAndTheCsrfHeader) {
    WebClient kansli = client_as("kansli");
    const std::string csrf = kansli.csrf_token();
    const Answer answer =
        act(kansli, m_karnhuset_report, "granska",
            {{"revision", report_state(m_karnhuset_report).revision}}, {{"X-CSRF-Token", csrf}});
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.json()["status"], "reviewed");
    EXPECT_EQ(report_state(m_karnhuset_report).status, ReportStatus::Reviewed);
}

TEST_F(ApiTest, RegistersWithASessionAndTheCsrfHeader) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient kansli = client_as("kansli");
    const Answer answer =
        act(kansli, report, "registrera", {{"revision", report_state(report).revision}},
            {{"X-CSRF-Token", kansli.csrf_token()}});
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.json()["status"], "registered");
}

TEST_F(ApiTest, ASessionWithoutTheCsrfHeaderIsRefused) {
    WebClient kansli = client_as("kansli");
    const std::string before = fingerprint();
    const Answer answer = act(kansli, m_karnhuset_report, "granska",
                              {{"revision", report_state(m_karnhuset_report).revision}}, {});
    EXPECT_EQ(answer.status, 403);
    EXPECT_EQ(answer.json()["error"]["code"], "csrf");
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiTest, AStaleRevisionIs409) {
    const int revision = report_state(m_karnhuset_report).revision;
    WebClient client = anonymous();
    const auto token = bearer("kansli");
    ASSERT_EQ(act(client, m_karnhuset_report, "komplettering",
                  {{"revision", revision}, {"comment", "Först"}}, token)
                  .status,
              200);
    const std::string before = fingerprint();
    const Answer stale = act(client, m_karnhuset_report, "komplettering",
                             {{"revision", revision}, {"comment", "Sedan"}}, token);
    EXPECT_EQ(stale.status, 409);
    EXPECT_EQ(stale.json()["error"]["code"], "stale");
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiTest, AnActionTheStatusDoesNotAllowIs409) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient client = anonymous();
    const std::string before = fingerprint();
    const Answer answer = act(client, report, "granska",
                              {{"revision", report_state(report).revision}}, bearer("kansli"));
    EXPECT_EQ(answer.status, 409);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiTest, ABodyThatIsNotAJsonObjectIs400AndOneWithoutAUsableRevisionIs422) {
    WebClient client = anonymous();
    const auto token = bearer("kansli");
    const std::string path = "/api/v1/rapporter/" + std::to_string(m_karnhuset_report) + "/granska";
    const std::string before = fingerprint();
    for (const std::string& body : Strings{"", "not json", "[]"}) {
        const Answer answer = client.post_body(path, body, "application/json", token);
        EXPECT_EQ(answer.status, 400) << body;
        EXPECT_EQ(answer.json()["error"]["code"], "invalid") << body;
    }
    for (const std::string& body : Strings{"{}", R"({"revision": "1"})", R"({"revision": 1.5})",
                                           R"({"revision": 4294967297})"}) {
        const Answer answer = client.post_body(path, body, "application/json", token);
        EXPECT_EQ(answer.status, 422) << body;
        EXPECT_EQ(answer.json()["error"]["fields"][0]["field"], "revision") << body;
    }
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiTest, AnInsatsagaresTokenCannotTakeWorkflowActions) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient client = anonymous();
    const auto token = bearer("agare");
    const std::string before = fingerprint();
    for (const std::string& action : Strings{"registrera", "komplettering", "granska"}) {
        const Answer answer =
            act(client, report, action,
                {{"revision", report_state(report).revision}, {"comment", "x"}}, token);
        EXPECT_EQ(answer.status, 403) << action;
        EXPECT_EQ(answer.json()["error"]["code"], "forbidden") << action;
    }
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiTest, ATokenOfADisabledUserIs401) {
    const auto token = bearer("kansli");
    UserStore users(database(), system_clock());
    ASSERT_TRUE(users.set_disabled(user_id("kansli"), true));
    EXPECT_EQ(anonymous().get("/api/v1/insatser", token).status, 401);
}

TEST_F(ApiTest, ARevokedTokenIsAnsweredAsAnUnknownOne) {
    const auto token = bearer("kansli");
    ASSERT_EQ(anonymous().get("/api/v1/insatser", token).status, 200);
    const auto listed = ApiTokenStore(database()).list(m_association, user_id("kansli"));
    ASSERT_TRUE(listed && listed->size() == 1u);
    ASSERT_TRUE(ApiTokenStore(database()).revoke(listed->front().id, system_clock().now()));

    const Answer revoked = anonymous().get("/api/v1/insatser", token);
    const Answer unknown =
        anonymous().get("/api/v1/insatser", {{"Authorization", "Bearer " + std::string(43, 'x')}});

    EXPECT_EQ(revoked.status, 401);
    EXPECT_EQ(revoked.body, unknown.body);
}

TEST_F(ApiTest, ATokensLastUseIsRecorded) {
    const auto token = bearer("kansli");
    const auto before = ApiTokenStore(database()).list(m_association, user_id("kansli"));
    ASSERT_TRUE(before && before->size() == 1u);
    EXPECT_FALSE(before->front().last_used_at);

    const Timestamp asked = system_clock().now();

    ASSERT_EQ(anonymous().get("/api/v1/insatser", token).status, 200);

    const auto after = ApiTokenStore(database()).list(m_association, user_id("kansli"));
    ASSERT_TRUE(after && after->size() == 1u);
    ASSERT_TRUE(after->front().last_used_at);
    EXPECT_GE(*after->front().last_used_at, asked);
}

TEST_F(ApiTest, ATokenRevokedByANewPasswordIs401) {
    const auto token = bearer("kansli");

    const auto revoked = UserStore(database(), system_clock())
                             .set_password_hash("kansli", hash_password("Nytt-lösenord-1"));

    ASSERT_TRUE(revoked) << revoked.error().message;
    EXPECT_EQ(*revoked, 1);
    EXPECT_EQ(anonymous().get("/api/v1/insatser", token).status, 401);
}

TEST_F(ApiTest, AnotherForbundsTokenSeesOnlyItsOwn) {
    const Answer answer = anonymous().get("/api/v1/insatser", bearer("kansli_annat"));
    ASSERT_EQ(answer.status, 200);
    const json list = answer.json()["interventions"];
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["name"], k_foreign_intervention);
    EXPECT_EQ(
        anonymous()
            .get("/api/v1/rapporter/" + std::to_string(m_karnhuset_report), bearer("kansli_annat"))
            .status,
        404);
}

} // namespace
} // namespace finsam::testing
