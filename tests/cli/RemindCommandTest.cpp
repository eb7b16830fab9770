#include "FinsamCommand.h"

#include <cstdlib>

namespace finsam::testing {
namespace {

/// Sets environment variables for the commands a test runs, and removes them afterwards.
class Environment {
public:
    Environment(std::initializer_list<std::pair<const char*, const char*>> variables) {
        for (const auto& [name, value] : variables) {
            setenv(name, value, 1);
            m_names.push_back(name);
        }
    }
    ~Environment() {
        for (const auto* name : m_names)
            unsetenv(name);
    }
    Environment(const Environment&) = delete;
    Environment& operator=(const Environment&) = delete;

private:
    std::vector<const char*> m_names;
};

using RemindCommandTest = FinsamCommand;

TEST_F(RemindCommandTest, WithoutAnSmtpServerItSaysHowToSetOneUp) {
    unsetenv("FINSAM_SMTP_HOST");

    const auto result = run("remind");

    EXPECT_EQ(result.exit_status, 2);
    EXPECT_NE(result.err.find("FINSAM_SMTP_HOST"), std::string::npos) << result.err;
}

TEST_F(RemindCommandTest, AnUnusableSettingIsNamedAndThePasswordNeverShown) {
    const Environment environment{{"FINSAM_SMTP_HOST", "127.0.0.1"},
                                  {"FINSAM_SMTP_STARTTLS", "kanske"},
                                  {"FINSAM_SMTP_PASSWORD", "Hemligt-SMTP-losen"},
                                  {"FINSAM_MAIL_FROM", "uppfoljning@exempel.se"},
                                  {"FINSAM_BASE_URL", "https://finsam.exempel.se"}};

    const auto result = run("--verbose remind");

    EXPECT_EQ(result.exit_status, 2);
    EXPECT_NE(result.err.find("FINSAM_SMTP_STARTTLS"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("Hemligt-SMTP-losen"), std::string::npos) << result.err;
    EXPECT_EQ(result.out.find("Hemligt-SMTP-losen"), std::string::npos) << result.out;
}

TEST_F(RemindCommandTest, AnEmptyDatabaseHasNothingToSend) {
    // Nothing waits to be sent, so the mail server (none listens on port 1) is never asked.
    const Environment environment{{"FINSAM_SMTP_HOST", "127.0.0.1"},
                                  {"FINSAM_SMTP_PORT", "1"},
                                  {"FINSAM_SMTP_STARTTLS", "off"},
                                  {"FINSAM_MAIL_FROM", "uppfoljning@exempel.se"},
                                  {"FINSAM_BASE_URL", "https://finsam.exempel.se/"}};

    const auto result = run("remind --date 2026-10-10");
    const auto wrong_day = run("remind --date 2026-13-01");

    EXPECT_EQ(result.exit_status, 0) << result.err;
    EXPECT_NE(result.out.find("Skickade: 0"), std::string::npos) << result.out;
    EXPECT_EQ(wrong_day.exit_status, 2);
}

} // namespace
} // namespace finsam::testing
