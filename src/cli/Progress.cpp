#include "cli/Progress.h"

#include <cstdio>
#include <unistd.h>

namespace finsam {

namespace {
constexpr std::size_t k_bar_width = 30;
constexpr std::size_t k_name_width = 40;
} // namespace

Progress::Progress(std::size_t total) : m_total(total), m_enabled(isatty(STDERR_FILENO) == 1) {}

Progress::~Progress() {
    clear();
}

void Progress::advance(const std::string& current_item) {
    ++m_done;
    m_current = current_item;
    draw();
}

void Progress::print_line(const std::string& line) {
    clear();
    std::fprintf(stderr, "%s\n", line.c_str());
    draw();
}

void Progress::draw() const {
    if (!m_enabled || m_total == 0)
        return;
    auto filled = m_done * k_bar_width / m_total;
    std::string bar(filled, '#');
    bar.resize(k_bar_width, '.');
    auto name = m_current.size() > k_name_width
                    ? "…" + m_current.substr(m_current.size() - k_name_width)
                    : m_current;
    std::fprintf(stderr, "\r\033[K[%s] %zu/%zu %s", bar.c_str(), m_done, m_total, name.c_str());
    std::fflush(stderr);
}

void Progress::clear() const {
    if (m_enabled)
        std::fprintf(stderr, "\r\033[K");
}

} // namespace finsam
