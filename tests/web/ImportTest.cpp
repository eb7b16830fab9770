#include "WebTestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

class ImportTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        const auto seed = seed_file("001");
        if (!seed)
            GTEST_SKIP()
                << "the seed kvartalsrapport 001 (Räkna med mig) is not beside the checkout";
        m_report = read_file(*seed);
    }

    /// Uploads `content` as `file_name` with the page's CSRF token.
    Answer upload(WebClient& client, const std::string& content, const std::string& file_name) {
        const Answer form = client.get("/import");
        EXPECT_EQ(form.status, 200);
        return client.post_multipart("/import", {{"_csrf", csrf_in(form.body), "", ""},
                                                 {"file", content, file_name, "text/markdown"}});
    }

    std::string m_report; // a kvartalsrapport of Räkna med mig for Q1 2026, as Markdown
};

TEST_F(ImportTest, TheKansliUploadsAReportChecksItAndSavesIt) {
    WebClient kansli = client_as("kansli");
    const Answer preview = upload(kansli, m_report, "rapport.md");
    ASSERT_EQ(preview.status, 200) << preview.body.substr(0, 2000);
    EXPECT_NE(preview.body.find("<h1>Kontrollera importen</h1>"), std::string::npos);
    EXPECT_NE(preview.body.find("selected>Räkna med mig</option>"), std::string::npos);
    const std::string token = hidden_input(preview.body, "token");
    ASSERT_FALSE(token.empty());
    const int before = report_count(m_rakna);
    EXPECT_EQ(report_count(m_rakna), before); // nothing is saved before the kansli confirms

    const Answer saved =
        kansli.post_form("/import/spara", {{"_csrf", csrf_in(preview.body)}, {"token", token}});
    EXPECT_EQ(saved.status, 200);
    EXPECT_NE(saved.body.find("Importen är sparad"), std::string::npos);
    EXPECT_EQ(report_count(m_rakna), before + 1);

    const Answer again =
        kansli.post_form("/import/spara", {{"_csrf", csrf_in(preview.body)}, {"token", token}});
    EXPECT_EQ(again.status, 410);
    EXPECT_EQ(report_count(m_rakna), before + 1);
}

TEST_F(ImportTest, FiguresTheKansliTicksAsCheckedInThePreviewAreConfirmedByThem) {
    WebClient kansli = client_as("kansli");
    const Answer preview = upload(kansli, m_report, "rapport.md");
    ASSERT_EQ(preview.status, 200) << preview.body.substr(0, 2000);
    const std::string label = "Jag har kontrollerat nyckeltalen mot rapportens text";
    ASSERT_NE(preview.body.find(label), std::string::npos) << "the seed states figures";
    const std::string checkbox = "name=\"u0d0r0_figures_checked\"";
    ASSERT_NE(preview.body.find(checkbox), std::string::npos);

    const Answer saved =
        kansli.post_form("/import/spara", {{"_csrf", csrf_in(preview.body)},
                                           {"token", hidden_input(preview.body, "token")},
                                           {"u0d0r0_figures_checked", "ja"}});

    ASSERT_EQ(saved.status, 200) << saved.body.substr(0, 2000);
    EXPECT_NE(saved.body.find("Nyckeltalen i 1 av dem är bekräftade av dig."), std::string::npos);
    EXPECT_EQ(text_of(database(),
                      "SELECT u.username FROM figure_confirmations c JOIN users u ON u.id = "
                      "c.user_id"),
              "kansli");
    EXPECT_EQ(text_of(database(), "SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'confirm_figures'"),
              "1");
}

TEST_F(ImportTest, FiguresSavedWithoutTheTickStayUnconfirmed) {
    WebClient kansli = client_as("kansli");
    const Answer preview = upload(kansli, m_report, "rapport.md");
    ASSERT_EQ(preview.status, 200) << preview.body.substr(0, 2000);

    const Answer saved =
        kansli.post_form("/import/spara", {{"_csrf", csrf_in(preview.body)},
                                           {"token", hidden_input(preview.body, "token")}});

    ASSERT_EQ(saved.status, 200) << saved.body.substr(0, 2000);
    EXPECT_NE(saved.body.find("markerades inte som kontrollerade"), std::string::npos);
    EXPECT_EQ(text_of(database(), "SELECT COUNT(*) FROM figure_confirmations"), "0");
}

