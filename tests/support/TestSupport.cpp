#include "TestSupport.h"

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace finsam::testing {

TemporaryDirectory::TemporaryDirectory() {
    std::random_device random;
    auto base = std::filesystem::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / ("finsam-test-" + std::to_string(random()));
        if (std::filesystem::create_directory(candidate)) {
            m_path = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory");
}

TemporaryDirectory::~TemporaryDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream input(file, std::ios::binary);
    if (!input)
        throw std::runtime_error("cannot read " + file.string());
    std::ostringstream content;
    content << input.rdbuf();
    return content.str();
}

void write_file(const std::filesystem::path& file, std::string_view content) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream output(file, std::ios::binary);
    output.write(content.data(), static_cast<std::streamsize>(content.size()));
}

std::optional<std::filesystem::path> seed_file(const std::string& prefix) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(FINSAM_SEEDS_DIR, error)) {
        if (entry.path().filename().string().starts_with(prefix))
            return entry.path();
    }
    return std::nullopt;
}

std::filesystem::path templates_dir() {
    return FINSAM_TEMPLATES_DIR;
}

} // namespace finsam::testing
