#include "WebTestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using nlohmann::json;

/// The API's writes: insatser created and edited, reports saved and submitted, with the
/// same checks as the forms.
class ApiWriteTest : public WebTest {
protected:
    httplib::Headers bearer(const std::string& username) {
        return {{"Authorization", "Bearer " + api_token_for(username)}};
    }

    Answer post(const std::string& path, const json& body, const std::string& username) {
        return anonymous().post_body(path, body.dump(), "application/json", bearer(username));
    }

    Answer put(const std::string& path, const json& body, const std::string& username) {
        return anonymous().put_body(path, body.dump(), "application/json", bearer(username));
    }

    static json new_insats() {
        return {{"name", "Nya vägar"},
                {"owner", "Exempelby kommun"},
                {"kind", "individual"},
                {"period_start", "2026-01-01"},
                {"period_end", "2027-12-31"},
                {"granted_sek", 900000},
                {"partners", {"Arbetsförmedlingen"}},
                {"goals",
                 {{{"text", "40 deltagare"},
                   {"target", 40},
                   {"unit", "count"},
                   {"measure", "participants_total"}}}}};
    }

    static json quarterly(const std::string& action) {
        return {{"kind", "kvartalsrapport"},
                {"period_start", "2025-04-01"},
                {"sections", {{"2.1", "Aktiviteter i kvartalet."}, {"2.5", "Det går bra."}}},
                {"figures", {{"participants_total", 12}, {"participants_women", 5}}},
                {"reporter_name", "Anna Ägare"},
                {"action", action}};
    }

    std::string reports_of_karnhuset() {
        return "/api/v1/insatser/" + std::to_string(m_karnhuset) + "/rapporter";
    }
};

TEST_F(ApiWriteTest, TheKansliCreatesAnInsatsWithGoals) {
    const Answer answer = post("/api/v1/insatser", new_insats(), "kansli");

    ASSERT_EQ(answer.status, 201) << answer.body;
    const json body = answer.json();
    EXPECT_EQ(body["name"], "Nya vägar");
    EXPECT_EQ(body["granted_sek"], 900000);
    EXPECT_EQ(body["goals"][0]["measure"], "participants_total");
    const auto stored = intervention(body["id"].get<std::int64_t>());
    EXPECT_EQ(stored.partners, std::vector<std::string>{"Arbetsförmedlingen"});
    EXPECT_EQ(stored.kind, InterventionKind::Individual);
}

TEST_F(ApiWriteTest, AnInsatsWithABadDateIsRefusedWithTheField) {
    json body = new_insats();
    body["period_end"] = "31/12/2027";
    const std::string before = fingerprint();

    const Answer answer = post("/api/v1/insatser", body, "kansli");

    ASSERT_EQ(answer.status, 422);
    EXPECT_EQ(answer.json()["error"]["fields"][0]["field"], "period_end");
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiWriteTest, AGoalMeasuredByASurveyIsSavedOrRefusedAtItsField) {
    json body = new_insats();
    body["goals"] = {{{"text", "Hälsan ökar 1,5 steg"},
                      {"target", 1.5},
                      {"survey",
                       {{"survey", "sjalvskattning"},
                        {"question", "halsa"},
                        {"rule", "mean_change"},
                        {"at_or_above", nullptr}}}}};

    const Answer saved = post("/api/v1/insatser", body, "kansli");

    ASSERT_EQ(saved.status, 201) << saved.body;
    const json goal = saved.json()["goals"][0];
    EXPECT_EQ(goal["survey"], (json{{"survey", "sjalvskattning"},
                                    {"question", "halsa"},
                                    {"rule", "mean_change"},
                                    {"at_or_above", nullptr}}));
    EXPECT_EQ(goal["target"], 1.5);
    EXPECT_TRUE(goal["measure"].is_null());

    body["name"] = "Andra vägar";
    body["goals"][0]["survey"]["question"] = "finns_inte";
    const std::string before = fingerprint();
    const Answer refused = post("/api/v1/insatser", body, "kansli");
    ASSERT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(refused.json()["error"]["fields"][0]["field"], "goal_question_0");
    EXPECT_EQ(fingerprint(), before);

    body["goals"][0]["survey"] = "sjalvskattning";
    EXPECT_EQ(post("/api/v1/insatser", body, "kansli").status, 422);
}