TEST_F(ImportTest, TheSavedReportKeepsTheUploadedFileForTheKansliToDownload) {
    WebClient kansli = client_as("kansli");
    const std::string received = m_report + "\r\n"; // as sent, line ends and all
    const Answer preview = upload(kansli, received, "Räkna med mig.md");
    ASSERT_EQ(preview.status, 200) << preview.body.substr(0, 2000);
    ASSERT_EQ(kansli
                  .post_form("/import/spara", {{"_csrf", csrf_in(preview.body)},
                                               {"token", hidden_input(preview.body, "token")}})
                  .status,
              200);
    const std::string report = text_of(database(), "SELECT MAX(id) FROM reports");
    const std::string version =
        text_of(database(), "SELECT MAX(version) FROM report_versions WHERE report_id = " + report);
    const std::string original = "/rapporter/" + report + "/versioner/" + version + "/original";
    const Answer page = kansli.get("/rapporter/" + report);
    EXPECT_NE(page.body.find("Räkna med mig.md</a>"), std::string::npos) << "linked on its page";

    const Answer download = kansli.get(original);

    ASSERT_EQ(download.status, 200);
    EXPECT_EQ(download.body, received);
    // httplib's client decodes the percent-encoded name (RFC 6266's filename*) it receives.
    EXPECT_EQ(download.header("Content-Disposition"),
              "attachment; filename=\"R__kna med mig.md\"; filename*=UTF-8''Räkna med mig.md");
    EXPECT_EQ(client_as("styrelse").get(original).status, 403);
    EXPECT_EQ(client_as("agare").get(original).status, 403);
}

// Another förbund's layout: kept as an övrig rapport, which names no insats here.
constexpr std::string_view k_unknown_layout =
    "Sammanfattning av året\n\nUnder året har samverkan mellan parterna fortsatt med "
    "gemensamma utbildningsdagar och regelbundna träffar mellan handläggare från "
    "Försäkringskassan, Arbetsförmedlingen, regionen och kommunen.\n\nLärdomar\nDet tar tid "
    "att bygga förtroende mellan organisationer, och det lönar sig för alla parter när "
    "handläggarna känner varandra och vet vem de ska ringa.\n";

TEST_F(ImportTest, AReportInAnUnknownLayoutIsKeptOnceTheKansliSetsItsInsats) {
    WebClient kansli = client_as("kansli");
    const Answer preview = upload(kansli, std::string(k_unknown_layout), "arsberattelse.txt");
    ASSERT_EQ(preview.status, 200) << preview.body.substr(0, 2000);
    EXPECT_NE(preview.body.find("Övrig rapport 1: insats saknas (läst utan mall)"),
              std::string::npos);
    EXPECT_NE(preview.body.find("Läst utan mall: avsnitten är dokumentets egna rubriker"),
              std::string::npos);
    EXPECT_NE(preview.body.find("<option value=\"\" selected>Välj insats</option>"),
              std::string::npos);
    EXPECT_NE(preview.body.find("name=\"u0d0r0_intervention_name\""), std::string::npos);
    const std::string token = hidden_input(preview.body, "token");

    const Answer refused = kansli.post_form("/import/spara", {{"_csrf", csrf_in(preview.body)},
                                                              {"token", token},
                                                              {"u0d0r0_intervention", ""},
                                                              {"u0d0r0_period_end", "2024-12-31"}});
    EXPECT_EQ(refused.status, 422);
    // The review again, as sent, with the problem at the insats's field.
    EXPECT_NE(refused.body.find("<h1>Kontrollera importen</h1>"), std::string::npos);
    EXPECT_NE(refused.body.find("<a href=\"#f-u0d0r0_intervention\">Välj vilken insats "
                                "rapporten gäller"),
              std::string::npos)
        << refused.body.substr(0, 3000);
    EXPECT_NE(refused.body.find("name=\"u0d0r0_intervention\" aria-invalid=\"true\""),
              std::string::npos);
    EXPECT_NE(refused.body.find("value=\"2024-12-31\""), std::string::npos) << "as sent";
    EXPECT_EQ(hidden_input(refused.body, "token"), token) << "still waiting";
    EXPECT_EQ(text_of(database(), "SELECT COUNT(*) FROM reports WHERE kind = 'ovrig'"), "0");

    const Answer saved =
        kansli.post_form("/import/spara", {{"_csrf", csrf_in(preview.body)},
                                           {"token", token},
                                           {"u0d0r0_intervention", "new"},
                                           {"u0d0r0_intervention_name", "Samverkan Nord"},
                                           {"u0d0r0_period_start", "2024-01-01"},
                                           {"u0d0r0_period_end", "2024-12-31"}});
    ASSERT_EQ(saved.status, 200) << saved.body.substr(0, 2000);
    EXPECT_NE(saved.body.find("Övrig rapport: Samverkan Nord, 2024-01-01"), std::string::npos)
        << saved.body;
    EXPECT_NE(saved.body.find("(läst utan mall)"), std::string::npos);
    EXPECT_EQ(text_of(database(), "SELECT kind FROM reports ORDER BY id DESC LIMIT 1"), "ovrig");
}

