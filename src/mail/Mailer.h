#pragma once

#include <string>
#include <tl/expected.hpp>

namespace finsam {

/// One plain-text e-mail to one person. The sender's address is the mailer's.
struct MailMessage {
    std::string to_address; // staff personal data: never logged
    std::string to_name;
    std::string subject;
    std::string body;       // UTF-8 plain text, lines ending in \n
    std::string message_id; // "<…@…>", so that a mail client can tell repeats apart
};

/// Why a message was not sent, in English for the log: never the address or the password.
struct MailError {
    std::string reason;
};

/// Sends e-mail. The notifications' sender depends on this, not on SMTP, so that a test can
/// record what would be sent.
class Mailer {
public:
    virtual ~Mailer() = default;
    virtual tl::expected<void, MailError> send(const MailMessage& message) = 0;
};

} // namespace finsam
