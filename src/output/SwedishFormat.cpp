#include "output/SwedishFormat.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>

namespace finsam {

namespace {

constexpr int k_max_decimals = 18;
// Scaled values stay below this so that std::llround cannot overflow a long long (about
// 9.2 × 10^18); 10^18 is exact as a double.
constexpr double k_largest_scaled = 1e18;

/// `digits` (ASCII digits only) with U+202F before every group of three from the right.
std::string group_thousands(std::string_view digits) {
    std::string result;
    for (std::size_t index = 0; index < digits.size(); ++index) {
        if (index > 0 && (digits.size() - index) % 3 == 0)
            result += k_thousands_separator;
        result += digits[index];
    }
    return result;
}

/// A value too large for long long arithmetic has no fraction a double can hold.
std::string format_huge_number(double value) {
    // 309 digits is the largest finite double; the buffer leaves room for the sign.
    std::array<char, 320> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                            std::abs(value), std::chars_format::fixed, 0);
    if (error != std::errc{})
        return {};
    const std::string_view digits(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
    return (value < 0 ? "-" : "") + group_thousands(digits);
}

} // namespace

std::string escape_xml(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    for (const char character : text) {
        switch (character) {
        case '&':
            result += "&amp;";
            break;
        case '<':
            result += "&lt;";
            break;
        case '>':
            result += "&gt;";
            break;
        case '"':
            result += "&quot;";
            break;
        case '\'':
            result += "&apos;";
            break;
        default:
            // XML 1.0 forbids other control characters even as references; they carry nothing
            // a reader needs, so they are dropped rather than making the page invalid.
            if (static_cast<unsigned char>(character) >= 0x20 || character == '\t' ||
                character == '\n' || character == '\r')
                result += character;
        }
    }
    return result;
}

std::string format_swedish_number(double value, int max_decimals) {
    if (!std::isfinite(value))
        return {};
    int decimals = std::clamp(max_decimals, 0, k_max_decimals);
    long long scale = 1;
    for (int decimal = 0; decimal < decimals; ++decimal)
        scale *= 10;
    while (decimals > 0 && std::abs(value) * static_cast<double>(scale) >= k_largest_scaled) {
        --decimals;
        scale /= 10;
    }
    if (std::abs(value) >= k_largest_scaled)
        return format_huge_number(value);

    long long scaled = std::llround(value * static_cast<double>(scale));
    std::string result = scaled < 0 ? "-" : "";
    scaled = std::abs(scaled);
    result += group_thousands(std::to_string(scaled / scale));
    if (const long long fraction = scaled % scale; fraction != 0) {
        std::string fraction_digits = std::to_string(fraction);
        fraction_digits.insert(0, static_cast<std::size_t>(decimals) - fraction_digits.size(), '0');
        while (fraction_digits.back() == '0')
            fraction_digits.pop_back();
        result += ',' + fraction_digits;
    }
    return result;
}

std::string format_swedish_amount(std::int64_t kronor) {
    // std::to_string gives the magnitude of even the most negative value, which std::abs
    // cannot.
    const std::string digits = std::to_string(kronor);
    const bool negative = kronor < 0;
    return (negative ? "-" : "") +
           group_thousands(std::string_view(digits).substr(negative ? 1 : 0)) + " kr";
}

std::string format_swedish_list(const std::vector<std::string>& items) {
    std::string result;
    for (std::size_t index = 0; index < items.size(); ++index) {
        if (index > 0)
            result += index + 1 == items.size() ? " och " : ", ";
        result += items[index];
    }
    return result;
}

std::string count_of(std::int64_t count, std::string_view singular, std::string_view plural) {
    return std::to_string(count) + ' ' + std::string(count == 1 ? singular : plural);
}

std::string format_file_size(std::int64_t bytes) {
    if (bytes < 1000)
        return std::to_string(bytes) + " byte";
    if (bytes < 1000 * 1000)
        return format_swedish_number(static_cast<double>(bytes) / 1000.0, 1) + " kB";
    return format_swedish_number(static_cast<double>(bytes) / (1000.0 * 1000.0), 1) + " MB";
}

} // namespace finsam