TEST_F(ImportTest, AnUploadWithoutAFileIs422) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/import");
    const Answer answer = kansli.post_multipart("/import", {{"_csrf", csrf_in(form.body), "", ""}});
    EXPECT_EQ(answer.status, 422);
    EXPECT_NE(answer.body.find("Välj en fil att importera."), std::string::npos);
}

TEST_F(ImportTest, AnUnknownUploadTokenIs410) {
    WebClient kansli = client_as("kansli");
    const std::string before = fingerprint();
    const Answer answer =
        kansli.post_form("/import/spara", {{"_csrf", kansli.csrf_token()}, {"token", "påhittad"}});
    EXPECT_EQ(answer.status, 410);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ImportTest, AnUploadWithoutTheCsrfTokenIsRefused) {
    WebClient kansli = client_as("kansli");
    const Answer answer = kansli.post_multipart(
        "/import", {{"_csrf", "fel", "", ""}, {"file", m_report, "rapport.md", "text/markdown"}});
    EXPECT_EQ(answer.status, 403);
    const Answer without =
        kansli.post_multipart("/import", {{"file", m_report, "rapport.md", "text/markdown"}});
    EXPECT_EQ(without.status, 403);
}

TEST_F(ImportTest, ConfirmingWithoutTheCsrfTokenSavesNothing) {
    WebClient kansli = client_as("kansli");
    const Answer preview = upload(kansli, m_report, "rapport.md");
    const std::string before = fingerprint();
    const Answer answer =
        kansli.post_form("/import/spara", {{"token", hidden_input(preview.body, "token")}});
    EXPECT_EQ(answer.status, 403);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ImportTest, TheBoardAndInsatsagareCannotImport) {
    for (const std::string& username : Strings{"styrelse", "agare", "agare2"}) {
        WebClient client = client_as(username);
        const std::string csrf = client.csrf_token();
        EXPECT_EQ(client.get("/import").status, 403) << username;
        const std::string before = fingerprint();
        EXPECT_EQ(
            client
                .post_multipart("/import", {{"_csrf", csrf, "", ""},
                                            {"file", m_report, "rapport.md", "text/markdown"}})
                .status,
            403)
            << username;
        EXPECT_EQ(client.post_form("/import/spara", {{"_csrf", csrf}, {"token", "x"}}).status, 403)
            << username;
        EXPECT_EQ(fingerprint(), before) << username;
    }
}

TEST_F(ImportTest, WithoutASessionImportRedirectsToLogin) {
    WebClient client = anonymous();
    EXPECT_EQ(client.get("/import").location(), "/login?next=/import");
    EXPECT_EQ(client.post_multipart("/import", {{"file", m_report, "rapport.md", "text/markdown"}})
                  .location(),
              "/login");
    EXPECT_EQ(client.post_form("/import/spara", {{"token", "x"}}).location(), "/login");
}

