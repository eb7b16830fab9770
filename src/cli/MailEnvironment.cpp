#include "cli/MailEnvironment.h"

#include "domain/EmailAddress.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace finsam {

namespace {

tl::unexpected<std::string> refused(const char* message) {
    return tl::unexpected(std::string(message));
}

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

std::optional<StartTls> starttls_of(const std::string& text) {
    if (text.empty() || text == "required")
        return StartTls::Required;
    if (text == "on")
        return StartTls::IfOffered;
    if (text == "off")
        return StartTls::Off;
    return std::nullopt;
}

std::optional<int> port_of(const std::string& text) {
    if (text.empty())
        return 587;
    int port = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), port);
    if (error != std::errc{} || end != text.data() + text.size() || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

/// The password from FINSAM_SMTP_PASSWORD, else the first line of FINSAM_SMTP_PASSWORD_FILE
/// (a file only the service can read, such as a systemd credential).
tl::expected<std::string, std::string> password() {
    if (const std::string given = environment("FINSAM_SMTP_PASSWORD"); !given.empty())
        return given;
    const std::string file = environment("FINSAM_SMTP_PASSWORD_FILE");
    if (file.empty())
        return std::string();
    std::ifstream input(file);
    std::string line;
    if (!input || !std::getline(input, line))
        return refused("Filen i FINSAM_SMTP_PASSWORD_FILE kan inte läsas.");
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

} // namespace

tl::expected<std::optional<MailEnvironment>, std::string> mail_environment() {
    MailEnvironment mail;
    mail.smtp.host = environment("FINSAM_SMTP_HOST");
    if (mail.smtp.host.empty())
        return std::nullopt;
    const auto port = port_of(environment("FINSAM_SMTP_PORT"));
    if (!port)
        return refused("FINSAM_SMTP_PORT ska vara ett portnummer, till exempel 587.");
    mail.smtp.port = *port;
    const auto starttls = starttls_of(environment("FINSAM_SMTP_STARTTLS"));
    if (!starttls)
        return refused("FINSAM_SMTP_STARTTLS ska vara required, on eller off.");
    mail.smtp.starttls = *starttls;
    mail.smtp.username = environment("FINSAM_SMTP_USER");
    auto secret = password();
    if (!secret)
        return tl::unexpected(secret.error());
    mail.smtp.password = std::move(*secret);
    const auto from = checked_email_address(environment("FINSAM_MAIL_FROM"));
    if (!from)
        return refused("FINSAM_MAIL_FROM ska vara avsändarens e-postadress, till exempel "
                       "uppfoljning@exempel.se.");
    mail.smtp.from_address = *from;
    if (const std::string name = environment("FINSAM_MAIL_FROM_NAME"); !name.empty())
        mail.smtp.from_name = name;
    mail.base_url = environment("FINSAM_BASE_URL");
    if (mail.base_url.rfind("http://", 0) != 0 && mail.base_url.rfind("https://", 0) != 0)
        return refused("FINSAM_BASE_URL ska vara adressen som länkarna i e-posten går "
                       "till, till exempel https://uppfoljning.exempel.se.");
    while (!mail.base_url.empty() && mail.base_url.back() == '/')
        mail.base_url.pop_back();
    return mail;
}

} // namespace finsam
