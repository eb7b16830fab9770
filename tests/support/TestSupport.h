#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace finsam::testing {

/// A fresh directory for one test, removed when the object goes out of scope.
class TemporaryDirectory {
public:
    TemporaryDirectory();
    ~TemporaryDirectory();
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

std::string read_file(const std::filesystem::path& file);
void write_file(const std::filesystem::path& file, std::string_view content);

/// A seed document beside the checkout (../shared/seeds), or nullopt when the seeds are not
/// there. Tests that need one call GTEST_SKIP() with a message in that case.
std::optional<std::filesystem::path> seed_file(const std::string& prefix);

#ifdef FINSAM_FIXTURES_DIR
/// A fixture file beside the test sources (tests/<area>/fixtures/NAME).
inline std::filesystem::path fixture(const std::string& name) {
    return std::filesystem::path(FINSAM_FIXTURES_DIR) / name;
}
#endif

std::filesystem::path templates_dir();

} // namespace finsam::testing