TEST_F(ImportTest, TheCheckPageShowsWhatWasReadEscaped) {
    std::string hostile = m_report;
    const std::string name = "Räkna med mig";
    const auto at = hostile.find("\n" + name + "\n");
    ASSERT_NE(at, std::string::npos);
    hostile.replace(at + 1, name.size(), "<script>alert(1)</script> \"onmouseover=alert(2)");
    WebClient kansli = client_as("kansli");
    const Answer preview = upload(kansli, hostile, "<img src=x onerror=alert(3)>.md");
    ASSERT_EQ(preview.status, 200);
    EXPECT_EQ(preview.body.find("<script>alert"), std::string::npos);
    EXPECT_EQ(preview.body.find("\"onmouseover"), std::string::npos);
    EXPECT_EQ(preview.body.find("<img src=x"), std::string::npos);
    EXPECT_NE(preview.body.find("&lt;script&gt;alert(1)"), std::string::npos);
}

TEST_F(ImportTest, APersonnummerInTheHeaderOrTheFileNameIsRedactedWithAWarning) {
    std::string report = m_report;
    const std::string name = "Räkna med mig";
    const auto at = report.find("\n" + name + "\n");
    ASSERT_NE(at, std::string::npos);
    report.replace(at + 1, name.size(), "Räkna med mig 811218-9876");
    WebClient kansli = client_as("kansli");
    const Answer preview = upload(kansli, report, "rapport 811218\u20139876.md");
    ASSERT_EQ(preview.status, 200) << preview.body.substr(0, 2000);
    EXPECT_EQ(preview.body.find("9876"), std::string::npos);
    httplib::Params confirm{{"_csrf", csrf_in(preview.body)},
                            {"token", hidden_input(preview.body, "token")}};
    const Answer saved = kansli.post_form("/import/spara", confirm);
    ASSERT_EQ(saved.status, 200) << saved.body.substr(0, 2000);
    const std::string stored =
        text_of(database(), "SELECT group_concat(name, '|') FROM interventions") + "|" +
        text_of(database(), "SELECT group_concat(file_name, '|') FROM documents") + "|" +
        text_of(database(), "SELECT group_concat(message, '|') FROM report_warnings");
    EXPECT_EQ(stored.find("9876"), std::string::npos) << stored;
    EXPECT_NE(stored.find("[personnummer borttaget]"), std::string::npos) << stored;
    EXPECT_NE(stored.find("header fields"), std::string::npos) << stored;
}

TEST_F(ImportTest, AnUploadOver25MegabytesIs413) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/import");
    const std::string before = fingerprint();
    const Answer answer = kansli.post_multipart(
        "/import", {{"_csrf", csrf_in(form.body), "", ""},
                    {"file", std::string(26u * 1024u * 1024u, 'a'), "stor.txt", "text/plain"}});
    EXPECT_EQ(answer.status, 413);
    EXPECT_NE(answer.body.find("<h1>Filen är för stor</h1>"), std::string::npos);
    EXPECT_EQ(fingerprint(), before);
}

/// An example kvartalsrapport of Vägvisaren whose text says both 15 and 14 are enrolled today.
class ImportReviewTest : public WebTest {
protected:
    Answer preview_of_conflict(WebClient& client) {
        const Answer form = client.get("/import");
        return client.post_multipart("/import",
                                     {{"_csrf", csrf_in(form.body), "", ""},
                                      {"file", read_file(fixture("conflicting-figures.md")),
                                       "vagvisaren-2025-q1.md", "text/markdown"}});
    }

    /// The figure's values in the newest version, in the order the text states them.
    std::vector<std::string> stored_values(const std::string& measure) {
        std::vector<std::string> values;
        for (int offset = 0;; ++offset) {
            const std::string value = text_of(
                database(), "SELECT CAST(value AS INTEGER) FROM report_figures WHERE version_id = "
                            "(SELECT MAX(id) FROM report_versions) AND measure = '" +
                                measure + "' ORDER BY position LIMIT 1 OFFSET " +
                                std::to_string(offset));
            if (value.empty())
                return values;
            values.push_back(value);
        }
    }

    static std::size_t occurrences(const std::string& text, const std::string& part) {
        std::size_t count = 0;
        for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
            ++count;
        return count;
    }
};

