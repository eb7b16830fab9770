#include "WebTestSupport.h"
#include "storage/AuditStore.h"
#include "storage/FigureConfirmationStore.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

class AccessTest : public WebTest {
protected:
    std::string karnhuset() const { return std::to_string(m_karnhuset); }
    std::string rakna() const { return std::to_string(m_rakna); }
    std::string rakna_report() const { return std::to_string(m_rakna_report); }

    /// Marks the imported Kärnhuset report (registered) as reviewed by the kansli.
    /// Reviewed, with the figures read from its text confirmed: what the board reads.
    void review_karnhuset_report() {
        WorkflowStore workflow(database(), system_clock());
        ASSERT_TRUE(workflow.review(m_karnhuset_report, user_id("kansli"),
                                    report_state(m_karnhuset_report).revision));
        ASSERT_TRUE(FigureConfirmationStore(database(), system_clock())
                        .confirm(m_karnhuset_report, 1, user_id("kansli")));
    }
};

void expect_no_trace_of_other_insats(const Answer& answer, const std::string& what) {
    EXPECT_EQ(answer.body.find(k_other_intervention), std::string::npos) << what;
    EXPECT_EQ(answer.body.find(k_other_report_text), std::string::npos) << what;
}

void expect_no_trace_of_foreign(const Answer& answer, const std::string& what) {
    EXPECT_EQ(answer.body.find(k_foreign_intervention), std::string::npos) << what;
    EXPECT_EQ(answer.body.find(k_foreign_report_text), std::string::npos) << what;
}

// An insatsägare and another insats of the same förbund.

TEST_F(AccessTest, AnInsatsagareReadsTheirOwnInsatsAndReport) {
    WebClient client = client_as("agare");
    const Answer page = client.get("/insatser/" + karnhuset());
    EXPECT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Kärnhuset 2.0"), std::string::npos);
    const Answer report = client.get("/rapporter/" + std::to_string(m_karnhuset_report));
    EXPECT_EQ(report.status, 200);
    EXPECT_NE(report.body.find("Gruppen har träffats två gånger i veckan."), std::string::npos);
}

TEST_F(AccessTest, AnInsatsagareGets403ForAnotherInsatsPages) {
    WebClient client = client_as("agare");
    for (const std::string& path :
         Strings{"/insatser/" + rakna(), "/insatser/" + rakna() + "/redigera",
                 "/insatser/" + rakna() + "/ny-rapport",
                 "/insatser/" + rakna() + "/ny-rapport?typ=slutrapport",
                 "/rapporter/" + rakna_report(), "/rapporter/" + rakna_report() + "/versioner/1",
                 "/rapporter/" + rakna_report() + "/redigera"}) {
        const Answer answer = client.get(path);
        EXPECT_EQ(answer.status, 403) << path;
        EXPECT_NE(answer.body.find("<h1>Åtkomst nekad</h1>"), std::string::npos) << path;
        expect_no_trace_of_other_insats(answer, path);
    }
}

TEST_F(AccessTest, TheKansliWorkIsRefusedToTheBoardAndTheRefusalIsAudited) {
    WebClient client = client_as("styrelse");
    const std::string path = "/rapporter/" + std::to_string(m_karnhuset_report) + "/granska";
    const std::string before = fingerprint();

    const Answer answer = client.post_form(
        path, {{"_csrf", client.csrf_token()},
               {"revision", std::to_string(report_state(m_karnhuset_report).revision)}});

    EXPECT_EQ(answer.status, 403);
    EXPECT_EQ(fingerprint(), before);
    const auto events = AuditStore(database()).list(m_association, 1);
    ASSERT_TRUE(events && events->size() == 1);
    EXPECT_EQ(events->front().action, AuditAction::Denied);
    EXPECT_EQ(events->front().object, AuditObject::Page);
    EXPECT_EQ(events->front().user_id, user_id("styrelse"));
    EXPECT_EQ(events->front().detail, "POST " + path);
}

