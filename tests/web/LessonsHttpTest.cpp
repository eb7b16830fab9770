// The lessons page and its JSON, as each role reaches them.
#include "WebTestSupport.h"
#include "storage/ReportStore.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Kärnhuset 2.0, agare's insats, has a slutrapport for the first half of 2024 with lessons.
class LessonsHttpTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        Report report;
        report.kind = ReportKind::Final;
        report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun", InterventionKind::Individual};
        report.period = {date(2024, 1, 1), date(2024, 6, 30)};
        report.sections = {{"6.1", "Lärdomar", "Arbetsgivarna behöver stöd tidigt."},
                           {"6.4", "Framgångsfaktorer", "Samverkan med vården."}};
        const auto saved =
            ReportStore(database(), system_clock())
                .save_document(m_association, {"slut.pdf", SourceFormat::Pdf, "slut", report.kind},
                               {report});
        ASSERT_TRUE(saved) << saved.error().message;
    }
};

TEST_F(LessonsHttpTest, TheKansliReadsThePeriodsLessonsAndSearchesThem) {
    WebClient kansli = client_as("kansli");

    const Answer page = kansli.get("/lardomar?period=2024");

    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Lärdomar 2024"));
    EXPECT_TRUE(contains(page.body, "Arbetsgivarna behöver stöd tidigt."));
    EXPECT_TRUE(contains(page.body, "Samverkan med vården."));
    EXPECT_TRUE(contains(page.body, "href=\"&#x2F;lardomar\"")) << "the menu leads here";

    const Answer found = kansli.get("/lardomar?period=2024&q=arbetsgivare");
    ASSERT_EQ(found.status, 200);
    EXPECT_TRUE(contains(found.body, "<mark>Arbetsgivarna</mark> behöver stöd tidigt."));
    EXPECT_FALSE(contains(found.body, "Samverkan med vården."));

    const Answer json = kansli.get("/api/v1/lardomar?period=2024&q=arbetsgivare");
    ASSERT_EQ(json.status, 200);
    const auto body = json.json();
    EXPECT_EQ(body["period"]["name"], "2024");
    ASSERT_EQ(body["insatser"].size(), 1U);
    EXPECT_EQ(body["insatser"][0]["name"], "Kärnhuset 2.0");
    EXPECT_EQ(body["insatser"][0]["headings"][2]["texts"][0]["text"],
              "Arbetsgivarna behöver stöd tidigt.");
}

TEST_F(LessonsHttpTest, TheBoardSeesNothingUnreviewedAndAWrongPeriodIsSaidAtItsField) {
    WebClient board = client_as("styrelse");

    const Answer page = board.get("/lardomar?period=2024");
    ASSERT_EQ(page.status, 200);
    EXPECT_FALSE(contains(page.body, "Arbetsgivarna"));
    EXPECT_TRUE(contains(page.body, "Periodens rapporter har inga lärdomar ännu."));

    const Answer wrong = board.get("/lardomar?period=f%C3%B6rr");
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(contains(wrong.body, "href=\"#f-period\""));
    EXPECT_EQ(board.get("/api/v1/lardomar?period=x").status, 422);
}

TEST_F(LessonsHttpTest, AnInsatsagareReadsTheirOwnAndAVisitorMustSignIn) {
    const Answer own = client_as("agare").get("/lardomar?period=2024");
    ASSERT_EQ(own.status, 200);
    EXPECT_TRUE(contains(own.body, "Arbetsgivarna behöver stöd tidigt."));

    const Answer visitor = anonymous().get("/lardomar");
    EXPECT_EQ(visitor.status, 303);
}

} // namespace
} // namespace finsam::testing