TEST_F(ImportReviewTest, TwoValuesForOneFigureAreAChoiceAndTheChosenOneIsSavedForBoth) {
    WebClient kansli = client_as("kansli");
    const Answer preview = preview_of_conflict(kansli);
    ASSERT_EQ(preview.status, 200) << preview.body.substr(0, 2000);
    EXPECT_NE(preview.body.find("Inskrivna nu: texten anger olika värden"), std::string::npos);
    const auto choice = preview.body.find("type=\"radio\"");
    ASSERT_NE(choice, std::string::npos);
    const std::string field = preview.body.substr(preview.body.find("name=\"", choice) + 6, 40);
    const std::string name = field.substr(0, field.find('"'));
    EXPECT_NE(preview.body.find("”Idag är 14 deltagare inskrivna.”"), std::string::npos);
    // The same figure stated twice with one value is one field, not two.
    EXPECT_EQ(occurrences(preview.body, ">Avslutade</label>"), 1u);

    const auto ended_label = preview.body.find(">Avslutade</label>");
    ASSERT_NE(ended_label, std::string::npos);
    const auto for_at = preview.body.rfind("for=\"f-", ended_label) + 7;
    const std::string ended = preview.body.substr(for_at, preview.body.find('"', for_at) - for_at);

    const Answer saved =
        kansli.post_form("/import/spara", {{"_csrf", csrf_in(preview.body)},
                                           {"token", hidden_input(preview.body, "token")},
                                           {name, "14"},
                                           {ended, "3"}});

    ASSERT_EQ(saved.status, 200) << saved.body.substr(0, 2000);
    EXPECT_EQ(stored_values("participants_current"), (std::vector<std::string>{"14", "14"}));
    // A correction of a figure stated twice corrects both statements.
    EXPECT_EQ(stored_values("participants_ended"), (std::vector<std::string>{"3", "3"}));
}

TEST_F(ImportReviewTest, AfterSavingThePageLinksToTheReportAndToTheNextImport) {
    WebClient kansli = client_as("kansli");
    const Answer preview = preview_of_conflict(kansli);
    ASSERT_EQ(preview.status, 200);

    const Answer saved =
        kansli.post_form("/import/spara", {{"_csrf", csrf_in(preview.body)},
                                           {"token", hidden_input(preview.body, "token")}});

    ASSERT_EQ(saved.status, 200);
    EXPECT_NE(saved.body.find("1 rapport sparades"), std::string::npos) << saved.body;
    const std::string report_id = text_of(database(), "SELECT MAX(id) FROM reports");
    // Mustache escapes the slashes of an address.
    EXPECT_NE(saved.body.find("href=\"&#x2F;rapporter&#x2F;" + report_id + "\""),
              std::string::npos);
    EXPECT_NE(saved.body.find("Kvartalsrapport: Vägvisaren"), std::string::npos);
    EXPECT_NE(saved.body.find("href=\"/import\">Importera fler filer"), std::string::npos);
    // Choosing nothing keeps both values, as read.
    EXPECT_EQ(stored_values("participants_current"), (std::vector<std::string>{"15", "14"}));
}

/// Several files at once: the example kvartalsrapport of Vägvisaren, the same report as that
/// of an insats "Stigfinnaren", and a file that is no report.
class ImportBatchTest : public WebTest {
protected:
    static std::string vagvisaren() { return read_file(fixture("conflicting-figures.md")); }
    static std::string stigfinnaren() {
        std::string text = vagvisaren();
        for (auto at = text.find("Vägvisaren"); at != std::string::npos;
             at = text.find("Vägvisaren", at))
            text.replace(at, std::string("Vägvisaren").size(), "Stigfinnaren");
        return text;
    }

    /// Every value of the page's hidden inputs named `name`, in order.
    static std::vector<std::string> hidden_inputs(const std::string& page,
                                                  const std::string& name) {
        std::vector<std::string> values;
        const std::string start = "name=\"" + name + "\" value=\"";
        for (auto at = page.find(start); at != std::string::npos; at = page.find(start, at + 1)) {
            const auto from = at + start.size();
            values.push_back(page.substr(from, page.find('"', from) - from));
        }
        return values;
    }

    int report_count() { return std::stoi(text_of(database(), "SELECT COUNT(*) FROM reports")); }
};

