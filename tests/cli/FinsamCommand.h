#pragma once

#include "TestSupport.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace finsam::testing {

/// One JSON value per line of a command's output (`--json`, `--format json`).
std::vector<nlohmann::json> json_lines(const std::string& text);

struct CommandResult {
    int exit_status;
    std::string out;
    std::string err;
};

/// Runs the real `finsam` executable the way a kansli or the server's operator would, in a
/// fresh directory per test.
class FinsamCommand : public ::testing::Test {
protected:
    /// Runs `finsam ARGS` with the database in this test's directory.
    CommandResult run(const std::string& arguments);

    std::filesystem::path database() const { return m_directory.path() / "data" / "finsam.db"; }

    /// Copies a fixture into the test's `in` folder as `as`; its path.
    std::string copy_fixture(const std::string& name, const std::string& as);

    TemporaryDirectory m_directory;
};

} // namespace finsam::testing
