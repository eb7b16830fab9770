#include "WebTestSupport.h"
#include "storage/ReportStore.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

class WorkflowHttpTest : public WebTest {
protected:
    /// The insatsägare's new kvartalsrapport for Q4 2024, saved as a draft over HTTP.
    std::int64_t new_draft_over_http(WebClient& client, const std::string& activities) {
        const std::string path = "/insatser/" + std::to_string(m_karnhuset) + "/ny-rapport";
        const Answer form = client.get(path);
        EXPECT_EQ(form.status, 200);
        auto params = complete_report_form(csrf_in(form.body), "draft", activities);
        params.emplace("period_start", "2024-10-01");
        params.emplace("revision", hidden_input(form.body, "revision"));
        const Answer answer = client.post_form(path, params);
        EXPECT_EQ(answer.status, 303) << answer.body;
        const std::int64_t id = id_in_location(answer.location(), "/rapporter/");
        EXPECT_EQ(answer.location(), "/rapporter/" + std::to_string(id) + "/redigera?sparat=1");
        return id;
    }

    /// Posts the report's edit form as opened in `form`, with `activities` as 2.1.
    Answer post_edit(WebClient& client, std::int64_t report, const Answer& form,
                     const std::string& action, const std::string& activities) {
        auto params = complete_report_form(csrf_in(form.body), action, activities);
        params.emplace("revision", hidden_input(form.body, "revision"));
        return client.post_form("/rapporter/" + std::to_string(report) + "/redigera", params);
    }

    Answer open_edit(WebClient& client, std::int64_t report) {
        const Answer form = client.get("/rapporter/" + std::to_string(report) + "/redigera");
        EXPECT_EQ(form.status, 200);
        return form;
    }

    /// A kansli action from the report page's own form.
    Answer act(WebClient& client, std::int64_t report, const std::string& action,
               httplib::Params extra = {}) {
        const Answer page = client.get("/rapporter/" + std::to_string(report));
        EXPECT_EQ(page.status, 200);
        extra.emplace("_csrf", csrf_in(page.body));
        extra.emplace("revision", hidden_input(page.body, "revision"));
        return client.post_form("/rapporter/" + std::to_string(report) + "/" + action, extra);
    }

    int version_count(std::int64_t report) { return report_state(report).version_count; }

    int event_count(std::int64_t report, const std::string& action) {
        WorkflowStore workflow(database(), system_clock());
        const auto events = workflow.events(report);
        EXPECT_TRUE(events);
        return static_cast<int>(
            std::count_if(events->begin(), events->end(),
                          [&](const auto& event) { return to_string(event.action) == action; }));
    }

    std::string draft_text(std::int64_t report) { return report_state(report).draft.value_or(""); }
};

TEST_F(WorkflowHttpTest, AnInsatsagareSavesANewKvartalsrapportAsADraft) {
    WebClient agare = client_as("agare");
    const std::int64_t report = new_draft_over_http(agare, "Första utkastet.");
    ASSERT_GT(report, 0);
    const ReportState state = report_state(report);
    EXPECT_EQ(state.status, ReportStatus::Draft);
    EXPECT_EQ(state.intervention_id, m_karnhuset);
    EXPECT_EQ(state.period, (StatedPeriod{date(2024, 10, 1), date(2024, 12, 31)}));
    EXPECT_EQ(state.version_count, 0);
    EXPECT_NE(draft_text(report).find("Första utkastet."), std::string::npos);
    const Answer form = open_edit(agare, report);
    EXPECT_NE(form.body.find("Första utkastet."), std::string::npos);
}

TEST_F(WorkflowHttpTest, AnInsatsagareEditsTheDraft) {
    WebClient agare = client_as("agare");
    const std::int64_t report = new_draft_over_http(agare, "Första utkastet.");
    const Answer answer =
        post_edit(agare, report, open_edit(agare, report), "draft", "Andra utkastet.");
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(answer.location(), "/rapporter/" + std::to_string(report) + "/redigera?sparat=1");
    EXPECT_NE(draft_text(report).find("Andra utkastet."), std::string::npos);
    EXPECT_EQ(draft_text(report).find("Första utkastet."), std::string::npos);
}

