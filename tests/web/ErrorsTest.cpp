#include "WebTestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using ErrorsTest = WebTest;

void expect_security_headers(const Answer& answer, const std::string& what) {
    EXPECT_EQ(answer.header("X-Frame-Options"), "DENY") << what;
    EXPECT_EQ(answer.header("X-Content-Type-Options"), "nosniff") << what;
    const std::string policy = answer.header("Content-Security-Policy");
    EXPECT_NE(policy.find("default-src 'self'"), std::string::npos) << what << ": " << policy;
    EXPECT_NE(policy.find("script-src 'self'"), std::string::npos) << what << ": " << policy;
    EXPECT_NE(policy.find("frame-ancestors 'none'"), std::string::npos) << what << ": " << policy;
    EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << what << ": " << policy;
}

TEST_F(ErrorsTest, AnUnknownPathIs404SidanFinnsInte) {
    WebClient without_session = anonymous();
    WebClient kansli = client_as("kansli");
    for (WebClient* client : {&without_session, &kansli}) {
        const Answer answer = client->get("/finns-inte/alls");
        EXPECT_EQ(answer.status, 404);
        EXPECT_NE(answer.body.find("<h1>Sidan finns inte</h1>"), std::string::npos);
        EXPECT_NE(answer.body.find("<html lang=\"sv\">"), std::string::npos);
        EXPECT_NE(answer.header("Content-Type").find("text/html"), std::string::npos);
    }
}

TEST_F(ErrorsTest, AnUnknownPathWithASessionKeepsThe404) {
    const Answer answer = client_as("kansli").post_form("/finns-inte", {});
    EXPECT_EQ(answer.status, 404);
    EXPECT_NE(answer.body.find("Sidan finns inte"), std::string::npos);
}

TEST_F(ErrorsTest, AnIdThatIsNotANumberIs404) {
    WebClient client = client_as("kansli");
    EXPECT_EQ(client.get("/insatser/abc").status, 404);
    EXPECT_EQ(client.get("/rapporter/-1").status, 404);
    EXPECT_EQ(client.get("/rapporter/99999999999999999999999").status, 404);
}

TEST_F(ErrorsTest, AnUnknownApiPathIs404Json) {
    const Answer answer = client_as("kansli").get("/api/v1/finns-inte");
    EXPECT_EQ(answer.status, 404);
    EXPECT_EQ(answer.json()["error"]["code"], "not_found");
    EXPECT_NE(answer.header("Content-Type").find("application/json"), std::string::npos);
}

TEST_F(ErrorsTest, AForbiddenPageIs403AtkomstNekad) {
    const Answer answer = client_as("agare").get("/installningar");
    EXPECT_EQ(answer.status, 403);
    EXPECT_NE(answer.body.find("<h1>Åtkomst nekad</h1>"), std::string::npos);
    EXPECT_NE(answer.body.find("<title>Åtkomst nekad – Finsam uppföljning</title>"),
              std::string::npos);
}

TEST_F(ErrorsTest, PagesCarryTheSecurityHeaders) {
    WebClient kansli = client_as("kansli");
    expect_security_headers(anonymous().get("/login"), "/login");
    expect_security_headers(anonymous().get("/insatser"), "redirect");
    expect_security_headers(anonymous().get("/static/finsam.css"), "static");
    expect_security_headers(kansli.get("/oversikt"), "/oversikt");
    expect_security_headers(kansli.get("/insatser/" + std::to_string(m_karnhuset)), "insats");
    expect_security_headers(kansli.get("/finns-inte"), "404");
    expect_security_headers(client_as("agare").get("/installningar"), "403");
    expect_security_headers(kansli.get("/api/v1/insatser"), "api");
    expect_security_headers(anonymous().get("/api/v1/insatser"), "api 401");
    expect_security_headers(kansli.post_form("/installningar", {}), "csrf 403");
}

TEST_F(ErrorsTest, PagesWithDataAreNotCached) {
    WebClient kansli = client_as("kansli");
    for (const std::string& path : Strings{"/oversikt", "/insatser", "/api/v1/insatser",
                                           "/rapporter/" + std::to_string(m_karnhuset_report)}) {
        EXPECT_EQ(kansli.get(path).header("Cache-Control"), "no-store") << path;
    }
}

TEST_F(ErrorsTest, PagesAreSwedishUtf8Html) {
    const Answer answer = client_as("kansli").get("/insatser");
    EXPECT_EQ(answer.header("Content-Type"), "text/html; charset=utf-8");
    EXPECT_NE(answer.body.find("<html lang=\"sv\">"), std::string::npos);
    EXPECT_NE(answer.body.find("<h1>Insatser</h1>"), std::string::npos);
}

} // namespace
} // namespace finsam::testing
