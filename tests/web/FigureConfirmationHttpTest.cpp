// The kansli confirms the figures the importer read from a report's text (issue 9).
#include "WebTestSupport.h"
#include "storage/AuditStore.h"
#include "storage/ReportStore.h"
#include "storage/WorkflowStore.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using nlohmann::json;

constexpr const char* k_read_from_text = "Siffrorna är lästa ur texten";
constexpr const char* k_button = "Bekräfta siffrorna";

/// Kärnhuset's imported kvartalsrapport for Q3 2024 (12 in total, 3 women, 9 men) is
/// version 1, read from a PDF.
class FigureConfirmationHttpTest : public WebTest {
protected:
    std::string report_path() const { return "/rapporter/" + std::to_string(m_karnhuset_report); }
    std::string confirm_path(int version) const {
        return report_path() + "/versioner/" + std::to_string(version) + "/bekrafta";
    }

    /// Posts the report page's confirmation form, as the browser would.
    Answer confirm_on_page(WebClient& client) {
        const Answer page = client.get(report_path());
        EXPECT_EQ(page.status, 200);
        return client.post_form(confirm_path(1),
                                {{"_csrf", csrf_in(page.body)}, {"tillbaka", "rapport"}});
    }

    int confirmations_audited() {
        const auto audit = AuditStore(database()).list(m_association, 50);
        EXPECT_TRUE(audit);
        return static_cast<int>(std::count_if(audit->begin(), audit->end(), [](const auto& each) {
            return each.action == AuditAction::ConfirmFigures;
        }));
    }
};

TEST_F(FigureConfirmationHttpTest, TheKansliConfirmsOnTheReportPageAndSeesWhoDidIt) {
    WebClient kansli = client_as("kansli");
    const Answer before = kansli.get(report_path());
    EXPECT_NE(before.body.find(k_read_from_text), std::string::npos);
    EXPECT_NE(before.body.find(k_button), std::string::npos);

    const Answer done = confirm_on_page(kansli);

    EXPECT_EQ(done.status, 303) << done.body;
    EXPECT_EQ(done.location(), report_path());
    const Answer after = kansli.get(report_path());
    EXPECT_EQ(after.body.find(k_read_from_text), std::string::npos);
    EXPECT_EQ(after.body.find(k_button), std::string::npos);
    EXPECT_NE(after.body.find("Siffrorna lästes ur texten och bekräftades "), std::string::npos);
    EXPECT_NE(after.body.find(" av Karin Kansli."), std::string::npos);
    EXPECT_EQ(confirmations_audited(), 1);
}

TEST_F(FigureConfirmationHttpTest, ADoubleSubmitConfirmsOnce) {
    WebClient kansli = client_as("kansli");
    const std::string csrf = csrf_in(kansli.get(report_path()).body);

    const Answer first = kansli.post_form(confirm_path(1), {{"_csrf", csrf}});
    const Answer second = kansli.post_form(confirm_path(1), {{"_csrf", csrf}});

    EXPECT_EQ(first.status, 303);
    EXPECT_EQ(second.status, 303) << second.body;
    EXPECT_EQ(second.location(), report_path());
    EXPECT_EQ(confirmations_audited(), 1);
    EXPECT_EQ(text_of(database(), "SELECT COUNT(*) FROM figure_confirmations"), "1");
}

TEST_F(FigureConfirmationHttpTest, OnlyTheKansliSeesTheButtonAndMayPostIt) {
    WebClient agare = client_as("agare");
    const Answer page = agare.get(report_path());
    EXPECT_EQ(page.status, 200);
    EXPECT_EQ(page.body.find(k_button), std::string::npos);
    const Answer refused = agare.post_form(confirm_path(1), {{"_csrf", csrf_in(page.body)}});
    EXPECT_EQ(refused.status, 403);

    WebClient kansli = client_as("kansli");
    const Answer forged = kansli.post_form(confirm_path(1), {});
    EXPECT_EQ(forged.status, 403) << "a post without the session's CSRF token";
    EXPECT_EQ(text_of(database(), "SELECT COUNT(*) FROM figure_confirmations"), "0");
}