TEST_F(WorkflowHttpTest, AutosaveSavesTheDraftAndAnswersTheNewRevision) {
    WebClient agare = client_as("agare");
    const std::int64_t report = new_draft_over_http(agare, "Första utkastet.");
    const Answer form = open_edit(agare, report);
    auto params = complete_report_form(csrf_in(form.body), "", "Autosparat.");
    params.emplace("revision", hidden_input(form.body, "revision"));
    const Answer answer =
        agare.post_form("/rapporter/" + std::to_string(report) + "/utkast", params);
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(answer.json()["revision"], report_state(report).revision);
    EXPECT_NE(draft_text(report).find("Autosparat."), std::string::npos);
}

TEST_F(WorkflowHttpTest, TheWholeWorkflowOverHttp) {
    WebClient agare = client_as("agare");
    WebClient kansli = client_as("kansli");

    // The insatsägare writes a draft, edits it and submits it.
    const std::int64_t report = new_draft_over_http(agare, "Vi har träffats varje vecka.");
    ASSERT_EQ(post_edit(agare, report, open_edit(agare, report), "draft",
                        "Vi har träffats varje vecka i Sandviken.")
                  .status,
              303);
    const Answer submitted = post_edit(agare, report, open_edit(agare, report), "submit",
                                       "Vi har träffats varje vecka i Sandviken.");
    ASSERT_EQ(submitted.status, 303);
    EXPECT_EQ(submitted.location(), "/rapporter/" + std::to_string(report));
    EXPECT_EQ(report_state(report).status, ReportStatus::Submitted);
    EXPECT_EQ(version_count(report), 1);
    EXPECT_FALSE(report_state(report).draft);

    // The kansli registers it: diarienummer SFG {yy}-{seq:02}.{n:02}.
    const Answer page = kansli.get("/rapporter/" + std::to_string(report));
    EXPECT_NE(page.body.find("Inskickad"), std::string::npos);
    EXPECT_NE(page.body.find("Vi har träffats varje vecka i Sandviken."), std::string::npos);
    ASSERT_EQ(
        act(kansli, report, "registrera", {{"arrival_date", "2024-10-10"}, {"signature", "KK"}})
            .status,
        303);
    EXPECT_EQ(report_state(report).status, ReportStatus::Registered);
    EXPECT_EQ(report_state(report).registry_number, "SFG 24-01.01");
    const Answer registered = kansli.get("/rapporter/" + std::to_string(report));
    EXPECT_NE(registered.body.find("<dt>Diarienummer</dt><dd>SFG 24-01.01</dd>"),
              std::string::npos);
    EXPECT_NE(registered.body.find("<dd>2024-10-10</dd>"), std::string::npos);
    EXPECT_NE(registered.body.find("<dd>KK</dd>"), std::string::npos);
    EXPECT_NE(agare.get("/rapporter/" + std::to_string(report)).body.find("SFG 24-01.01"),
              std::string::npos);

    // It goes back with a comment.
    ASSERT_EQ(act(kansli, report, "komplettering",
                  {{"comment", "Beskriv avvikelserna från planeringen."}})
                  .status,
              303);
    EXPECT_EQ(report_state(report).status, ReportStatus::Returned);
    const Answer returned = agare.get("/rapporter/" + std::to_string(report));
    EXPECT_NE(returned.body.find("Komplettering begärd"), std::string::npos);
    EXPECT_NE(returned.body.find("Beskriv avvikelserna från planeringen."), std::string::npos);
    const Answer edit = open_edit(agare, report);
    EXPECT_NE(edit.body.find("Kansliet har begärt komplettering"), std::string::npos);
    EXPECT_NE(edit.body.find("Beskriv avvikelserna från planeringen."), std::string::npos);
    EXPECT_NE(edit.body.find("Vi har träffats varje vecka i Sandviken."), std::string::npos);

    // The insatsägare completes it and submits again: a second version.
    ASSERT_EQ(post_edit(agare, report, edit, "submit",
                        "Vi har träffats varje vecka i Gävle. Två avbrott i oktober.")
                  .status,
              303);
    EXPECT_EQ(report_state(report).status, ReportStatus::Submitted);
    EXPECT_EQ(version_count(report), 2);

    // Registered again under the number it has (a förbund keeps a document's number through
    // a komplettering), then reviewed.
    ASSERT_EQ(act(kansli, report, "registrera", {{"arrival_date", "2024-11-05"}}).status, 303);
    EXPECT_EQ(report_state(report).registry_number, "SFG 24-01.01");
    EXPECT_EQ(report_state(report).signature, "KK"); // Karin Kansli's initials
    ASSERT_EQ(act(kansli, report, "granska").status, 303);
    EXPECT_EQ(report_state(report).status, ReportStatus::Reviewed);
    EXPECT_NE(kansli.get("/rapporter/" + std::to_string(report)).body.find("Granskad"),
              std::string::npos);

    // The versions page shows what changed, word by word.
    const Answer versions = kansli.get("/rapporter/" + std::to_string(report) + "/versioner/2");
    ASSERT_EQ(versions.status, 200);
    EXPECT_NE(versions.body.find("Ändringar sedan version 1"), std::string::npos);
    EXPECT_NE(versions.body.find("<del>Sandviken.</del>"), std::string::npos) << versions.body;
    EXPECT_NE(versions.body.find("<ins>Gävle."), std::string::npos);
    EXPECT_NE(versions.body.find("<ins>"), std::string::npos);
    const Answer first = kansli.get("/rapporter/" + std::to_string(report) + "/versioner/1");
    EXPECT_EQ(first.status, 200);
    EXPECT_EQ(first.body.find("<ins>"), std::string::npos);
    EXPECT_EQ(first.body.find("Ändringar sedan"), std::string::npos);
}

