#include "app/imports/PendingUploads.h"

#include "app/accounts/Secrets.h"
#include "domain/PersonalData.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace finsam {

namespace {

bool is_token(const std::string& token) {
    return !token.empty() && std::all_of(token.begin(), token.end(), [](char character) {
        return std::isalnum(static_cast<unsigned char>(character)) || character == '-' ||
               character == '_';
    });
}

} // namespace

std::string safe_file_name(const std::string& file_name) {
    std::string name = file_name.substr(file_name.find_last_of("/\\") + 1);
    for (auto& character : name) {
        const auto byte = static_cast<unsigned char>(character);
        // UTF-8 bytes (å, ä, ö) are kept: they are never path separators.
        if (!(std::isalnum(byte) || byte >= 0x80 || character == '.' || character == '-' ||
              character == '_' || character == ' '))
            character = '_';
    }
    if (name.empty() || name.front() == '.')
        name = "uppladdning" + name;
    redact_identity_numbers(name);
    return name;
}

PendingUploads::PendingUploads(std::filesystem::path folder, std::chrono::minutes lifetime)
    : m_folder(std::move(folder)), m_lifetime(lifetime) {}

std::optional<std::string> PendingUploads::add(std::string_view bytes,
                                               const std::string& file_name) {
    std::lock_guard lock(m_mutex);
    remove_expired();
    const std::string token = random_token();
    const auto folder = m_folder / token;
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    std::ofstream output(folder / safe_file_name(file_name), std::ios::binary);
    output.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (error || !output)
        return std::nullopt;
    return token;
}

std::optional<std::filesystem::path> PendingUploads::find(const std::string& token) const {
    if (!is_token(token))
        return std::nullopt;
    std::error_code error;
    const auto folder = m_folder / token;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const auto age = std::filesystem::file_time_type::clock::now() -
                         std::filesystem::last_write_time(entry.path(), error);
        if (!error && age < m_lifetime)
            return entry.path();
    }
    return std::nullopt;
}

void PendingUploads::remove(const std::string& token) {
    if (!is_token(token))
        return;
    std::lock_guard lock(m_mutex);
    std::error_code error;
    std::filesystem::remove_all(m_folder / token, error);
}

void PendingUploads::remove_expired() {
    std::error_code error;
    const auto now = std::filesystem::file_time_type::clock::now();
    for (const auto& entry : std::filesystem::directory_iterator(m_folder, error)) {
        std::error_code time_error;
        const auto written = std::filesystem::last_write_time(entry.path(), time_error);
        if (!time_error && now - written >= m_lifetime)
            std::filesystem::remove_all(entry.path(), time_error);
    }
}

} // namespace finsam