TEST_F(ImportBatchTest, SeveralFilesAreReviewedAndSavedTogetherWithoutAScript) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/import");
    const int before = report_count();

    const Answer preview = kansli.post_multipart(
        "/import", {{"_csrf", csrf_in(form.body), "", ""},
                    {"file", vagvisaren(), "vagvisaren-2025-q1.md", "text/markdown"},
                    {"file", "Protokoll från styrelsemöte.", "protokoll.txt", "text/plain"},
                    {"file", stigfinnaren(), "stigfinnaren-2025-q1.md", "text/markdown"}});

    ASSERT_EQ(preview.status, 200) << preview.body.substr(0, 2000);
    EXPECT_NE(preview.body.find("Så här lästes 2 filer."), std::string::npos);
    EXPECT_NE(preview.body.find(">vagvisaren-2025-q1.md</h2>"), std::string::npos);
    EXPECT_NE(preview.body.find(">stigfinnaren-2025-q1.md</h2>"), std::string::npos);
    EXPECT_NE(preview.body.find("<strong>protokoll.txt</strong>:"), std::string::npos)
        << "the file that is no report is named with why";
    EXPECT_NE(preview.body.find("name=\"u1d0r0_intervention\""), std::string::npos);
    const auto tokens = hidden_inputs(preview.body, "token");
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(report_count(), before) << "nothing is saved before the kansli confirms";

    httplib::Params confirm{{"_csrf", csrf_in(preview.body)}};
    for (const auto& token : tokens)
        confirm.emplace("token", token);
    const Answer saved = kansli.post_form("/import/spara", confirm);

    ASSERT_EQ(saved.status, 200) << saved.body.substr(0, 2000);
    EXPECT_NE(saved.body.find("2 rapporter sparades"), std::string::npos);
    EXPECT_NE(saved.body.find("Kvartalsrapport: Stigfinnaren"), std::string::npos);
    EXPECT_EQ(report_count(), before + 2);
}

TEST_F(ImportBatchTest, AMistakeInOneFileSavesNoneAndSaysWhere) {
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/import");
    const Answer preview = kansli.post_multipart(
        "/import", {{"_csrf", csrf_in(form.body), "", ""},
                    {"file", vagvisaren(), "vagvisaren-2025-q1.md", "text/markdown"},
                    {"file", stigfinnaren(), "stigfinnaren-2025-q1.md", "text/markdown"}});
    ASSERT_EQ(preview.status, 200);
    const int before = report_count();
    httplib::Params confirm{{"_csrf", csrf_in(preview.body)}, {"u1d0r0_period_end", "sista mars"}};
    for (const auto& token : hidden_inputs(preview.body, "token"))
        confirm.emplace("token", token);

    const Answer refused = kansli.post_form("/import/spara", confirm);

    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("Datumet sista mars ska skrivas ÅÅÅÅ-MM-DD."), std::string::npos);
    EXPECT_EQ(report_count(), before);
}

TEST_F(ImportBatchTest, APageScriptSendsFilesOneByOneAndOpensTheirReview) {
    WebClient kansli = client_as("kansli");
    const std::string csrf = kansli.csrf_token("/import");
    const httplib::Headers json{{"Accept", "application/json"}};
    std::vector<std::string> tokens;
    for (const auto& [content, name] : {std::pair{vagvisaren(), "vagvisaren-2025-q1.md"},
                                        std::pair{stigfinnaren(), "stigfinnaren-2025-q1.md"}}) {
        const Answer read = kansli.post_multipart(
            "/import", {{"_csrf", csrf, "", ""}, {"file", content, name, "text/markdown"}}, json);
        ASSERT_EQ(read.status, 200) << read.body;
        EXPECT_EQ(read.json()["file_name"], name);
        tokens.push_back(read.json()["token"]);
    }
    const Answer refused = kansli.post_multipart(
        "/import", {{"_csrf", csrf, "", ""}, {"file", "Inget.", "protokoll.txt", "text/plain"}},
        json);

    const Answer review = kansli.get("/import/granska?fil=" + tokens[0] + "&fil=" + tokens[1]);

    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.json()["error"]["fields"][0]["field"], "file");
    ASSERT_EQ(review.status, 200) << review.body.substr(0, 2000);
    EXPECT_EQ(hidden_inputs(review.body, "token"), tokens);
    EXPECT_NE(review.body.find(">stigfinnaren-2025-q1.md</h2>"), std::string::npos);
    EXPECT_EQ(kansli.get("/import/granska?fil=okand").status, 410);
    EXPECT_EQ(client_as("styrelse").get("/import/granska?fil=" + tokens[0]).status, 403);
}

} // namespace
} // namespace finsam::testing