TEST_F(WorkflowHttpTest, TheKansliMustWriteACommentToSendAReportBack) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient kansli = client_as("kansli");
    const Answer answer = act(kansli, report, "komplettering", {{"comment", "   "}});
    EXPECT_EQ(answer.status, 422);
    EXPECT_NE(answer.body.find("Skriv en kommentar"), std::string::npos);
    EXPECT_EQ(report_state(report).status, ReportStatus::Submitted);
}

TEST_F(WorkflowHttpTest, ASubmittedReportCannotBeEditedByTheInsatsagare) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient agare = client_as("agare");
    EXPECT_EQ(agare.get("/rapporter/" + std::to_string(report) + "/redigera").status, 409);
    const std::string before = fingerprint();
    auto params = complete_report_form(agare.csrf_token(), "draft", "Sen ändring");
    params.emplace("revision", std::to_string(report_state(report).revision));
    EXPECT_EQ(agare.post_form("/rapporter/" + std::to_string(report) + "/redigera", params).status,
              409);
    EXPECT_EQ(agare.post_form("/rapporter/" + std::to_string(report) + "/utkast", params).status,
              409);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(WorkflowHttpTest, TheOverviewShowsAReportSubmittedAMomentAgo) {
    WebClient kansli = client_as("kansli");
    const std::string overview = "/oversikt?kvartal=2024-10-01";
    const Answer before = kansli.get(overview);
    ASSERT_EQ(before.status, 200);
    EXPECT_EQ(before.body.find("Inskickad"), std::string::npos);
    WebClient agare = client_as("agare");
    const std::int64_t report = new_draft_over_http(agare, "Utkast.");
    ASSERT_EQ(post_edit(agare, report, open_edit(agare, report), "submit", "Klart.").status, 303);
    const Answer after = kansli.get(overview);
    EXPECT_NE(after.body.find("/rapporter/" + std::to_string(report)), std::string::npos);
    EXPECT_NE(after.body.find("Inskickad"), std::string::npos);
}

// Double submits.

TEST_F(WorkflowHttpTest, ADoubleSubmitOfTheEditFormSavesOnce) {
    WebClient agare = client_as("agare");
    const std::int64_t report = new_draft_over_http(agare, "Utkast.");
    const Answer form = open_edit(agare, report);
    const Answer first = post_edit(agare, report, form, "submit", "Klart.");
    const Answer second = post_edit(agare, report, form, "submit", "Klart.");
    EXPECT_EQ(first.status, 303);
    EXPECT_TRUE(second.status == 303 || second.status == 409) << second.status;
    EXPECT_EQ(version_count(report), 1);
    EXPECT_EQ(event_count(report, "submit"), 1);
    EXPECT_EQ(report_state(report).status, ReportStatus::Submitted);
}

