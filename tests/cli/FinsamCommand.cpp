#include "FinsamCommand.h"

#include <array>
#include <cstdio>
#include <sstream>
#include <sys/wait.h>

namespace finsam::testing {

std::vector<nlohmann::json> json_lines(const std::string& text) {
    std::vector<nlohmann::json> lines;
    std::istringstream stream(text);
    std::string line;
    while (std::getline(stream, line))
        lines.push_back(nlohmann::json::parse(line));
    return lines;
}

CommandResult FinsamCommand::run(const std::string& arguments) {
    auto err_file = m_directory.path() / "stderr.txt";
    auto command = std::string(FINSAM_EXECUTABLE) + " --db '" + database().string() +
                   "' --templates '" + templates_dir().string() + "' " + arguments + " 2>'" +
                   err_file.string() + "'";
    CommandResult result{-1, {}, {}};
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.out.append(buffer.data(), read);
    auto status = pclose(pipe);
    result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = read_file(err_file);
    return result;
}

std::string FinsamCommand::copy_fixture(const std::string& name, const std::string& as) {
    auto target = m_directory.path() / "in" / as;
    write_file(target, read_file(fixture(name)));
    return target.string();
}

} // namespace finsam::testing
