// The operator's `finsam user …` commands, run as the real executable.
#include "FinsamCommand.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <sstream>

namespace finsam::testing {
namespace {

constexpr const char* k_forbund = "--forbund 'Samordningsförbundet Test' ";

class UserCommandsTest : public FinsamCommand {
protected:
    void SetUp() override {
        // The commands read a new password from here instead of asking on the terminal.
        setenv("FINSAM_PASSWORD", "Rätt-lösenord-2024", 1);
        const auto added = user("add kansli --role kansli --name 'Karin Kansli'");
        ASSERT_EQ(added.exit_status, 0) << added.err;
    }

    CommandResult user(const std::string& arguments) {
        return run(std::string(k_forbund) + "user " + arguments);
    }

    /// A new token for the user: what the command printed, without its newline.
    std::string new_token(const std::string& username, const std::string& name) {
        const auto made = user("token " + username + " '" + name + "'");
        EXPECT_EQ(made.exit_status, 0) << made.err;
        return made.out.substr(0, made.out.find('\n'));
    }
};

/// The line of the listing that names `text`; empty when none does.
std::string line_with(const std::string& listing, const std::string& text) {
    std::istringstream lines(listing);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.find(text) != std::string::npos)
            return line;
    }
    return "";
}

TEST_F(UserCommandsTest, TokensAreListedButNeverShownAndRevokedById) {
    const std::string token = new_token("kansli", "Ekonomisystemet");
    ASSERT_GE(token.size(), 32u);

    const auto listed = user("token list");
    const auto revoked = user("token revoke 1");
    const auto after = user("token list kansli");
    const auto unknown = user("token revoke 99");

    ASSERT_EQ(listed.exit_status, 0) << listed.err;
    const std::string before_line = line_with(listed.out, "Ekonomisystemet");
    EXPECT_NE(before_line.find("kansli"), std::string::npos) << listed.out;
    EXPECT_TRUE(before_line.ends_with("–")) << "revoked before it was: " << before_line;
    EXPECT_EQ(listed.out.find(token), std::string::npos);
    ASSERT_EQ(revoked.exit_status, 0) << revoked.err;
    EXPECT_NE(revoked.out.find("API-nyckeln 1 (Ekonomisystemet, kansli) är återkallad."),
              std::string::npos);
    EXPECT_EQ(line_with(after.out, "Ekonomisystemet").back(), 'Z') << after.out;
    EXPECT_EQ(unknown.exit_status, 1);
    EXPECT_NE(unknown.err.find("Det finns ingen API-nyckel med id 99."), std::string::npos);
}

TEST_F(UserCommandsTest, ANewPasswordSaysHowManyTokensItRevoked) {
    new_token("kansli", "Ekonomisystemet");
    new_token("kansli", "Skript");

    const auto changed = user("passwd kansli");

    ASSERT_EQ(changed.exit_status, 0) << changed.err;
    EXPECT_NE(changed.out.find("2 API-nycklar har återkallats"), std::string::npos) << changed.out;
    EXPECT_EQ(line_with(user("token list").out, "Skript").back(), 'Z');
}

TEST_F(UserCommandsTest, AUserIsDisabledAndEnabledByName) {
    const auto disabled = user("disable kansli");
    const auto listed_disabled = user("list");
    const auto enabled = user("enable kansli");
    const auto listed_enabled = user("list");
    const auto unknown = user("disable okand");

    ASSERT_EQ(disabled.exit_status, 0) << disabled.err;
    EXPECT_NE(line_with(listed_disabled.out, "kansli").find("(avstängd)"), std::string::npos);
    ASSERT_EQ(enabled.exit_status, 0) << enabled.err;
    EXPECT_EQ(line_with(listed_enabled.out, "kansli").find("(avstängd)"), std::string::npos);
    EXPECT_EQ(unknown.exit_status, 1);
    EXPECT_NE(unknown.err.find("Det finns ingen användare okand."), std::string::npos);
}

TEST_F(UserCommandsTest, AnInvitationAndAResetPrintALinkToPassOn) {
    const auto invited = user("invite olle --role styrelse --name 'Olle Ledamot' --url "
                              "https://finsam.example.se/");
    const auto reset = user("reset olle --url https://finsam.example.se");
    const auto unknown = user("reset okand");

    ASSERT_EQ(invited.exit_status, 0) << invited.err;
    EXPECT_TRUE(invited.out.starts_with("https://finsam.example.se/losenord/")) << invited.out;
    EXPECT_NE(invited.err.find("Ge länken till Olle Ledamot."), std::string::npos) << invited.err;
    EXPECT_NE(line_with(user("list").out, "olle").find("Olle Ledamot"), std::string::npos);
    ASSERT_EQ(reset.exit_status, 0) << reset.err;
    EXPECT_TRUE(reset.out.starts_with("https://finsam.example.se/losenord/")) << reset.out;
    EXPECT_NE(reset.out, invited.out);
    EXPECT_EQ(unknown.exit_status, 1);
    EXPECT_NE(unknown.err.find("Det finns ingen användare okand."), std::string::npos);
}

TEST_F(UserCommandsTest, TheCommandsReachOnlyTheUsersOfTheirForbund) {
    const auto other = run("--forbund 'Annat förbund' user disable kansli");

    EXPECT_EQ(other.exit_status, 1);
    EXPECT_NE(other.err.find("Det finns ingen användare kansli."), std::string::npos) << other.err;
    EXPECT_EQ(line_with(user("list").out, "kansli").find("avstängd"), std::string::npos);
}

} // namespace
} // namespace finsam::testing
