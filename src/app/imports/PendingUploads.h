#pragma once

#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace finsam {

/// Uploaded report files waiting for the kansli to confirm what was read from them. Each is
/// kept on disk under a random token (never the user's file name as a path), for at most
/// `lifetime`: an upload that is never confirmed is removed by a later one.
class PendingUploads {
public:
    PendingUploads(std::filesystem::path folder, std::chrono::minutes lifetime);

    /// Stores the bytes; returns the token, or nullopt when the file cannot be written.
    /// `file_name` keeps only its last path component and safe characters, so the importer
    /// still sees the extension.
    std::optional<std::string> add(std::string_view bytes, const std::string& file_name);
    /// The stored file of a token that exists and has not expired.
    std::optional<std::filesystem::path> find(const std::string& token) const;
    void remove(const std::string& token);

private:
    void remove_expired();

    std::filesystem::path m_folder;
    std::chrono::minutes m_lifetime;
    std::mutex m_mutex;
};

/// A file name safe to store: the last path component, with characters other than letters,
/// digits, `.`, `-`, `_` and space replaced by `_`; "uppladdning" when nothing is left; a
/// personnummer in it redacted.
std::string safe_file_name(const std::string& file_name);

} // namespace finsam
