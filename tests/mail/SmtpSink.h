#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace finsam::testing {

/// The loopback SMTP server of tests/support/smtp_sink.py, started for one test and stopped
/// when it ends: what a mailer sends to it arrives as JSON files in `directory`.
class SmtpSink {
public:
    explicit SmtpSink(std::string directory);
    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    /// The port it listens on; nullopt when it could not start (why(): no python3-aiosmtpd).
    std::optional<int> port() const { return m_port; }
    const std::string& why() const { return m_why; }
    /// Every message received so far, oldest first, as smtp_sink.py writes them.
    std::vector<nlohmann::json> messages() const;

private:
    std::string m_directory;
    pid_t m_pid = -1;
    std::optional<int> m_port;
    std::string m_why;
};

} // namespace finsam::testing
