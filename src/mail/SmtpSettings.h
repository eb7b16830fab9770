#pragma once

#include <chrono>
#include <string>

namespace finsam {

/// Whether the connection to the SMTP server is encrypted with STARTTLS.
enum class StartTls {
    Off,       // never: a server on the same machine or a trusted network
    IfOffered, // when the server offers it, else in plain text
    Required,  // always: a server that does not offer it gets nothing
};

/// The installation's SMTP server and sender, from the server's environment (see the
/// README). The password is a secret: never logged or shown.
struct SmtpSettings {
    std::string host;
    int port = 587;
    StartTls starttls = StartTls::Required;
    std::string username; // none when empty: the server takes mail without logging in
    std::string password;
    std::string from_address;
    std::string from_name = "Finsam uppföljning";
    std::chrono::seconds timeout{30}; // for connecting and for the whole message
};

} // namespace finsam