TEST_F(WorkflowHttpTest, ADoubleSubmitOfTheNewReportFormSavesOnce) {
    WebClient agare = client_as("agare");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset) + "/ny-rapport";
    const Answer form = agare.get(path);
    auto params = complete_report_form(csrf_in(form.body), "submit", "Klart direkt.");
    params.emplace("period_start", "2024-10-01");
    params.emplace("revision", hidden_input(form.body, "revision"));
    const int reports_before = report_count(m_karnhuset);
    const Answer first = agare.post_form(path, params);
    const Answer second = agare.post_form(path, params);
    EXPECT_EQ(first.status, 303);
    EXPECT_TRUE(second.status == 303 || second.status == 409) << second.status;
    EXPECT_EQ(report_count(m_karnhuset), reports_before + 1);
    const std::int64_t report = id_in_location(first.location(), "/rapporter/");
    ASSERT_GT(report, 0);
    EXPECT_EQ(version_count(report), 1);
    EXPECT_EQ(event_count(report, "submit"), 1);
}

TEST_F(WorkflowHttpTest, ADoubleRegistrationGivesOneDiarienummer) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient kansli = client_as("kansli");
    const Answer page = kansli.get("/rapporter/" + std::to_string(report));
    const httplib::Params form{{"_csrf", csrf_in(page.body)},
                               {"revision", hidden_input(page.body, "revision")},
                               {"arrival_date", "2024-10-10"}};
    const std::string path = "/rapporter/" + std::to_string(report) + "/registrera";
    EXPECT_EQ(kansli.post_form(path, form).status, 303);
    const Answer second = kansli.post_form(path, form);
    EXPECT_TRUE(second.status == 303 || second.status == 409) << second.status;
    EXPECT_EQ(event_count(report, "register"), 1);
    EXPECT_EQ(report_state(report).registry_number, "SFG 24-01.01");
    // The refused second registration used no number of the insats's series.
    EXPECT_EQ(text_of(database(), "SELECT registry_last_number FROM interventions WHERE id = " +
                                      std::to_string(m_karnhuset)),
              "1");
}

// Stale forms.

TEST_F(WorkflowHttpTest, TheSecondTabsDraftSaveShowsBothTextsAndSavingAgainKeepsItsOwn) {
    WebClient agare = client_as("agare");
    const std::int64_t report = new_draft_over_http(agare, "Utkast.");
    const Answer tab1 = open_edit(agare, report);
    const Answer tab2 = open_edit(agare, report);
    EXPECT_EQ(post_edit(agare, report, tab1, "draft", "Text från flik 1.").status, 303);

    const Answer stale = post_edit(agare, report, tab2, "draft", "Text från flik 2.");

    EXPECT_EQ(stale.status, 409);
    EXPECT_NE(stale.body.find("Rapporten har sparats i ett annat fönster"), std::string::npos);
    const auto mine = stale.body.find(">Text från flik 2.</textarea>");
    const auto theirs = stale.body.find("Text från flik 1.");
    EXPECT_NE(mine, std::string::npos) << "what was typed stays in the field";
    EXPECT_NE(theirs, std::string::npos) << "the saved text stands beside it";
    EXPECT_GT(theirs, mine);
    EXPECT_EQ(stale.body.find("Utkastet sparades"), std::string::npos) << "nothing was saved";
    EXPECT_NE(draft_text(report).find("Text från flik 1."), std::string::npos);
    EXPECT_EQ(draft_text(report).find("Text från flik 2."), std::string::npos);

    // The form it answered is at the report's new revision: saving it keeps tab 2's text.
    EXPECT_EQ(post_edit(agare, report, stale, "draft", "Text från flik 2.").status, 303);
    EXPECT_NE(draft_text(report).find("Text från flik 2."), std::string::npos);
}