// Before, another förbund's user was bound and an id of no user failed the insert with a 500.
TEST_F(ApiWriteTest, AnInsatsagareOfAnotherForbundOrOfNoOneIsRefusedAtTheField) {
    const std::int64_t foreign_owner =
        add_user(m_other_association, "agare_annat", "Anders Annat", Role::InterventionOwner, {});
    const std::string path = "/api/v1/insatser/" + std::to_string(m_karnhuset);
    const std::string before = fingerprint();
    for (const std::int64_t owner :
         {foreign_owner, user_id("kansli_annat"), std::int64_t{999999}}) {
        json created = new_insats();
        created["owner_user_ids"] = {owner};
        json edited = anonymous().get(path, bearer("kansli")).json();
        edited["owner_user_ids"] = {user_id("agare"), owner};

        const Answer refused_create = post("/api/v1/insatser", created, "kansli");
        const Answer refused_edit = put(path, edited, "kansli");

        for (const Answer& answer : {refused_create, refused_edit}) {
            ASSERT_EQ(answer.status, 422) << owner << answer.body;
            const json error = answer.json()["error"];
            EXPECT_EQ(error["fields"][0]["field"], "owner_user_ids") << owner;
            EXPECT_EQ(error["fields"][0]["message"],
                      "Välj insatsägare bland förbundets användare med rollen insatsägare.");
        }
    }
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(intervention(m_karnhuset).owner_user_ids,
              std::vector<std::int64_t>{user_id("agare")});
}

TEST_F(ApiWriteTest, AnEditNeedsTheCurrentRevision) {
    const std::string path = "/api/v1/insatser/" + std::to_string(m_karnhuset);
    json body = anonymous().get(path, bearer("kansli")).json();
    body["used_sek"] = 123456;

    const Answer saved = put(path, body, "kansli");
    const Answer stale = put(path, body, "kansli");

    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.json()["used_sek"], 123456);
    EXPECT_EQ(stale.status, 409);
    EXPECT_EQ(intervention(m_karnhuset).used_sek, 123456);
}

TEST_F(ApiWriteTest, OnlyStaffWriteInsatser) {
    const std::string before = fingerprint();
    EXPECT_EQ(post("/api/v1/insatser", new_insats(), "agare").status, 403);
    EXPECT_EQ(post("/api/v1/insatser", new_insats(), "styrelse").status, 403);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiWriteTest, AnInsatsagareSavesADraftAndSubmitsIt) {
    const Answer draft = post(reports_of_karnhuset(), quarterly("draft"), "agare");
    ASSERT_EQ(draft.status, 201) << draft.body;
    const json state = draft.json();
    EXPECT_EQ(state["status"], "draft");

    json completed = quarterly("submit");
    completed["revision"] = state["revision"];
    const Answer submitted = put(
        "/api/v1/rapporter/" + std::to_string(state["id"].get<std::int64_t>()), completed, "agare");

    ASSERT_EQ(submitted.status, 200) << submitted.body;
    EXPECT_EQ(submitted.json()["status"], "submitted");
    EXPECT_EQ(submitted.json()["version_count"], 1);
}

