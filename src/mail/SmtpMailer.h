#pragma once

#include "domain/Clock.h"
#include "mail/Mailer.h"
#include "mail/SmtpSettings.h"

namespace finsam {

/// Sends each message through the installation's SMTP server with libcurl: one connection
/// per message (notifications are few), STARTTLS as the settings say, logging in when a
/// username is set. A failure says what curl and the server answered, never to whom.
class SmtpMailer final : public Mailer {
public:
    /// `clock` dates the messages.
    SmtpMailer(SmtpSettings settings, const Clock& clock);

    tl::expected<void, MailError> send(const MailMessage& message) override;

private:
    SmtpSettings m_settings;
    const Clock& m_clock;
};

} // namespace finsam