TEST_F(WorkflowHttpTest, TheFirstAutosaveOfANewReportCreatesItsDraft) {
    WebClient agare = client_as("agare");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset) + "/ny-rapport";
    const Answer form = agare.get(path);
    ASSERT_EQ(form.status, 200);
    EXPECT_NE(form.body.find("data-autosave-creates=\"1\""), std::string::npos);
    auto params = complete_report_form(csrf_in(form.body), "", "Skrivet innan något sparats.");
    params.emplace("period_start", "2024-10-01");
    params.emplace("revision", hidden_input(form.body, "revision"));

    const Answer saved =
        agare.post_form(path + "/utkast", params, {{"Accept", "application/json"}});

    ASSERT_EQ(saved.status, 200) << saved.body;
    const std::int64_t report = saved.json()["report_id"];
    EXPECT_EQ(saved.json()["autosave"], "/rapporter/" + std::to_string(report) + "/utkast");
    EXPECT_EQ(saved.json()["action"], "/rapporter/" + std::to_string(report) + "/redigera");
    EXPECT_EQ(report_state(report).status, ReportStatus::Draft);
    EXPECT_NE(draft_text(report).find("Skrivet innan något sparats."), std::string::npos);
    EXPECT_EQ(event_count(report, "submit"), 0);
}

TEST_F(WorkflowHttpTest, TheNewReportFormOpensOnTheQuarterAStartPageSaysIsDue) {
    WebClient agare = client_as("agare");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset) + "/ny-rapport";

    const Answer named = agare.get(path + "?typ=kvartalsrapport&fran=2024-04-01");
    const Answer unnamed = agare.get(path + "?typ=kvartalsrapport");

    ASSERT_EQ(named.status, 200);
    EXPECT_NE(named.body.find("value=\"2024-04-01\" selected"), std::string::npos);
    ASSERT_EQ(unnamed.status, 200);
    EXPECT_EQ(unnamed.body.find("value=\"2024-04-01\" selected"), std::string::npos);
}

TEST_F(WorkflowHttpTest, TheKansliRegistersUnderANumberGivenElsewhereButNotAnotherReports) {
    WebClient agare = client_as("agare");
    WebClient kansli = client_as("kansli");
    const std::int64_t report = new_draft_over_http(agare, "Första.");
    ASSERT_EQ(post_edit(agare, report, open_edit(agare, report), "submit", "Första.").status, 303);
    // The fixture's imported report, as registered elsewhere under a number of its own.
    const std::string others = "SFG 24-01.05";
    database().session() << "UPDATE reports SET registry_number = '" + others + "' WHERE id <> " +
                                std::to_string(report) +
                                " AND intervention_id = " + std::to_string(m_karnhuset);

    const Answer taken = act(kansli, report, "registrera", {{"registry_number", others}});
    const Answer registered =
        act(kansli, report, "registrera", {{"registry_number", "Dnr 2024/117"}});

    EXPECT_EQ(taken.status, 422);
    EXPECT_NE(taken.body.find("har redan en annan rapport"), std::string::npos) << taken.body;
    EXPECT_EQ(registered.status, 303);
    EXPECT_EQ(report_state(report).registry_number, "Dnr 2024/117");
}

TEST_F(WorkflowHttpTest, ARefusedSubmitDoesNotSayTheDraftWasSaved) {
    WebClient agare = client_as("agare");
    const std::int64_t report = new_draft_over_http(agare, "Utkast.");
    const Answer form = open_edit(agare, report);
    EXPECT_NE(form.body.find("Utkastet sparades"), std::string::npos);

    const Answer refused = post_edit(agare, report, form, "submit", "");

    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.body.find("Utkastet sparades"), std::string::npos);
    EXPECT_NE(refused.body.find("Det du skrev nu är inte sparat"), std::string::npos);
}