TEST_F(AccessTest, AnInsatsagareGets403WhenPostingToAnotherInsatsAndNothingChanges) {
    WebClient client = client_as("agare");
    const std::string csrf = client.csrf_token();
    const std::string before = fingerprint();
    const auto form = [&](const std::string& action) {
        auto params = complete_report_form(csrf, action, "Inträngande text");
        params.emplace("period_start", "2024-10-01");
        params.emplace("revision", std::to_string(report_state(m_rakna_report).revision));
        return params;
    };
    for (const std::string& path : Strings{"/insatser/" + rakna() + "/ny-rapport",
                                           "/rapporter/" + rakna_report() + "/redigera",
                                           "/rapporter/" + rakna_report() + "/utkast"}) {
        for (const std::string& action : Strings{"draft", "submit"}) {
            const Answer answer = client.post_form(path, form(action));
            EXPECT_EQ(answer.status, 403) << path << " " << action;
            expect_no_trace_of_other_insats(answer, path);
        }
    }
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(AccessTest, AnInsatsagareGets403FromTheApiForAnotherInsats) {
    WebClient client = client_as("agare");
    for (const std::string& path :
         Strings{"/api/v1/insatser/" + rakna(), "/api/v1/rapporter/" + rakna_report()}) {
        const Answer answer = client.get(path);
        EXPECT_EQ(answer.status, 403) << path;
        EXPECT_EQ(answer.json()["error"]["code"], "forbidden") << path;
        expect_no_trace_of_other_insats(answer, path);
    }
}

TEST_F(AccessTest, AnInsatsagareGets403FromTheApiWithTheirToken) {
    WebClient client = anonymous();
    const httplib::Headers bearer{{"Authorization", "Bearer " + api_token_for("agare")}};
    const Answer answer = client.get("/api/v1/rapporter/" + rakna_report(), bearer);
    EXPECT_EQ(answer.status, 403);
    expect_no_trace_of_other_insats(answer, "api");
    EXPECT_EQ(client.get("/api/v1/rapporter/" + std::to_string(m_karnhuset_report), bearer).status,
              200);
}

TEST_F(AccessTest, AnInsatsagaresListsLeaveOutOtherInsatser) {
    WebClient client = client_as("agare");
    for (const std::string& path :
         Strings{"/insatser", "/oversikt", "/api/v1/insatser", "/api/v1/oversikt",
                 "/oversikt?kvartal=2024-07-01", "/api/v1/oversikt?kvartal=2024-07-01"}) {
        const Answer answer = client.get(path);
        EXPECT_EQ(answer.status, 200) << path;
        EXPECT_NE(answer.body.find("Kärnhuset 2.0"), std::string::npos) << path;
        expect_no_trace_of_other_insats(answer, path);
    }
}

TEST_F(AccessTest, TheKansliSeesEveryInsatsOfItsForbund) {
    WebClient client = client_as("kansli");
    const Answer list = client.get("/insatser");
    EXPECT_NE(list.body.find("Kärnhuset 2.0"), std::string::npos);
    EXPECT_NE(list.body.find(k_other_intervention), std::string::npos);
    expect_no_trace_of_foreign(list, "/insatser");
    const Answer api = client.get("/api/v1/insatser");
    ASSERT_TRUE(api.json()["interventions"].is_array());
    EXPECT_EQ(api.json()["interventions"].size(), 2u);
    expect_no_trace_of_foreign(api, "/api/v1/insatser");
}

// Ids that do not exist, or belong to another förbund.

TEST_F(AccessTest, UnknownAndForeignIdsAre404ForAnInsatsagare) {
    WebClient client = client_as("agare");
    for (const std::string& insats : Strings{std::string("999999"), std::to_string(m_foreign)}) {
        for (const std::string& path :
             Strings{"/insatser/" + insats, "/insatser/" + insats + "/ny-rapport"}) {
            const Answer answer = client.get(path);
            EXPECT_EQ(answer.status, 404) << path;
            EXPECT_NE(answer.body.find("<h1>Sidan finns inte</h1>"), std::string::npos) << path;
            expect_no_trace_of_foreign(answer, path);
        }
    }
    for (const std::string& report :
         Strings{std::string("999999"), std::to_string(m_foreign_report)}) {
        for (const std::string& path :
             Strings{"/rapporter/" + report, "/rapporter/" + report + "/versioner/1",
                     "/rapporter/" + report + "/redigera"}) {
            const Answer answer = client.get(path);
            EXPECT_EQ(answer.status, 404) << path;
            expect_no_trace_of_foreign(answer, path);
        }
    }
}

TEST_F(AccessTest, UnknownAndForeignIdsAre404ForTheKansli) {
    WebClient client = client_as("kansli");
    for (const std::string& insats : Strings{std::string("999999"), std::to_string(m_foreign)}) {
        for (const std::string& path :
             Strings{"/insatser/" + insats, "/insatser/" + insats + "/redigera",
                     "/insatser/" + insats + "/ny-rapport", "/api/v1/insatser/" + insats}) {
            const Answer answer = client.get(path);
            EXPECT_EQ(answer.status, 404) << path;
            expect_no_trace_of_foreign(answer, path);
        }
    }
    for (const std::string& report :
         Strings{std::string("999999"), std::to_string(m_foreign_report)}) {
        for (const std::string& path :
             Strings{"/rapporter/" + report, "/rapporter/" + report + "/versioner/1",
                     "/rapporter/" + report + "/redigera", "/api/v1/rapporter/" + report}) {
            const Answer answer = client.get(path);
            EXPECT_EQ(answer.status, 404) << path;
            expect_no_trace_of_foreign(answer, path);
        }
    }
}

TEST_F(AccessTest, PostsToForeignIdsAre404AndChangeNothing) {
    WebClient client = client_as("kansli");
    const std::string csrf = client.csrf_token();
    const std::string foreign = std::to_string(m_foreign);
    const std::string report = std::to_string(m_foreign_report);
    const std::string revision = std::to_string(report_state(m_foreign_report).revision);
    const std::string before = fingerprint();
    for (const std::string& path :
         Strings{"/insatser/" + foreign, "/insatser/" + foreign + "/ny-rapport",
                 "/rapporter/" + report + "/redigera", "/rapporter/" + report + "/utkast",
                 "/rapporter/" + report + "/registrera", "/rapporter/" + report + "/komplettering",
                 "/rapporter/" + report + "/granska"}) {
        const Answer answer = client.post_form(path, {{"_csrf", csrf},
                                                      {"name", "Kapad"},
                                                      {"revision", revision},
                                                      {"comment", "Kapad"},
                                                      {"period_start", "2024-10-01"},
                                                      {"action", "draft"}});
        EXPECT_EQ(answer.status, 404) << path;
        expect_no_trace_of_foreign(answer, path);
    }
    const httplib::Headers api{{"X-CSRF-Token", csrf}};
    for (const std::string& action : Strings{"registrera", "komplettering", "granska"}) {
        const Answer answer = client.post_body(
            "/api/v1/rapporter/" + report + "/" + action,
            R"({"revision": )" + revision + R"(, "comment": "Kapad"})", "application/json", api);
        EXPECT_EQ(answer.status, 404) << action;
    }
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(AccessTest, AVersionThatDoesNotExistIs404) {
    WebClient client = client_as("kansli");
    const std::string report = std::to_string(m_karnhuset_report);
    EXPECT_EQ(client.get("/rapporter/" + report + "/versioner/1").status, 200);
    EXPECT_EQ(client.get("/rapporter/" + report + "/versioner/2").status, 404);
    EXPECT_EQ(client.get("/rapporter/" + report + "/versioner/0").status, 404);
}

// The board.

TEST_F(AccessTest, TheBoardCannotReadAReportThatIsNotReviewed) {
    WebClient client = client_as("styrelse");
    const std::string report = std::to_string(m_karnhuset_report); // registered
    for (const std::string& path :
         Strings{"/rapporter/" + report, "/rapporter/" + report + "/versioner/1",
                 "/api/v1/rapporter/" + report}) {
        const Answer answer = client.get(path);
        EXPECT_EQ(answer.status, 403) << path;
        EXPECT_EQ(answer.body.find("Gruppen har träffats"), std::string::npos) << path;
    }
}

TEST_F(AccessTest, TheBoardReadsAReviewedReport) {
    review_karnhuset_report();
    WebClient client = client_as("styrelse");
    const Answer answer = client.get("/rapporter/" + std::to_string(m_karnhuset_report));
    EXPECT_EQ(answer.status, 200);
    EXPECT_NE(answer.body.find("Gruppen har träffats två gånger i veckan."), std::string::npos);
}

TEST_F(AccessTest, TheBoardsInsatsPageListsOnlyReviewedReports) {
    const std::int64_t submitted = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient client = client_as("styrelse");
    const Answer before = client.get("/insatser/" + karnhuset());
    EXPECT_EQ(before.status, 200);
    EXPECT_EQ(before.body.find("/rapporter/" + std::to_string(m_karnhuset_report) + "\""),
              std::string::npos);
    EXPECT_EQ(before.body.find("/rapporter/" + std::to_string(submitted) + "\""),
              std::string::npos);
    review_karnhuset_report();
    const Answer after = client.get("/insatser/" + karnhuset());
    EXPECT_NE(after.body.find("/rapporter/" + std::to_string(m_karnhuset_report) + "\""),
              std::string::npos);
    const auto api = client.get("/api/v1/insatser/" + karnhuset()).json();
    ASSERT_EQ(api["reports"].size(), 1u);
    EXPECT_EQ(api["reports"][0]["id"], m_karnhuset_report);
}

TEST_F(AccessTest, TheBoardSeesCountsBelowFiveAsHiddenOnAnInsatsPage) {
    review_karnhuset_report(); // 12 participants: 3 women, 9 men
    const Answer answer = client_as("styrelse").get("/insatser/" + karnhuset());
    EXPECT_EQ(answer.status, 200);
    EXPECT_NE(answer.body.find("<td>visas inte</td>"), std::string::npos);
    EXPECT_NE(answer.body.find("<td>12</td>"), std::string::npos);
    EXPECT_EQ(answer.body.find("<td>3</td>"), std::string::npos);
    // 12 − 9 would give the 3 women back, so the men are hidden as well.
    EXPECT_EQ(answer.body.find("<td>9</td>"), std::string::npos);
}

TEST_F(AccessTest, TheBoardCannotWorkOutAHiddenCountOnTheTimelineOrInTheApi) {
    review_karnhuset_report();
    WebClient client = client_as("styrelse");
    const auto report = client.get("/api/v1/rapporter/" + std::to_string(m_karnhuset_report));
    ASSERT_EQ(report.status, 200);
    const nlohmann::json body = report.json();
    int hidden = 0;
    for (const auto& figure : body["latest"]["figures"])
        hidden += figure.value("suppressed", false);
    EXPECT_GE(hidden, 2) << report.body;
    EXPECT_EQ(report.body.find("\"value\":9"), std::string::npos);
}

TEST_F(AccessTest, TheBoardOpensNoEarlierVersionOrComparison) {
    review_karnhuset_report();
    WebClient client = client_as("styrelse");
    const std::string report = "/rapporter/" + std::to_string(m_karnhuset_report);
    EXPECT_EQ(client.get(report + "/versioner/1").status, 403);
    EXPECT_EQ(client.get(report).body.find("/versioner/"), std::string::npos);
    EXPECT_EQ(client_as("kansli").get(report + "/versioner/1").status, 200);
}

TEST_F(AccessTest, TheBoardsOverviewHasNoWorkListsWarningsOrLateness) {
    review_karnhuset_report();
    // The kansli's overview is made first, so a cache that ignored the role would serve it.
    const std::string path = "/oversikt?kvartal=2024-07-01";
    const Answer kansli = client_as("kansli").get(path);
    ASSERT_EQ(kansli.status, 200);
    ASSERT_NE(kansli.body.find("Varningar att granska"), std::string::npos);
    const Answer board = client_as("styrelse").get(path);
    ASSERT_EQ(board.status, 200);
    for (const std::string kansli_work :
         {"Varningar att granska", "försenade", "saknas", "Sista dag", "Inkom"})
        EXPECT_EQ(board.body.find(kansli_work), std::string::npos) << kansli_work;
    EXPECT_NE(board.body.find("Kärnhuset 2.0"), std::string::npos);
    EXPECT_NE(board.body.find("/rapporter/" + std::to_string(m_karnhuset_report) + "\""),
              std::string::npos);
}

TEST_F(AccessTest, TheBoardsOverviewLinksNoReportItCannotOpen) {
    const std::int64_t submitted = submitted_report(date(2024, 10, 1), "Inskickad text");
    const Answer board = client_as("styrelse").get("/oversikt?kvartal=2024-10-01");
    ASSERT_EQ(board.status, 200);
    EXPECT_EQ(board.body.find("/rapporter/" + std::to_string(submitted) + "\""), std::string::npos);
    EXPECT_NE(board.body.find("Ingen granskad rapport"), std::string::npos);
}

TEST_F(AccessTest, TheBoardsApiOverviewHasNoWarningCountsOrLateness) {
    WebClient client = client_as("styrelse");
    const Answer answer = client.get("/api/v1/oversikt?kvartal=2024-07-01");
    ASSERT_EQ(answer.status, 200);
    const nlohmann::json overview = answer.json();
    for (const auto& row : overview["reports"]) {
        EXPECT_FALSE(row.contains("warning_count")) << row.dump();
        EXPECT_FALSE(row.contains("timeliness")) << row.dump();
        EXPECT_FALSE(row.contains("arrival")) << row.dump();
        EXPECT_TRUE(row["report_id"].is_null()) << row.dump(); // nothing is reviewed yet
    }
    const auto insats = client.get("/api/v1/insatser/" + karnhuset()).json();
    for (const auto& row : insats["reports"])
        EXPECT_FALSE(row.contains("warning_count")) << row.dump();
}

TEST_F(AccessTest, EveryLinkOnTheBoardsPagesLeadsToAPage) {
    review_karnhuset_report();
    WebClient client = client_as("styrelse");
    const Strings pages{"/oversikt?kvartal=2024-07-01", "/insatser", "/insatser/" + karnhuset(),
                        "/rapporter/" + std::to_string(m_karnhuset_report)};
    int links = 0;
    for (const auto& page : pages) {
        const std::string body = decode_entities(client.get(page).body);
        const std::string marker = "href=\"/";
        for (auto at = body.find(marker); at != std::string::npos; at = body.find(marker, at + 1)) {
            const auto start = at + marker.size() - 1;
            const std::string href = body.substr(start, body.find('"', start) - start);
            if (href.starts_with("/static/"))
                continue;
            EXPECT_LT(client.get(href).status, 400) << href << " on " << page;
            ++links;
        }
    }
    EXPECT_GE(links, 8);
}

TEST_F(AccessTest, TheKansliSeesSmallCountsAsTheyAre) {
    const Answer answer = client_as("kansli").get("/insatser/" + karnhuset());
    EXPECT_NE(answer.body.find("<td>3</td>"), std::string::npos);
    EXPECT_EQ(answer.body.find("visas inte"), std::string::npos);
}

TEST_F(AccessTest, TheBoardSeesCountsBelowFiveAsHiddenInAReport) {
    review_karnhuset_report();
    const Answer answer =
        client_as("styrelse").get("/rapporter/" + std::to_string(m_karnhuset_report));
    EXPECT_NE(answer.body.find("<td>visas inte</td>"), std::string::npos);
    EXPECT_EQ(answer.body.find("<td>3</td>"), std::string::npos);
    EXPECT_EQ(answer.body.find("Tre kvinnor"), std::string::npos);
}

TEST_F(AccessTest, TheBoardsApiReportHidesCountsBelowFive) {
    review_karnhuset_report();
    const Answer answer =
        client_as("styrelse").get("/api/v1/rapporter/" + std::to_string(m_karnhuset_report));
    ASSERT_EQ(answer.status, 200);
    const nlohmann::json body = answer.json();
    for (const auto& figure : body["latest"]["figures"]) {
        if (figure.contains("value") && figure["value"].is_number()) {
            EXPECT_FALSE(figure["value"].get<double>() > 0 && figure["value"].get<double>() < 5)
                << figure.dump();
        }
    }
    EXPECT_EQ(answer.body.find("Tre kvinnor"), std::string::npos);
}

TEST_F(AccessTest, TheBoardsInsatsPageShowsNoFiguresOfReportsNotReviewed) {
    // The imported report (12 participants, 9 men) is registered, not reviewed.
    const Answer answer = client_as("styrelse").get("/insatser/" + karnhuset());
    ASSERT_EQ(answer.status, 200);
    EXPECT_EQ(answer.body.find("<td>12</td>"), std::string::npos);
    EXPECT_EQ(answer.body.find("<td>9</td>"), std::string::npos);
    EXPECT_EQ(answer.body.find("Nyckeltal över tid"), std::string::npos);
}

// Who may change what.

TEST_F(AccessTest, TheBoardAndInsatsagareCannotTakeWorkflowActions) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    for (const std::string& username : Strings{"styrelse", "agare"}) {
        WebClient client = client_as(username);
        const std::string csrf = client.csrf_token();
        const std::string revision = std::to_string(report_state(report).revision);
        const std::string before = fingerprint();
        for (const std::string& action : Strings{"registrera", "komplettering", "granska"}) {
            const std::string path = "/rapporter/" + std::to_string(report) + "/" + action;
            const Answer answer = client.post_form(
                path, {{"_csrf", csrf}, {"revision", revision}, {"comment", "Gör om"}});
            EXPECT_EQ(answer.status, 403) << username << " " << path;
            const Answer api =
                client.post_body("/api/v1/rapporter/" + std::to_string(report) + "/" + action,
                                 R"({"revision": )" + revision + R"(, "comment": "Gör om"})",
                                 "application/json", {{"X-CSRF-Token", csrf}});
            EXPECT_EQ(api.status, 403) << username << " api " << action;
        }
        EXPECT_EQ(fingerprint(), before) << username;
        EXPECT_EQ(report_state(report).status, ReportStatus::Submitted);
    }
}

TEST_F(AccessTest, TheBoardAndInsatsagareCannotEditInsatser) {
    for (const std::string& username : Strings{"styrelse", "agare"}) {
        WebClient client = client_as(username);
        const std::string csrf = client.csrf_token();
        const std::string revision = std::to_string(intervention(m_karnhuset).revision);
        const std::string before = fingerprint();
        EXPECT_EQ(client.get("/insatser/ny").status, 403) << username;
        EXPECT_EQ(client.get("/insatser/" + karnhuset() + "/redigera").status, 403) << username;
        EXPECT_EQ(client.post_form("/insatser", {{"_csrf", csrf}, {"name", "Ny insats"}}).status,
                  403)
            << username;
        EXPECT_EQ(client
                      .post_form("/insatser/" + karnhuset(),
                                 {{"_csrf", csrf}, {"name", "Omdöpt"}, {"revision", revision}})
                      .status,
                  403)
            << username;
        EXPECT_EQ(fingerprint(), before) << username;
    }
    EXPECT_EQ(intervention(m_karnhuset).name, "Kärnhuset 2.0");
}

TEST_F(AccessTest, TheBoardAndInsatsagareCannotChangeSettings) {
    for (const std::string& username : Strings{"styrelse", "agare"}) {
        WebClient client = client_as(username);
        const std::string csrf = client.csrf_token();
        EXPECT_EQ(client.get("/installningar").status, 403) << username;
        const Answer answer =
            client.post_form("/installningar", {{"_csrf", csrf},
                                                {"name", "Kapat förbund"},
                                                {"registry_pattern", "X {n}"},
                                                {"deadline_days", "30"},
                                                {"quarterly_template", "kvartalsrapport"},
                                                {"final_template", "slutrapport"},
                                                {"revision", std::to_string(settings().revision)}});
        EXPECT_EQ(answer.status, 403) << username;
    }
    EXPECT_EQ(settings().name, "Samordningsförbundet Gävleborg");
    EXPECT_EQ(settings().revision, 1);
}

TEST_F(AccessTest, TheBoardCannotWriteReports) {
    WebClient client = client_as("styrelse");
    EXPECT_EQ(client.get("/insatser/" + karnhuset() + "/ny-rapport").status, 403);
    const std::string before = fingerprint();
    auto form = complete_report_form(client.csrf_token(), "draft", "Styrelsens text");
    form.emplace("period_start", "2024-10-01");
    EXPECT_EQ(client.post_form("/insatser/" + karnhuset() + "/ny-rapport", form).status, 403);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(AccessTest, TheKansliCanEditAnInsats) {
    WebClient client = client_as("kansli");
    const Answer form = client.get("/insatser/" + karnhuset() + "/redigera");
    ASSERT_EQ(form.status, 200);
    const Answer answer = client.post_form("/insatser/" + karnhuset(),
                                           {{"_csrf", csrf_in(form.body)},
                                            {"revision", hidden_input(form.body, "revision")},
                                            {"name", "Kärnhuset 3.0"},
                                            {"owner", "Sandvikens kommun"},
                                            {"period_start", "2024-01-01"},
                                            {"period_end", "2026-12-31"}});
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(answer.location(), "/insatser/" + karnhuset());
    EXPECT_EQ(intervention(m_karnhuset).name, "Kärnhuset 3.0");
    EXPECT_EQ(intervention(m_karnhuset).owner, "Sandvikens kommun");
}

TEST_F(AccessTest, TheKansliCanCreateAnInsats) {
    WebClient client = client_as("kansli");
    const Answer form = client.get("/insatser/ny");
    ASSERT_EQ(form.status, 200);
    const Answer answer = client.post_form("/insatser", {{"_csrf", csrf_in(form.body)},
                                                         {"revision", "1"},
                                                         {"name", "Ny insats"},
                                                         {"kind", "structural"},
                                                         {"goal_text_0", "Fler möten"},
                                                         {"goal_target_0", "12"},
                                                         {"goal_unit_0", "count"},
                                                         {"goal_measure_0", "participants_total"}});
    ASSERT_EQ(answer.status, 303);
    const std::int64_t id = id_in_location(answer.location(), "/insatser/");
    ASSERT_GT(id, 0) << answer.location();
    const auto created = intervention(id);
    EXPECT_EQ(created.name, "Ny insats");
    EXPECT_EQ(created.association_id, m_association);
    EXPECT_EQ(created.kind, InterventionKind::Structural);
    ASSERT_EQ(created.goals.size(), 1u);
    EXPECT_EQ(created.goals[0].target, 12);
}

TEST_F(AccessTest, TheKansliCanChangeSettings) {
    WebClient client = client_as("kansli");
    const Answer form = client.get("/installningar");
    ASSERT_EQ(form.status, 200);
    const Answer answer =
        client.post_form("/installningar", {{"_csrf", csrf_in(form.body)},
                                            {"revision", hidden_input(form.body, "revision")},
                                            {"name", "Samordningsförbundet Gävleborg"},
                                            {"parties", "FK\nAF\n\nRegion Gävleborg"},
                                            {"municipalities", "Sandviken"},
                                            {"registry_pattern", "GVB {yyyy}/{seq}-{n}"},
                                            {"deadline_days", "30"},
                                            {"quarterly_template", "kvartalsrapport"},
                                            {"final_template", "slutrapport"}});
    EXPECT_EQ(answer.status, 303);
    const auto saved = settings();
    EXPECT_EQ(saved.registry_pattern, "GVB {yyyy}/{seq}-{n}");
    EXPECT_EQ(saved.deadline_days, 30);
    EXPECT_EQ(saved.parties, (std::vector<std::string>{"FK", "AF", "Region Gävleborg"}));
}

TEST_F(AccessTest, AnAdminCanChangeSettings) {
    WebClient client = client_as("admin");
    const Answer form = client.get("/installningar");
    ASSERT_EQ(form.status, 200);
    const Answer answer =
        client.post_form("/installningar", {{"_csrf", csrf_in(form.body)},
                                            {"revision", hidden_input(form.body, "revision")},
                                            {"name", "Nytt namn"},
                                            {"registry_pattern", "SFG {yy}-{seq:02}.{n:02}"},
                                            {"deadline_days", "15"},
                                            {"quarterly_template", "kvartalsrapport"},
                                            {"final_template", "slutrapport"}});
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(settings().name, "Nytt namn");
}

TEST_F(AccessTest, TheKansliCannotChangeAnotherForbundsSettings) {
    WebClient client = client_as("kansli_annat");
    const Answer form = client.get("/installningar");
    ASSERT_EQ(form.status, 200);
    EXPECT_EQ(form.body.find("Samordningsförbundet Gävleborg"), std::string::npos);
    EXPECT_NE(form.body.find("Samordningsförbundet Annat"), std::string::npos);
}

TEST_F(AccessTest, TheInsatsagaresMenuHasNoOverviewOrSettings) {
    const std::string page = decode_entities(client_as("agare").get("/insatser").body);
    EXPECT_EQ(page.find("href=\"/oversikt\""), std::string::npos);
    EXPECT_EQ(page.find("href=\"/installningar\""), std::string::npos);
    EXPECT_NE(page.find("href=\"/insatser\""), std::string::npos);
}

TEST_F(AccessTest, EveryLinkInTheKanslisMenuLeadsToAPage) {
    WebClient client = client_as("kansli");
    const std::string page = decode_entities(client.get("/insatser").body);
    const std::string marker = "<li><a href=\"";
    int links = 0;
    for (auto at = page.find(marker); at != std::string::npos; at = page.find(marker, at + 1)) {
        const auto start = at + marker.size();
        const std::string href = page.substr(start, page.find('"', start) - start);
        EXPECT_EQ(client.get(href).status, 200) << href;
        ++links;
    }
    EXPECT_GE(links, 4);
}

} // namespace
} // namespace finsam::testing
