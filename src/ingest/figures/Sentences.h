#pragma once

#include <string_view>
#include <vector>

namespace finsam::figures {

struct SentenceSpan {
    std::string_view text; // without a leading bullet marker, ends trimmed
    bool bullet = false;   // the sentence is a list item ("o 30% av deltagarna ...")
};

/// Splits section text into sentences: at `.`, `!` or `?` followed by a capital, a digit or
/// a list item; at blank lines; and before list items that start a line. Abbreviations such
/// as "ca." and "p.g.a." do not end a sentence.
std::vector<SentenceSpan> split_sentences(std::string_view text);

} // namespace finsam::figures
