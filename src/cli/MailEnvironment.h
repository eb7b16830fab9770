#pragma once

#include "mail/SmtpSettings.h"

#include <optional>
#include <string>
#include <tl/expected.hpp>

namespace finsam {

/// What `finsam serve` and `finsam remind` send e-mail with: the installation's SMTP server
/// and the address its links lead to.
struct MailEnvironment {
    SmtpSettings smtp;
    std::string base_url; // without a trailing slash
};

/// The mail settings from the environment (FINSAM_SMTP_HOST, _PORT, _STARTTLS, _USER,
/// _PASSWORD or _PASSWORD_FILE, FINSAM_MAIL_FROM, FINSAM_MAIL_FROM_NAME, FINSAM_BASE_URL; see
/// the README): nullopt when FINSAM_SMTP_HOST is not set, which turns e-mail off; a Swedish
/// message naming the setting that cannot be used. The password is never in the message.
tl::expected<std::optional<MailEnvironment>, std::string> mail_environment();

} // namespace finsam
