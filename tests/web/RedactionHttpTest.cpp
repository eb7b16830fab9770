#include "WebTestSupport.h"
#include "storage/AuditStore.h"
#include "storage/ReportStore.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using nlohmann::json;

constexpr const char* k_name = "Anna Svensson";
constexpr const char* k_phone = "070-123 45 67";
constexpr const char* k_email = "anna.svensson@example.se";

/// The tester's finding (issue 8): a name, phone number and e-mail address taken out in a
/// later version stayed readable in the first version and in the comparison of the two.
class RedactionHttpTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        const Period quarter = Period::quarter_of(date(2024, 10, 1));
        const std::string named = std::string("Gruppen har träffats. ") + k_name + " nås på " +
                                  k_phone + " och " + k_email + ".";
        ReportStore store(database(), system_clock());
        const auto first = store.save_document(
            m_association, {"q4.pdf", SourceFormat::Pdf, "q4", ReportKind::Quarterly},
            {quarterly_report("Kärnhuset 2.0", quarter, named)});
        ASSERT_TRUE(first) << first.error().message;
        m_report = first->reports[0].report_id;
        const auto second = store.save_document(
            m_association, {"q4-rättad.pdf", SourceFormat::Pdf, "q4b", ReportKind::Quarterly},
            {quarterly_report("Kärnhuset 2.0", quarter, "Gruppen har träffats.")});
        ASSERT_TRUE(second) << second.error().message;
    }

    std::string version_path(int version) const {
        return "/rapporter/" + std::to_string(m_report) + "/versioner/" + std::to_string(version);
    }

    /// Posts the version page's own removal form.
    Answer redact_on_page(WebClient& client, int version, const std::string& phrases) {
        const Answer page = client.get(version_path(version));
        EXPECT_EQ(page.status, 200);
        return client.post_form(version_path(version) + "/gallra",
                                {{"_csrf", csrf_in(page.body)}, {"phrases", phrases}});
    }

    static bool names_the_person(const std::string& page) {
        return page.find(k_name) != std::string::npos || page.find(k_phone) != std::string::npos ||
               page.find(k_email) != std::string::npos;
    }

    std::int64_t m_report = 0;
};

TEST_F(RedactionHttpTest, AfterRemovalNeitherTheVersionNorTheComparisonShowsThePerson) {
    WebClient kansli = client_as("kansli");
    ASSERT_TRUE(names_the_person(kansli.get(version_path(1)).body));
    ASSERT_TRUE(names_the_person(kansli.get(version_path(2)).body))
        << "the comparison shows the removed text as deleted";

    const Answer done =
        redact_on_page(kansli, 1, std::string(k_name) + "\n" + k_phone + "\n" + k_email);

    EXPECT_EQ(done.status, 303) << done.body;
    EXPECT_EQ(done.location(), version_path(1));
    const Answer first = kansli.get(version_path(1));
    EXPECT_FALSE(names_the_person(first.body));
    EXPECT_NE(first.body.find("[borttaget] nås på [borttaget] och [borttaget]."),
              std::string::npos);
    EXPECT_NE(first.body.find("Personuppgifter gallrade "), std::string::npos);
    EXPECT_NE(first.body.find(" av Karin Kansli."), std::string::npos);
    const Answer comparison = kansli.get(version_path(2));
    EXPECT_EQ(comparison.status, 200);
    EXPECT_FALSE(names_the_person(comparison.body));
    EXPECT_FALSE(names_the_person(client_as("agare").get(version_path(1)).body));

    const auto audit = AuditStore(database()).list(m_association, 20);
    ASSERT_TRUE(audit);
    const auto event = std::find_if(audit->begin(), audit->end(), [](const AuditEvent& each) {
        return each.action == AuditAction::Redact;
    });
    ASSERT_NE(event, audit->end());
    EXPECT_EQ(event->user_id, user_id("kansli"));
    EXPECT_EQ(event->object_id, m_report);
    EXPECT_EQ(event->detail, "version 1 (3 passages)");
}

TEST_F(RedactionHttpTest, ATextTheVersionLacksIsShownBesideTheFormAndNothingChanges) {
    WebClient kansli = client_as("kansli");

    const Answer answer = redact_on_page(kansli, 2, k_name);

    EXPECT_EQ(answer.status, 422);
    EXPECT_NE(answer.body.find("finns inte i version 2"), std::string::npos);
    EXPECT_NE(answer.body.find("aria-invalid=\"true\""), std::string::npos);
    EXPECT_TRUE(names_the_person(kansli.get(version_path(1)).body));
}

TEST_F(RedactionHttpTest, OnlyTheKansliSeesTheFormAndMayPostIt) {
    WebClient kansli = client_as("kansli");
    const Answer kansli_page = kansli.get(version_path(1));
    EXPECT_NE(kansli_page.body.find("Gallra personuppgifter"), std::string::npos);
    EXPECT_NE(kansli_page.body.find("<label for=\"f-phrases\">"), std::string::npos);
    EXPECT_NE(kansli_page.body.find("<label for=\"f-every-version\">"), std::string::npos);

    WebClient agare = client_as("agare");
    const Answer page = agare.get(version_path(1));
    EXPECT_EQ(page.body.find("Gallra personuppgifter"), std::string::npos);
    const Answer refused = agare.post_form(version_path(1) + "/gallra",
                                           {{"_csrf", csrf_in(page.body)}, {"phrases", k_name}});

    EXPECT_EQ(refused.status, 403);
    EXPECT_TRUE(names_the_person(kansli.get(version_path(1)).body));
    const Answer forged = kansli.post_form(version_path(1) + "/gallra", {{"phrases", k_name}});
    EXPECT_EQ(forged.status, 403) << "a post without the session's CSRF token";
    EXPECT_TRUE(names_the_person(kansli.get(version_path(1)).body));
}

TEST_F(RedactionHttpTest, TheApiRemovesThePhraseFromEveryVersion) {
    const auto path = "/api/v1/rapporter/" + std::to_string(m_report) + "/versioner/1/gallra";
    const httplib::Headers kansli{{"Authorization", "Bearer " + api_token_for("kansli")}};
    const httplib::Headers agare{{"Authorization", "Bearer " + api_token_for("agare")}};
    const json body{{"phrases", {k_name, "Gruppen har träffats"}}, {"every_version", true}};

    EXPECT_EQ(anonymous().post_body(path, body.dump(), "application/json", agare).status, 403);
    EXPECT_EQ(anonymous()
                  .post_body(path, json{{"phrases", k_name}}.dump(), "application/json", kansli)
                  .status,
              400);
    const Answer answer = anonymous().post_body(path, body.dump(), "application/json", kansli);

    ASSERT_EQ(answer.status, 200) << answer.body;
    const json redacted = answer.json()["redacted"];
    ASSERT_EQ(redacted.size(), 2U);
    EXPECT_EQ(redacted[0]["version"], 1);
    EXPECT_EQ(redacted[0]["passages"], 2);
    EXPECT_EQ(redacted[1]["version"], 2);
    EXPECT_EQ(redacted[1]["passages"], 1);
    WebClient browser = client_as("kansli");
    EXPECT_EQ(browser.get(version_path(1)).body.find(k_name), std::string::npos);
    EXPECT_EQ(browser.get(version_path(2)).body.find("Gruppen har träffats"), std::string::npos);
}

} // namespace
} // namespace finsam::testing