TEST_F(WorkflowHttpTest, AnExpiredLoginKeepsTheWriterOnTheFormAndTheScriptGets401) {
    WebClient agare = client_as("agare");
    const std::int64_t report = new_draft_over_http(agare, "Utkast.");
    const Answer form = open_edit(agare, report);
    WebClient logged_out = anonymous();
    auto params = complete_report_form(csrf_in(form.body), "draft", "Text efter utloggning.");
    params.emplace("revision", hidden_input(form.body, "revision"));
    const std::string edit = "/rapporter/" + std::to_string(report) + "/redigera";

    const Answer posted = logged_out.post_form(
        edit, params,
        {{"Referer", "http://127.0.0.1:" + std::to_string(port()) + edit + "?sparat=1"}});
    const Answer autosaved =
        logged_out.post_form("/rapporter/" + std::to_string(report) + "/utkast", params,
                             {{"Accept", "application/json"}});
    const Answer foreign =
        logged_out.post_form(edit, params, {{"Referer", "http://evil.example" + edit}});

    EXPECT_EQ(posted.status, 303);
    EXPECT_EQ(posted.location(), "/login?next=" + edit);
    EXPECT_EQ(autosaved.status, 401);
    EXPECT_EQ(autosaved.json()["error"]["code"], "unauthenticated");
    EXPECT_EQ(foreign.location(), "/login");
    EXPECT_EQ(draft_text(report).find("Text efter utloggning."), std::string::npos);
}

TEST_F(WorkflowHttpTest, TheSecondTabsSubmitIs409AndStoresNoVersion) {
    WebClient agare = client_as("agare");
    const std::int64_t report = new_draft_over_http(agare, "Utkast.");
    const Answer tab1 = open_edit(agare, report);
    const Answer tab2 = open_edit(agare, report);
    EXPECT_EQ(post_edit(agare, report, tab1, "draft", "Text från flik 1.").status, 303);
    EXPECT_EQ(post_edit(agare, report, tab2, "submit", "Text från flik 2.").status, 409);
    EXPECT_EQ(report_state(report).status, ReportStatus::Draft);
    EXPECT_EQ(version_count(report), 0);
    EXPECT_NE(draft_text(report).find("Text från flik 1."), std::string::npos);
}

TEST_F(WorkflowHttpTest, AStaleAutosaveIs409Json) {
    WebClient agare = client_as("agare");
    const std::int64_t report = new_draft_over_http(agare, "Utkast.");
    const Answer tab1 = open_edit(agare, report);
    const Answer tab2 = open_edit(agare, report);
    EXPECT_EQ(post_edit(agare, report, tab1, "draft", "Text från flik 1.").status, 303);
    auto params = complete_report_form(csrf_in(tab2.body), "", "Text från flik 2.");
    params.emplace("revision", hidden_input(tab2.body, "revision"));
    const Answer stale =
        agare.post_form("/rapporter/" + std::to_string(report) + "/utkast", params);
    EXPECT_EQ(stale.status, 409);
    EXPECT_EQ(stale.json()["error"]["code"], "stale");
    EXPECT_NE(draft_text(report).find("Text från flik 1."), std::string::npos);
}

TEST_F(WorkflowHttpTest, TwoTabsStartingTheSameNewReportDoNotOverwriteEachOther) {
    WebClient agare = client_as("agare");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset) + "/ny-rapport";
    const Answer tab1 = agare.get(path);
    const Answer tab2 = agare.get(path);
    const auto form = [&](const Answer& tab, const std::string& text) {
        auto params = complete_report_form(csrf_in(tab.body), "draft", text);
        params.emplace("period_start", "2024-10-01");
        params.emplace("revision", hidden_input(tab.body, "revision"));
        return params;
    };
    const Answer first = agare.post_form(path, form(tab1, "Text från flik 1."));
    ASSERT_EQ(first.status, 303);
    const std::int64_t report = id_in_location(first.location(), "/rapporter/");
    const Answer second = agare.post_form(path, form(tab2, "Text från flik 2."));
    EXPECT_EQ(second.status, 409);
    EXPECT_NE(draft_text(report).find("Text från flik 1."), std::string::npos);
}

TEST_F(WorkflowHttpTest, AStaleWorkflowActionIs409AndChangesNothing) {
    const std::int64_t report = submitted_report(date(2024, 10, 1), "Inskickad text");
    WebClient kansli = client_as("kansli");
    WebClient colleague = client_as("admin");
    const Answer page = kansli.get("/rapporter/" + std::to_string(report));
    ASSERT_EQ(act(colleague, report, "registrera").status, 303);
    const std::string before = fingerprint();
    const Answer stale = kansli.post_form("/rapporter/" + std::to_string(report) + "/komplettering",
                                          {{"_csrf", csrf_in(page.body)},
                                           {"revision", hidden_input(page.body, "revision")},
                                           {"comment", "Gammal sida"}});
    EXPECT_EQ(stale.status, 409);
    EXPECT_NE(stale.body.find("Rapporten har ändrats"), std::string::npos);
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(report_state(report).status, ReportStatus::Registered);
}