TEST_F(ApiWriteTest, ASubmissionThatDoesNotAddUpIsRefusedAndCreatesNothing) {
    json body = quarterly("submit");
    body["figures"]["participants_women"] = 20;
    const std::string before = fingerprint();

    const Answer answer = post(reports_of_karnhuset(), body, "agare");

    ASSERT_EQ(answer.status, 422);
    EXPECT_EQ(answer.json()["error"]["fields"][0]["field"], "figure:participants_women");
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiWriteTest, TheParticipantTableIsSentAsFiguresByMeasureAndCategory) {
    json body = quarterly("submit");
    body["figures"] = {{"participants_new:kvinna", 3},
                       {"participants_new:man", 2},
                       {"participants_new", 5},
                       {"referred_by:forsakringskassan", 5}};

    const Answer answer = post(reports_of_karnhuset(), body, "agare");

    ASSERT_EQ(answer.status, 201) << answer.body;
    const auto id = answer.json()["id"].get<std::int64_t>();
    const json report =
        anonymous().get("/api/v1/rapporter/" + std::to_string(id), bearer("kansli")).json();
    const json& figures = report["latest"]["figures"];
    const auto stated = [&](const std::string& measure, const std::string& category) {
        for (const auto& figure : figures) {
            if (figure["measure"] == measure && figure.value("category", "") == category)
                return figure["value"];
        }
        return json();
    };
    EXPECT_EQ(stated("participants_new", "kvinna"), 3);
    EXPECT_EQ(stated("participants_new", "man"), 2);
    EXPECT_EQ(stated("participants_new", ""), 5);
    EXPECT_EQ(stated("referred_by", "forsakringskassan"), 5);
    EXPECT_EQ(figures.size(), 4u);
}

TEST_F(ApiWriteTest, AParticipantTableThatDoesNotAddUpIsRefusedAtTheTotal) {
    json body = quarterly("submit");
    body["figures"] = {{"participants_new:kvinna", 3}, {"participants_new", 4}};
    const std::string before = fingerprint();

    const Answer answer = post(reports_of_karnhuset(), body, "agare");

    ASSERT_EQ(answer.status, 422);
    const json problem = answer.json();
    const json& error = problem["error"]["fields"][0];
    EXPECT_EQ(error["field"], "figure:participants_new");
    EXPECT_EQ(error["message"],
              "Kvinnor, män och annat/okänt är tillsammans 3, men totalt står 4.");
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiWriteTest, APersonnummerInADraftIsRefused) {
    json body = quarterly("draft");
    body["sections"]["2.1"] = "Deltagaren 811218-9876 har börjat.";

    const Answer answer = post(reports_of_karnhuset(), body, "agare");

    ASSERT_EQ(answer.status, 422);
    EXPECT_EQ(answer.body.find("811218"), std::string::npos);
}

TEST_F(ApiWriteTest, AReportForAPeriodThatHasOneIsAConflict) {
    ASSERT_EQ(post(reports_of_karnhuset(), quarterly("draft"), "agare").status, 201);

    const Answer again = post(reports_of_karnhuset(), quarterly("draft"), "agare");

    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json()["error"]["code"], "exists");
}

TEST_F(ApiWriteTest, AnInsatsagareCannotReportForAnotherInsats) {
    const std::string before = fingerprint();
    const Answer answer = post("/api/v1/insatser/" + std::to_string(m_rakna) + "/rapporter",
                               quarterly("draft"), "agare");
    EXPECT_EQ(answer.status, 403);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ApiWriteTest, AWriteWithASessionNeedsTheCsrfHeader) {
    WebClient agare = client_as("agare");
    const Answer answer =
        agare.post_body(reports_of_karnhuset(), quarterly("draft").dump(), "application/json");
    EXPECT_EQ(answer.status, 403);
    EXPECT_EQ(answer.json()["error"]["code"], "csrf");
}

TEST_F(ApiWriteTest, ABodyThatIsNotAnObjectIs400) {
    const Answer answer =
        anonymous().post_body("/api/v1/insatser", "[1, 2]", "application/json", bearer("kansli"));
    EXPECT_EQ(answer.status, 400);
}

} // namespace
} // namespace finsam::testing
