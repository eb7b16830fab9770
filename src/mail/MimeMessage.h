#pragma once

#include "domain/Timestamp.h"
#include "mail/Mailer.h"

#include <string>
#include <string_view>

namespace finsam {

/// The message as sent over SMTP (RFC 5322 with MIME): From, To, Subject, Date, Message-ID
/// and Auto-Submitted headers, names and subject as UTF-8 encoded words, the body as UTF-8
/// base64, CRLF line ends.
std::string mime_message(const MailMessage& message, std::string_view from_address,
                         std::string_view from_name, Timestamp date);

/// `text` as RFC 2047 encoded words (`=?UTF-8?B?…?=`), folded onto continuation lines so
/// that none is longer than the standard allows; a character is never split.
std::string encoded_words(std::string_view text);

} // namespace finsam