TEST_F(WorkflowHttpTest, TheSecondTabsInsatsEditIs409AndTheFirstsIsKept) {
    WebClient kansli = client_as("kansli");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset);
    const Answer tab1 = kansli.get(path + "/redigera");
    const Answer tab2 = kansli.get(path + "/redigera");
    const auto form = [&](const Answer& tab, const std::string& owner) {
        return httplib::Params{{"_csrf", csrf_in(tab.body)},
                               {"revision", hidden_input(tab.body, "revision")},
                               {"name", "Kärnhuset 2.0"},
                               {"owner", owner}};
    };
    EXPECT_EQ(kansli.post_form(path, form(tab1, "Ägare från flik 1")).status, 303);
    const Answer stale = kansli.post_form(path, form(tab2, "Ägare från flik 2"));
    EXPECT_EQ(stale.status, 409);
    EXPECT_NE(stale.body.find("Insatsen har ändrats"), std::string::npos);
    EXPECT_EQ(intervention(m_karnhuset).owner, "Ägare från flik 1");
}

TEST_F(WorkflowHttpTest, ADoubleSubmitOfTheInsatsFormSavesOnce) {
    WebClient kansli = client_as("kansli");
    const std::string path = "/insatser/" + std::to_string(m_karnhuset);
    const Answer form = kansli.get(path + "/redigera");
    const int revision = intervention(m_karnhuset).revision;
    const httplib::Params params{{"_csrf", csrf_in(form.body)},
                                 {"revision", hidden_input(form.body, "revision")},
                                 {"name", "Kärnhuset 2.0"},
                                 {"owner", "Ny huvudman"}};
    EXPECT_EQ(kansli.post_form(path, params).status, 303);
    const Answer second = kansli.post_form(path, params);
    EXPECT_TRUE(second.status == 303 || second.status == 409) << second.status;
    EXPECT_EQ(intervention(m_karnhuset).revision, revision + 1);
}

TEST_F(WorkflowHttpTest, ADoubleSubmitOfTheSettingsFormSavesOnce) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/installningar");
    const httplib::Params params{{"_csrf", csrf_in(form.body)},
                                 {"revision", hidden_input(form.body, "revision")},
                                 {"name", "Samordningsförbundet Gävleborg"},
                                 {"registry_pattern", "SFG {yy}-{seq:02}.{n:02}"},
                                 {"deadline_days", "20"},
                                 {"quarterly_template", "kvartalsrapport"},
                                 {"final_template", "slutrapport"}};
    const int revision = settings().revision;
    EXPECT_EQ(kansli.post_form("/installningar", params).status, 303);
    const Answer second = kansli.post_form("/installningar", params);
    EXPECT_TRUE(second.status == 303 || second.status == 409) << second.status;
    EXPECT_EQ(settings().revision, revision + 1);
}

TEST_F(WorkflowHttpTest, TheSecondTabsSettingsSaveIs409AndTheFirstsIsKept) {
    WebClient kansli = client_as("kansli");
    const Answer tab1 = kansli.get("/installningar");
    const Answer tab2 = kansli.get("/installningar");
    const auto form = [&](const Answer& tab, const std::string& days) {
        return httplib::Params{{"_csrf", csrf_in(tab.body)},
                               {"revision", hidden_input(tab.body, "revision")},
                               {"name", "Samordningsförbundet Gävleborg"},
                               {"registry_pattern", "SFG {yy}-{seq:02}.{n:02}"},
                               {"deadline_days", days},
                               {"quarterly_template", "kvartalsrapport"},
                               {"final_template", "slutrapport"}};
    };
    EXPECT_EQ(kansli.post_form("/installningar", form(tab1, "20")).status, 303);
    const Answer stale = kansli.post_form("/installningar", form(tab2, "40"));
    EXPECT_EQ(stale.status, 409);
    EXPECT_NE(stale.body.find("Inställningarna har ändrats"), std::string::npos);
    EXPECT_EQ(settings().deadline_days, 20);
}

} // namespace
} // namespace finsam::testing