TEST_F(FigureConfirmationHttpTest, AVersionThatIsNotTheLatestIsRefusedInSwedish) {
    WebClient kansli = client_as("kansli");
    const std::string csrf = csrf_in(kansli.get(report_path()).body);
    Report corrected = quarterly_report("Kärnhuset 2.0", Period::quarter_of(date(2024, 7, 1)),
                                        "Gruppen har träffats en gång i veckan.");
    corrected.figures = {{Measure::ParticipantsTotal, 13, Unit::Count, "2.1", "13 deltagare."}};
    const auto saved =
        ReportStore(database(), system_clock())
            .save_document(m_association,
                           {"rattad.pdf", SourceFormat::Pdf, "rattad", ReportKind::Quarterly},
                           {corrected});
    ASSERT_TRUE(saved) << saved.error().message;

    const Answer refused = kansli.post_form(confirm_path(1), {{"_csrf", csrf}});

    EXPECT_EQ(refused.status, 409);
    EXPECT_NE(refused.body.find("Bara den senaste versionens siffror kan bekräftas"),
              std::string::npos);
    const Answer old_version = kansli.get(report_path() + "/versioner/1");
    EXPECT_NE(old_version.body.find(k_read_from_text), std::string::npos);
    EXPECT_EQ(old_version.body.find(k_button), std::string::npos);
    const Answer latest = kansli.get(report_path() + "/versioner/2");
    EXPECT_NE(latest.body.find(k_button), std::string::npos);
}

TEST_F(FigureConfirmationHttpTest, TheApiConfirmsAndAnswersWithTheConfirmation) {
    const httplib::Headers kansli{{"Authorization", "Bearer " + api_token_for("kansli")}};
    const httplib::Headers agare{{"Authorization", "Bearer " + api_token_for("agare")}};
    const std::string path = "/api/v1" + confirm_path(1);

    EXPECT_EQ(anonymous().post_body(path, "{}", "application/json", agare).status, 403);
    EXPECT_EQ(
        anonymous().post_body("/api/v1" + confirm_path(2), "{}", "application/json", kansli).status,
        404);
    const Answer answer = anonymous().post_body(path, "{}", "application/json", kansli);
    const Answer again = anonymous().post_body(path, "{}", "application/json", kansli);

    ASSERT_EQ(answer.status, 200) << answer.body;
    const json confirmed = answer.json();
    EXPECT_EQ(confirmed["version"], 1);
    EXPECT_EQ(confirmed["read_from_text"], true);
    EXPECT_EQ(confirmed["confirmed"]["by"], "Karin Kansli");
    EXPECT_TRUE(confirmed["confirmed"]["at"].is_string());
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.json(), confirmed);
    EXPECT_EQ(confirmations_audited(), 1);
}

TEST_F(FigureConfirmationHttpTest, TheReportsApiSaysWhetherTheLatestFiguresAreConfirmed) {
    const std::string path = "/api/v1" + report_path();
    const auto latest_check = [&](const std::string& username) {
        const httplib::Headers token{{"Authorization", "Bearer " + api_token_for(username)}};
        const Answer answer = anonymous().get(path, token);
        EXPECT_EQ(answer.status, 200) << username << ": " << answer.body;
        return answer.json()["latest"]["figure_check"];
    };
    const json unconfirmed = {{"read_from_text", true}, {"confirmed", nullptr}};
    EXPECT_EQ(latest_check("kansli"), unconfirmed);
    EXPECT_EQ(latest_check("agare"), unconfirmed);

    WebClient kansli = client_as("kansli");
    ASSERT_EQ(confirm_on_page(kansli).status, 303);
    ASSERT_TRUE(WorkflowStore(database(), system_clock())
                    .review(m_karnhuset_report, user_id("kansli"),
                            report_state(m_karnhuset_report).revision));

    // Who confirmed them is the kansli's to see; when, an audience's that sees the report's
    // history; that they are confirmed (and so counted in the board's statistics), anyone's.
    const json for_kansli = latest_check("kansli");
    EXPECT_EQ(for_kansli["read_from_text"], true);
    EXPECT_EQ(for_kansli["confirmed"]["by"], "Karin Kansli");
    EXPECT_TRUE(for_kansli["confirmed"]["at"].is_string());
    const json for_admin = latest_check("admin");
    EXPECT_EQ(for_admin["confirmed"]["by"], "Karin Kansli");
    const json for_owner = latest_check("agare");
    EXPECT_EQ(for_owner["confirmed"], (json{{"at", for_kansli["confirmed"]["at"]}}));
    const json for_board = latest_check("styrelse");
    EXPECT_EQ(for_board, (json{{"read_from_text", true}, {"confirmed", json::object()}}));
}

TEST_F(FigureConfirmationHttpTest, AVersionTypedIntoTheFormIsNotReadFromTheText) {
    const std::int64_t submitted = submitted_report(date(2024, 10, 1), "Vi har träffats.");
    const httplib::Headers kansli{{"Authorization", "Bearer " + api_token_for("kansli")}};

    const Answer answer = anonymous().get("/api/v1/rapporter/" + std::to_string(submitted), kansli);

    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.json()["latest"]["figure_check"],
              (json{{"read_from_text", false}, {"confirmed", nullptr}}));
}

} // namespace
} // namespace finsam::testing
