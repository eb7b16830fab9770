#include "mail/SmtpMailer.h"

#include "SmtpSink.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

SmtpSettings loopback(int port) {
    SmtpSettings settings;
    settings.host = "127.0.0.1";
    settings.port = port;
    settings.starttls = StartTls::Off;
    settings.from_address = "uppfoljning@exempel.se";
    settings.timeout = std::chrono::seconds(10);
    return settings;
}

MailMessage reminder() {
    return {
        "anna@exempel.se", "Anna Ägare", "Påminnelse: kvartalsrapport för Kärnhuset 2.0",
        "Kvartalsrapporten ska vara inskickad senast 2025-01-15.\n\nhttps://finsam/insatser/1\n",
        "<finsam-notification-1-0@finsam.invalid>"};
}

TEST(SmtpMailerTest, AMessageArrivesAtTheSmtpServerAsItWasWritten) {
    TemporaryDirectory directory;
    SmtpSink sink((directory.path() / "mail").string());
    if (!sink.port())
        GTEST_SKIP() << sink.why();
    SmtpMailer mailer(loopback(*sink.port()), system_clock());

    const auto sent = mailer.send(reminder());

    ASSERT_TRUE(sent) << sent.error().reason;
    const auto messages = sink.messages();
    ASSERT_EQ(messages.size(), 1u);
    const auto& message = messages[0];
    EXPECT_EQ(message["mail_from"], "uppfoljning@exempel.se");
    EXPECT_EQ(message["rcpt_tos"], nlohmann::json::array({"anna@exempel.se"}));
    EXPECT_EQ(message["to"], "Anna Ägare <anna@exempel.se>");
    EXPECT_EQ(message["from"], "Finsam uppföljning <uppfoljning@exempel.se>");
    EXPECT_EQ(message["subject"], "Påminnelse: kvartalsrapport för Kärnhuset 2.0");
    EXPECT_EQ(message["auto_submitted"], "auto-generated");
    EXPECT_EQ(message["body"], "Kvartalsrapporten ska vara inskickad senast 2025-01-15.\r\n\r\n"
                               "https://finsam/insatser/1\r\n");
}

TEST(SmtpMailerTest, StartTlsRequiredSendsNothingToAServerWithoutIt) {
    TemporaryDirectory directory;
    SmtpSink sink((directory.path() / "mail").string());
    if (!sink.port())
        GTEST_SKIP() << sink.why();
    SmtpSettings settings = loopback(*sink.port());
    settings.starttls = StartTls::Required;
    SmtpMailer mailer(settings, system_clock());

    const auto sent = mailer.send(reminder());

    ASSERT_FALSE(sent);
    EXPECT_TRUE(sink.messages().empty());
}

TEST(SmtpMailerTest, AServerThatIsDownIsAnErrorThatDoesNotNameTheRecipient) {
    TemporaryDirectory directory;
    int port = 0;
    {
        SmtpSink sink((directory.path() / "mail").string());
        if (!sink.port())
            GTEST_SKIP() << sink.why();
        port = *sink.port();
    }
    SmtpMailer mailer(loopback(port), system_clock());

    const auto sent = mailer.send(reminder());

    ASSERT_FALSE(sent);
    EXPECT_FALSE(sent.error().reason.empty());
    EXPECT_EQ(sent.error().reason.find("anna@"), std::string::npos) << sent.error().reason;
}

} // namespace
} // namespace finsam::testing
