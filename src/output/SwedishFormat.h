#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// Text for Swedish readers in generated markup: the chart's SVG and the web pages' HTML.

/// Narrow no-break space (U+202F), the Swedish thousands separator ("12 000"): it keeps a
/// number whole where the text around it is wrapped.
inline constexpr std::string_view k_thousands_separator = "\u202f";

/// `text` made safe as XML or HTML element content and as an attribute value in either kind
/// of quotes: & < > " ' become entity references. Control characters that XML 1.0 forbids
/// even as references (below U+0020 except tab, line feed and carriage return) are dropped.
/// Every other byte is kept, so UTF-8 in gives the same UTF-8 out.
std::string escape_xml(std::string_view text);

/// `value` rounded to at most `max_decimals` decimals (0 to 18; others are clamped), in the
/// Swedish style: thousands grouped by U+202F, a decimal comma, no trailing zeros and never
/// "-0" ("12", "1 234,5", "0,25", "-3"). Decimals are given up where the value is too large
/// to keep them (beyond 18 digits in all). A value that is not finite gives "".
std::string format_swedish_number(double value, int max_decimals);

/// Whole kronor with thousands grouped by U+202F and " kr" after: "1 200 000 kr", "-500 kr".
std::string format_swedish_amount(std::int64_t kronor);

/// A Swedish enumeration: "A", "A och B", "A, B och C"; "" for no items.
std::string format_swedish_list(const std::vector<std::string>& items);

/// A count with its noun in the right number: "1 rapport", "2 rapporter", "0 rapporter".
/// A file's size as a Swedish reader expects it: "830 byte", "12,4 kB", "3,1 MB" (1 kB =
/// 1,000 byte, as file managers now count).
std::string format_file_size(std::int64_t bytes);

std::string count_of(std::int64_t count, std::string_view singular, std::string_view plural);

} // namespace finsam
