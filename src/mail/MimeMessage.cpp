#include "mail/MimeMessage.h"

#include <ctime>
#include <sodium.h>

namespace finsam {

namespace {

/// Bytes of text per encoded word: 45 bytes are 60 base64 characters, and with
/// `=?UTF-8?B?` and `?=` a word stays within the 75 characters RFC 2047 allows.
constexpr std::size_t k_word_bytes = 45;
/// Base64 characters per body line (RFC 2045 allows 76).
constexpr std::size_t k_body_line = 76;

std::string base64(std::string_view bytes) {
    std::string encoded(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL),
                        '\0');
    sodium_bin2base64(encoded.data(), encoded.size(),
                      reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    encoded.resize(encoded.size() - 1); // the terminating NUL
    return encoded;
}

bool continuation_byte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

/// Line breaks as CRLF, whatever the text had.
std::string with_crlf(std::string_view text) {
    std::string lines;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] == '\r')
            continue;
        if (text[at] == '\n')
            lines += '\r';
        lines += text[at];
    }
    return lines;
}

/// RFC 5322's date: "Mon, 07 Dec 2026 11:04:35 +0000".
std::string mail_date(Timestamp date) {
    const std::time_t seconds = date.time().time_since_epoch().count();
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[40];
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return text;
}

std::string mailbox(std::string_view name, std::string_view address) {
    const std::string bracketed = "<" + std::string(address) + ">";
    return name.empty() ? bracketed : encoded_words(name) + " " + bracketed;
}

} // namespace

std::string encoded_words(std::string_view text) {
    std::string words;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(start + k_word_bytes, text.size());
        while (end < text.size() && end > start && continuation_byte(text[end]))
            --end;
        if (!words.empty())
            words += "\r\n ";
        words += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
        start = end;
    }
    return words;
}

std::string mime_message(const MailMessage& message, std::string_view from_address,
                         std::string_view from_name, Timestamp date) {
    std::string mime;
    mime += "From: " + mailbox(from_name, from_address) + "\r\n";
    mime += "To: " + mailbox(message.to_name, message.to_address) + "\r\n";
    mime += "Subject: " + encoded_words(message.subject) + "\r\n";
    mime += "Date: " + mail_date(date) + "\r\n";
    mime += "Message-ID: " + message.message_id + "\r\n";
    // Tells mail servers and clients not to answer it with an out-of-office reply.
    mime += "Auto-Submitted: auto-generated\r\n";
    mime += "MIME-Version: 1.0\r\n";
    mime += "Content-Type: text/plain; charset=UTF-8\r\n";
    mime += "Content-Transfer-Encoding: base64\r\n\r\n";
    const std::string body = base64(with_crlf(message.body));
    for (std::size_t at = 0; at < body.size(); at += k_body_line)
        mime += body.substr(at, k_body_line) + "\r\n";
    return mime;
}

} // namespace finsam
