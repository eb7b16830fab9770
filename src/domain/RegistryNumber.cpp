#include "domain/RegistryNumber.h"

#include "domain/Text.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace finsam {

namespace {

std::string padded(int value, int width) {
    std::string digits = std::to_string(value);
    if (static_cast<int>(digits.size()) < width)
        digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
    return digits;
}

/// `seq:02` → name "seq", width 2.
struct Placeholder {
    std::string_view name;
    int width = 0;
};

tl::expected<Placeholder, std::string> parse_placeholder(std::string_view inside) {
    Placeholder placeholder{inside, 0};
    if (const auto colon = inside.find(':'); colon != std::string_view::npos) {
        placeholder.name = inside.substr(0, colon);
        const auto width = inside.substr(colon + 1);
        const auto [end, error] =
            std::from_chars(width.data(), width.data() + width.size(), placeholder.width);
        if (error != std::errc{} || end != width.data() + width.size() || placeholder.width < 1 ||
            placeholder.width > 9) {
            return tl::unexpected("the width in {" + std::string(inside) +
                                  "} is not a number from 1 to 9");
        }
        if (placeholder.name != "seq" && placeholder.name != "n")
            return tl::unexpected(std::string("only {seq} and {n} take a width"));
    }
    if (placeholder.name != "yy" && placeholder.name != "yyyy" && placeholder.name != "seq" &&
        placeholder.name != "n") {
        return tl::unexpected("unknown placeholder {" + std::string(inside) + "}");
    }
    return placeholder;
}

std::string value_of(const Placeholder& placeholder, const RegistryNumberParts& parts) {
    if (placeholder.name == "yy")
        return padded(parts.year % 100, 2);
    if (placeholder.name == "yyyy")
        return padded(parts.year, 4);
    if (placeholder.name == "seq")
        return padded(parts.case_number, placeholder.width);
    return padded(parts.number, placeholder.width);
}

} // namespace

tl::expected<std::string, std::string> format_registry_number(std::string_view pattern,
                                                              const RegistryNumberParts& parts) {
    std::string result;
    bool has_case = false;
    bool has_number = false;
    std::size_t position = 0;
    while (position < pattern.size()) {
        const auto open = pattern.find('{', position);
        result.append(pattern.substr(position, open - position));
        if (open == std::string_view::npos)
            break;
        const auto close = pattern.find('}', open);
        if (close == std::string_view::npos)
            return tl::unexpected(std::string("a { is not closed"));
        const auto placeholder = parse_placeholder(pattern.substr(open + 1, close - open - 1));
        if (!placeholder)
            return tl::unexpected(placeholder.error());
        has_case = has_case || placeholder->name == "seq";
        has_number = has_number || placeholder->name == "n";
        result += value_of(*placeholder, parts);
        position = close + 1;
    }
    if (!has_case)
        return tl::unexpected(std::string("the pattern has no {seq}"));
    if (!has_number)
        return tl::unexpected(std::string("the pattern has no {n}"));
    if (trim(result).empty())
        return tl::unexpected(std::string("the pattern is empty"));
    return result;
}

namespace {

/// Takes `literal` off the start of `text`: letters compared without case, and a space in it
/// matching any run of spaces, or none ("SFG 24" and "SFG24" are one number). False when
/// `text` does not start with it.
bool take_literal(std::string_view& text, std::string_view literal) {
    const auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    std::size_t at = 0;
    for (const char expected : literal) {
        if (is_space(expected)) {
            while (at < text.size() && is_space(text[at]))
                ++at;
            continue;
        }
        if (at == text.size() || std::tolower(static_cast<unsigned char>(text[at])) !=
                                     std::tolower(static_cast<unsigned char>(expected)))
            return false;
        ++at;
    }
    text.remove_prefix(at);
    return true;
}

/// The digits at the start of `text`: exactly `exact` of them when it is set (a placeholder
/// followed directly by another), else every digit there is. Nullopt without any.
std::optional<int> leading_digits(std::string_view& text, std::size_t exact) {
    std::size_t length = 0;
    while (length < text.size() && (exact == 0 || length < exact) &&
           std::isdigit(static_cast<unsigned char>(text[length])) != 0)
        ++length;
    if (length == 0 || length > 9 || (exact != 0 && length != exact))
        return std::nullopt;
    int value = 0;
    std::from_chars(text.data(), text.data() + length, value);
    text.remove_prefix(length);
    return value;
}

} // namespace

std::optional<RegistryNumberParts> parse_registry_number(std::string_view pattern,
                                                         std::string_view number) {
    if (!validate_registry_pattern(pattern))
        return std::nullopt;
    std::string_view rest = trim(number);
    RegistryNumberParts parts{0, 0, 0};
    std::size_t position = 0;
    while (position < pattern.size()) {
        const auto open = std::min(pattern.find('{', position), pattern.size());
        if (!take_literal(rest, pattern.substr(position, open - position)))
            return std::nullopt;
        if (open == pattern.size())
            break;
        const auto close = pattern.find('}', open);
        const auto placeholder = parse_placeholder(pattern.substr(open + 1, close - open - 1));
        const bool followed_by_placeholder =
            close + 1 < pattern.size() && pattern[close + 1] == '{';
        std::size_t exact = 0;
        if (placeholder->name == "yy")
            exact = 2;
        else if (placeholder->name == "yyyy")
            exact = 4;
        else if (followed_by_placeholder)
            exact = static_cast<std::size_t>(placeholder->width);
        const auto value = leading_digits(rest, exact);
        if (!value)
            return std::nullopt;
        if (placeholder->name == "yy")
            parts.year = 2000 + *value;
        else if (placeholder->name == "yyyy")
            parts.year = *value;
        else if (placeholder->name == "seq")
            parts.case_number = *value;
        else
            parts.number = *value;
        position = close + 1;
    }
    if (!rest.empty() || parts.case_number < 1 || parts.number < 1)
        return std::nullopt;
    return parts;
}

tl::expected<void, std::string> validate_registry_pattern(std::string_view pattern) {
    const auto formatted = format_registry_number(pattern, {2024, 1, 1});
    if (!formatted)
        return tl::unexpected(formatted.error());
    return {};
}

} // namespace finsam
