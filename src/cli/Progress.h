#pragma once

#include <cstddef>
#include <string>

namespace finsam {

/// A one-line progress bar on standard error, drawn only when it is a terminal, so logs and
/// CI output stay clean.
class Progress {
public:
    explicit Progress(std::size_t total);
    ~Progress();

    void advance(const std::string& current_item);
    /// Prints a line above the bar without breaking it.
    void print_line(const std::string& line);

private:
    void draw() const;
    void clear() const;

    std::size_t m_total;
    std::size_t m_done = 0;
    std::string m_current;
    bool m_enabled;
};

} // namespace finsam
