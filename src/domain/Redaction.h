#pragma once

#include "domain/Report.h"

#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// What every removed passage becomes.
inline constexpr std::string_view k_redaction_mask = "[borttaget]";

/// Passages of personal data to remove from a stored report (gallring): a name, a phone number,
/// an e-mail address, named exactly as the report writes them. A passage is removed wherever
/// a report keeps text written by people: section titles and texts, goals, the figures'
/// quotes, the reviewer warnings, the partners, the owner (huvudman) and the reporter
/// (uppgiftslämnare). The insats's name, the period, the registration box, the funds and the
/// figures' values are facts of the report and stay as they are.
class Redaction {
public:
    /// Each phrase trimmed of surrounding white space; empty ones and repeats left out.
    explicit Redaction(const std::vector<std::string>& phrases);

    /// Longest first, so that "Anna Svensson" is removed whole before "Svensson" is looked for.
    const std::vector<std::string>& phrases() const { return m_phrases; }

    /// The phrases that occur nowhere in the report's text, in the order of phrases().
    std::vector<std::string> missing_from(const Report& report) const;

    /// Replaces every occurrence of every phrase with the mask; the number of passages
    /// replaced.
    int apply_to(Report& report) const;

private:
    int apply_to(std::string& text) const;

    std::vector<std::string> m_phrases;
};

} // namespace finsam
