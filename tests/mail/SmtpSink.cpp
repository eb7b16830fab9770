#include "SmtpSink.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

namespace finsam::testing {

SmtpSink::SmtpSink(std::string directory) : m_directory(std::move(directory)) {
    std::filesystem::create_directories(m_directory);
    int output[2];
    if (pipe(output) != 0) {
        m_why = "cannot make a pipe";
        return;
    }
    m_pid = fork();
    if (m_pid == 0) {
        dup2(output[1], STDOUT_FILENO);
        close(output[0]);
        close(output[1]);
        execl(FINSAM_SMTP_SINK, FINSAM_SMTP_SINK, m_directory.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(output[1]);
    std::string line;
    char byte = 0;
    while (read(output[0], &byte, 1) == 1 && byte != '\n')
        line += byte;
    close(output[0]);
    if (!line.empty() && std::all_of(line.begin(), line.end(), ::isdigit)) {
        m_port = std::stoi(line);
        return;
    }
    m_why = "the test SMTP server " FINSAM_SMTP_SINK " did not start: it needs Debian's "
            "python3-aiosmtpd (scripts/install-deps.sh --test)";
}

SmtpSink::~SmtpSink() {
    if (m_pid <= 0)
        return;
    kill(m_pid, SIGTERM);
    int status = 0;
    waitpid(m_pid, &status, 0);
}

std::vector<nlohmann::json> SmtpSink::messages() const {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(m_directory)) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<nlohmann::json> read;
    for (const auto& file : files) {
        std::ifstream input(file);
        read.push_back(nlohmann::json::parse(input));
    }
    return read;
}

} // namespace finsam::testing
