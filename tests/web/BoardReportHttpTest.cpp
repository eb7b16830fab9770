// The board report's page, its files and the kansli's edits of its text, as each role reaches
// them.
#include "WebTestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

// The fixture's Kärnhuset 2.0 reported for Q3 2024 (not yet reviewed).
using BoardReportHttpTest = WebTest;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST_F(BoardReportHttpTest, TheKansliSeesTheReportAndDownloadsItInEveryFormat) {
    WebClient kansli = client_as("kansli");

    const Answer page = kansli.get("/styrelserapport?period=2024Q3");

    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Styrelserapport kvartal 3 2024"));
    EXPECT_TRUE(contains(page.body, "Kärnhuset 2.0"));
    EXPECT_TRUE(contains(page.body, "kansliets exemplar"));
    const std::pair<const char*, const char*> formats[] = {{"html", "text/html"},
                                                           {"docx", "wordprocessingml"},
                                                           {"pdf", "application/pdf"},
                                                           {"xlsx", "spreadsheetml"}};
    for (const auto& [format, type] : formats) {
        const Answer file =
            kansli.get(std::string("/styrelserapport?period=2024Q3&format=") + format);
        ASSERT_EQ(file.status, 200) << format;
        EXPECT_TRUE(contains(file.header("Content-Type"), type)) << format;
        EXPECT_TRUE(contains(file.header("Content-Disposition"),
                             std::string("styrelserapport-2024Q3.") + format))
            << format;
        EXPECT_GT(file.body.size(), 1000u) << format;
    }
}

TEST_F(BoardReportHttpTest, AnInsatsagareMayNotReadIt) {
    const Answer answer = client_as("agare").get("/styrelserapport?period=2024");

    EXPECT_EQ(answer.status, 403);
}

TEST_F(BoardReportHttpTest, TheKansliWritesTheTextUnderAHeadingAndTheBoardReadsIt) {
    WebClient kansli = client_as("kansli");
    const Answer form =
        kansli.get("/styrelserapport/text?period=2024Q3&insats=" + std::to_string(m_karnhuset) +
                   "&rubrik=resultat");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "name=\"text\""));

    const Answer saved =
        kansli.post_form("/styrelserapport/text", {{"_csrf", kansli.csrf_token()},
                                                   {"period", "2024Q3"},
                                                   {"insats", std::to_string(m_karnhuset)},
                                                   {"heading", "resultat"},
                                                   {"text", "Insatsen har kommit igång väl."}});
    const Answer refused = kansli.post_form("/styrelserapport/text",
                                            {{"_csrf", kansli.csrf_token()},
                                             {"period", "2024Q3"},
                                             {"insats", std::to_string(m_karnhuset)},
                                             {"heading", "resultat"},
                                             {"text", "Deltagaren 19121212-1212 fick jobb."}});
    const Answer board = client_as("styrelse").get("/styrelserapport?period=2024Q3");
    const Answer board_edit =
        client_as("styrelse")
            .get("/styrelserapport/text?period=2024Q3&insats=" + std::to_string(m_karnhuset) +
                 "&rubrik=resultat");

    EXPECT_EQ(saved.status, 303);
    EXPECT_TRUE(contains(saved.header("Location"), "/styrelserapport?period=2024Q3#insats-"));
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "id=\"f-text-error\"")) << refused.body;
    ASSERT_EQ(board.status, 200);
    EXPECT_TRUE(contains(board.body, "Insatsen har kommit igång väl."));
    EXPECT_FALSE(contains(board.body, "/styrelserapport/text?")) << "the board edits nothing";
    EXPECT_EQ(board_edit.status, 403);
}

TEST_F(BoardReportHttpTest, TheApiGivesEachRoleTheCopyItsPageShows) {
    const httplib::Headers kansli_token{{"Authorization", "Bearer " + api_token_for("kansli")}};
    const httplib::Headers board_token{{"Authorization", "Bearer " + api_token_for("styrelse")}};
    const httplib::Headers owner_token{{"Authorization", "Bearer " + api_token_for("agare")}};

    const Answer kansli = anonymous().get("/api/v1/styrelserapport?period=2024Q3", kansli_token);
    const Answer board = anonymous().get("/api/v1/styrelserapport?period=2024Q3", board_token);
    const Answer owner = anonymous().get("/api/v1/styrelserapport?period=2024Q3", owner_token);
    const Answer wrong_period =
        anonymous().get("/api/v1/styrelserapport?period=2024Q5", kansli_token);

    ASSERT_EQ(kansli.status, 200) << kansli.body;
    const auto kansli_copy = kansli.json();
    EXPECT_EQ(kansli_copy["copy"], "kansli");
    EXPECT_EQ(kansli_copy["period"]["start"], "2024-07-01");
    const auto karnhuset = [this](const nlohmann::json& list) {
        for (const auto& item : list)
            if (item["intervention_id"] == m_karnhuset)
                return item;
        return nlohmann::json();
    };
    const auto kansli_row = karnhuset(kansli_copy["summary"]);
    EXPECT_EQ(kansli_row["name"], "Kärnhuset 2.0");
    EXPECT_TRUE(kansli_row["participants"]["total"].is_number()) << kansli_row;
    EXPECT_TRUE(kansli_row["marked"].is_array());
    EXPECT_FALSE(kansli_copy["attention"].empty()) << "the report is not reviewed yet";
    EXPECT_FALSE(karnhuset(kansli_copy["interventions"])["sections"].empty());

    ASSERT_EQ(board.status, 200) << board.body;
    const auto board_copy = board.json();
    EXPECT_EQ(board_copy["copy"], "styrelse");
    EXPECT_FALSE(board_copy.contains("attention"));
    EXPECT_FALSE(karnhuset(board_copy["summary"]).contains("marked"));
    EXPECT_TRUE(karnhuset(board_copy["interventions"])["sections"].empty())
        << "the board reads no text of an unreviewed report";
    EXPECT_EQ(owner.status, 403);
    EXPECT_EQ(wrong_period.status, 422);
    EXPECT_TRUE(contains(wrong_period.body, "period")) << wrong_period.body;
}

TEST_F(BoardReportHttpTest, TheKansliChoosesTheReportTheTextIsTakenFrom) {
    WebClient kansli = client_as("kansli");
    const Answer page = kansli.get("/styrelserapport?period=2024Q3");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "action=\"/styrelserapport/kalla\""));

    const Answer chosen = kansli.post_form("/styrelserapport/kalla",
                                           {{"_csrf", kansli.csrf_token()},
                                            {"period", "2024Q3"},
                                            {"insats", std::to_string(m_karnhuset)},
                                            {"report", std::to_string(m_karnhuset_report)}});
    const Answer after = kansli.get("/styrelserapport?period=2024Q3");
    const Answer not_kansli =
        client_as("styrelse")
            .post_form("/styrelserapport/kalla", {{"_csrf", client_as("styrelse").csrf_token()},
                                                  {"period", "2024Q3"},
                                                  {"insats", std::to_string(m_karnhuset)},
                                                  {"report", ""}});

    EXPECT_EQ(chosen.status, 303);
    EXPECT_TRUE(
        contains(after.body, "value=\"" + std::to_string(m_karnhuset_report) + "\" selected"))
        << "the chosen report is selected";
    EXPECT_EQ(not_kansli.status, 403);
}

} // namespace
} // namespace finsam::testing
