#include "WebTestSupport.h"

#include <gtest/gtest.h>
#include <regex>

namespace finsam::testing {
namespace {

/// The invitation link a page shows: its path on the server.
std::string link_path_in(const std::string& page) {
    const std::string decoded = decode_entities(page);
    std::smatch match;
    const std::regex link(R"re(value="http://[^/"]+(/losenord/[A-Za-z0-9_-]+)")re");
    return std::regex_search(decoded, match, link) ? match[1].str() : std::string();
}

class UserAdministrationHttpTest : public WebTest {
protected:
    /// Posts the Användare page's invitation form; the page with the link.
    Answer invite(WebClient& client, const httplib::Params& fields) {
        httplib::Params form = fields;
        form.emplace("_csrf", client.csrf_token("/anvandare"));
        return client.post_form("/anvandare", form);
    }
};

TEST_F(UserAdministrationHttpTest, AnInvitedUserSetsTheirPasswordThroughTheLinkAndLogsIn) {
    WebClient kansli = client_as("kansli");

    const Answer invited = invite(kansli, {{"display_name", "Olle Ägare"},
                                           {"username", "olle"},
                                           {"role", "insatsagare"},
                                           {"insats", "Kärnhuset 2.0"}});

    ASSERT_EQ(invited.status, 200) << invited.body;
    const std::string link = link_path_in(invited.body);
    ASSERT_FALSE(link.empty()) << invited.body;
    EXPECT_EQ(text_of(database(), "SELECT COUNT(*) FROM invitations WHERE token_hash LIKE '%" +
                                      link.substr(std::string("/losenord/").size()) + "%'"),
              "0")
        << "only the token's digest is stored";
    WebClient olle = anonymous();
    const Answer form = olle.get(link);
    ASSERT_EQ(form.status, 200);
    EXPECT_NE(form.body.find("olle"), std::string::npos);
    const Answer mismatch =
        olle.post_form(link, {{"password", "Olles-lösenord"}, {"password_again", "Annat"}});
    EXPECT_EQ(mismatch.status, 422);
    const Answer saved = olle.post_form(
        link, {{"password", "Olles-lösenord"}, {"password_again", "Olles-lösenord"}});
    EXPECT_EQ(saved.status, 303);
    EXPECT_EQ(saved.location(), "/login?losenord=sparat");
    EXPECT_EQ(olle.log_in("olle", "Olles-lösenord").status, 303);
    EXPECT_EQ(olle.get("/insatser").status, 200);
    EXPECT_EQ(anonymous().get(link).status, 404) << "a link is used once";
}

TEST_F(UserAdministrationHttpTest, AnInvitationThatDoesNotValidateSaysWhereAndAddsNoOne) {
    WebClient kansli = client_as("kansli");

    const Answer taken = invite(kansli, {{"username", "agare"}, {"role", "insatsagare"}});
    const Answer admin = invite(kansli, {{"username", "ny"}, {"role", "admin"}});

    EXPECT_EQ(taken.status, 422);
    EXPECT_NE(taken.body.find("Användarnamnet agare är upptaget."), std::string::npos);
    EXPECT_EQ(admin.status, 422);
    EXPECT_NE(admin.body.find("Bara en administratör kan ge rollen admin."), std::string::npos);
    EXPECT_EQ(text_of(database(), "SELECT COUNT(*) FROM users WHERE username = 'ny'"), "0");
}

TEST_F(UserAdministrationHttpTest, OnlyAdminAndKansliReachTheAdministrationPages) {
    const std::string agare = std::to_string(user_id("agare"));
    for (const char* username : {"agare", "styrelse"}) {
        WebClient client = client_as(username);
        for (const std::string& path : std::vector<std::string>{
                 "/anvandare", "/anvandare/" + agare, "/handelselogg", "/handelselogg.csv"})
            EXPECT_EQ(client.get(path).status, 403) << username << " " << path;
        const Answer disable =
            client.post_form("/anvandare/" + agare + "/stang-av", {{"_csrf", client.csrf_token()}});
        EXPECT_EQ(disable.status, 403) << username;
    }
    EXPECT_EQ(text_of(database(), "SELECT COUNT(*) FROM users WHERE disabled_at IS NOT NULL"), "0");
    EXPECT_EQ(client_as("admin").get("/anvandare").status, 200);
    EXPECT_EQ(
        client_as("kansli").get("/anvandare/" + std::to_string(user_id("kansli_annat"))).status,
        404);
}

TEST_F(UserAdministrationHttpTest, AChangeWithoutTheFormsTokenIsRefused) {
    WebClient kansli = client_as("kansli");
    const std::string agare = std::to_string(user_id("agare"));

    for (const std::string& path :
         std::vector<std::string>{"/anvandare/" + agare + "/stang-av",
                                  "/anvandare/" + agare + "/aterstall", "/anvandare"})
        EXPECT_EQ(kansli.post_form(path, {{"username", "x"}, {"role", "styrelse"}}).status, 403)
            << path;
    EXPECT_EQ(text_of(database(), "SELECT COUNT(*) FROM invitations"), "0");
}

TEST_F(UserAdministrationHttpTest, TheKansliDisablesAndEnablesAUserAndRevokesATokenInTheBrowser) {
    WebClient kansli = client_as("kansli");
    WebClient agare = client_as("agare");
    const std::string token = api_token_for("agare");
    const std::string page = "/anvandare/" + std::to_string(user_id("agare"));

    const Answer disabled = kansli.post_form(page + "/stang-av", {{"_csrf", kansli.csrf_token()}});

    EXPECT_EQ(disabled.status, 303);
    EXPECT_EQ(disabled.location(), page + "?sparat=avstangd");
    EXPECT_NE(agare.get("/insatser").status, 200);
    EXPECT_NE(kansli.get(disabled.location()).body.find("Användaren är avstängd."),
              std::string::npos);
    EXPECT_EQ(kansli.post_form(page + "/aktivera", {{"_csrf", kansli.csrf_token()}}).status, 303);
    EXPECT_EQ(anonymous().get("/api/v1/insatser", {{"Authorization", "Bearer " + token}}).status,
              200);

    const std::string token_id = text_of(database(), "SELECT id FROM api_tokens WHERE user_id = " +
                                                         std::to_string(user_id("agare")));
    const Answer revoked = kansli.post_form("/api-nycklar/" + token_id + "/aterkalla",
                                            {{"_csrf", kansli.csrf_token("/anvandare")}});

    EXPECT_EQ(revoked.status, 303);
    EXPECT_EQ(anonymous().get("/api/v1/insatser", {{"Authorization", "Bearer " + token}}).status,
              401);
    const std::string foreign_token_id = [&] {
        api_token_for("kansli_annat");
        return text_of(database(), "SELECT id FROM api_tokens WHERE user_id = " +
                                       std::to_string(user_id("kansli_annat")));
    }();
    EXPECT_EQ(kansli
                  .post_form("/api-nycklar/" + foreign_token_id + "/aterkalla",
                             {{"_csrf", kansli.csrf_token()}})
                  .status,
              404);
}

TEST_F(UserAdministrationHttpTest, AResetGivesALinkAndTheOldPasswordWorksUntilItIsUsed) {
    WebClient kansli = client_as("kansli");
    const std::string page = "/anvandare/" + std::to_string(user_id("agare"));

    const Answer reset =
        kansli.post_form(page + "/aterstall", {{"_csrf", kansli.csrf_token(page)}});

    ASSERT_EQ(reset.status, 200);
    const std::string link = link_path_in(reset.body);
    ASSERT_FALSE(link.empty());
    WebClient agare = anonymous();
    EXPECT_EQ(agare.log_in("agare", k_password).status, 303);
    EXPECT_EQ(
        anonymous()
            .post_form(link, {{"password", "Nytt-lösenord"}, {"password_again", "Nytt-lösenord"}})
            .status,
        303);
    EXPECT_NE(agare.get("/insatser").status, 200) << "the new password ends the sessions";
    EXPECT_NE(anonymous().log_in("agare", k_password).status, 303);
    EXPECT_EQ(anonymous().log_in("agare", "Nytt-lösenord").status, 303);
}

TEST_F(UserAdministrationHttpTest, TheAuditTrailNamesPeopleFiltersAndExportsCsv) {
    WebClient kansli = client_as("kansli");
    const std::string page = "/anvandare/" + std::to_string(user_id("agare"));
    ASSERT_EQ(kansli.post_form(page + "/stang-av", {{"_csrf", kansli.csrf_token()}}).status, 303);

    const Answer trail = kansli.get("/handelselogg?vad=disable");
    const Answer csv = kansli.get("/handelselogg.csv?vad=disable");
    const Answer wrong = kansli.get("/handelselogg?fran=igår");

    ASSERT_EQ(trail.status, 200);
    EXPECT_NE(trail.body.find("Stängde av användare Anna Ägare"), std::string::npos);
    EXPECT_NE(trail.body.find("<td>Karin Kansli</td>"), std::string::npos);
    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.header("Content-Disposition").find("handelselogg.csv"), std::string::npos);
    EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0u) << "a byte order mark for Excel";
    EXPECT_NE(csv.body.find("Karin Kansli;Stängde av användare Anna Ägare"), std::string::npos)
        << csv.body;
    EXPECT_EQ(csv.body.find("Loggade"), std::string::npos) << "only the filtered action";
    EXPECT_EQ(wrong.status, 422);
    EXPECT_NE(wrong.body.find("Skriv datumet som ÅÅÅÅ-MM-DD"), std::string::npos);
}

TEST_F(UserAdministrationHttpTest, TheKansliGivesAnAddressWhenInvitingAndChangesItOnTheUsersPage) {
    WebClient kansli = client_as("kansli");
    const Answer invited = invite(kansli, {{"display_name", "Olle Ägare"},
                                           {"username", "olle"},
                                           {"role", "insatsagare"},
                                           {"email", "olle@exempel.se"}});
    ASSERT_EQ(invited.status, 200) << invited.body;
    const std::string olle = text_of(database(), "SELECT id FROM users WHERE username = 'olle'");
    EXPECT_EQ(text_of(database(), "SELECT email FROM users WHERE id = " + olle), "olle@exempel.se");
    const std::string page = "/anvandare/" + olle;
    EXPECT_NE(kansli.get(page).body.find("olle@exempel.se"), std::string::npos);

    const Answer wrong =
        kansli.post_form(page + "/epost", {{"_csrf", kansli.csrf_token()}, {"email", "olle@"}});
    const Answer changed = kansli.post_form(
        page + "/epost", {{"_csrf", kansli.csrf_token()}, {"email", "olle.agare@exempel.se"}});

    EXPECT_EQ(wrong.status, 422);
    EXPECT_NE(wrong.body.find("Ange en e-postadress som namn@exempel.se."), std::string::npos);
    EXPECT_NE(wrong.body.find("value=\"olle@\""), std::string::npos) << "what was typed stays";
    EXPECT_EQ(changed.status, 303);
    EXPECT_NE(kansli.get(changed.location()).body.find("E-postadressen är sparad."),
              std::string::npos);
    EXPECT_EQ(text_of(database(), "SELECT email FROM users WHERE id = " + olle),
              "olle.agare@exempel.se");
    WebClient styrelse = client_as("styrelse");
    EXPECT_EQ(styrelse
                  .post_form(page + "/epost",
                             {{"_csrf", styrelse.csrf_token()}, {"email", "x@exempel.se"}})
                  .status,
              403);
}

} // namespace
} // namespace finsam::testing
