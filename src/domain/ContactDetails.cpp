#include "domain/ContactDetails.h"

#include "domain/FirstNames.h"
#include "domain/Text.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace finsam {

namespace {

// Providers of private mailboxes common in Sweden.
constexpr std::string_view k_private_mail_domains[] = {
    "aol.com",    "bahnhof.se",     "bredband.net", "comhem.se",  "glocalnet.net",  "gmail.com",
    "gmx.com",    "googlemail.com", "hotmail.com",  "hotmail.se", "icloud.com",     "live.com",
    "live.se",    "mac.com",        "mail.com",     "me.com",     "msn.com",        "outlook.com",
    "outlook.se", "passagen.se",    "pm.me",        "proton.me",  "protonmail.com", "spray.se",
    "swipnet.se", "tele2.se",       "telia.com",    "yahoo.com",  "yahoo.se",       "ymail.com",
};

bool is_ascii_letter(char character) {
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z');
}

bool is_local_part_char(char character) {
    return is_ascii_letter(character) || is_ascii_digit(character) || character == '.' ||
           character == '_' || character == '%' || character == '+' || character == '-';
}

bool is_domain_char(char character) {
    return is_ascii_letter(character) || is_ascii_digit(character) || character == '.' ||
           character == '-';
}

std::string ascii_lowercase(std::string_view text) {
    std::string lower(text);
    for (auto& character : lower) {
        if (character >= 'A' && character <= 'Z')
            character = static_cast<char>(character - 'A' + 'a');
    }
    return lower;
}

/// A domain of two labels or more whose last label (the top-level domain) is letters only.
bool is_plausible_domain(std::string_view domain) {
    const auto last_dot = domain.rfind('.');
    if (last_dot == std::string_view::npos || last_dot == 0)
        return false;
    const auto top_level = domain.substr(last_dot + 1);
    return top_level.size() >= 2 &&
           std::all_of(top_level.begin(), top_level.end(), is_ascii_letter);
}

/// firstname.lastname, possibly with a middle name: letters in dot-separated parts, the first
/// a common first name.
bool looks_like_person_name(std::string_view local_part) {
    const auto first_dot = local_part.find('.');
    if (first_dot == std::string_view::npos || first_dot + 1 >= local_part.size())
        return false;
    const bool letters_and_dots = std::all_of(local_part.begin(), local_part.end(), [](char c) {
        return is_ascii_letter(c) || c == '.';
    });
    return letters_and_dots && local_part.find("..") == std::string_view::npos &&
           is_common_first_name_in_address(ascii_lowercase(local_part.substr(0, first_dot)));
}

bool is_private_address(std::string_view local_part, std::string_view domain) {
    const auto lower_domain = ascii_lowercase(domain);
    return std::ranges::find(k_private_mail_domains, lower_domain) !=
               std::end(k_private_mail_domains) ||
           looks_like_person_name(local_part);
}

/// Whether `text` has an ASCII digit at `offset`.
bool is_digit_at(std::string_view text, std::size_t offset) {
    return offset < text.size() && is_ascii_digit(text[offset]);
}

/// Where the digits of a mobile number at some offset are: "07..." is grouped from its 0 on
/// ("070-123 45 67"), "+46 7..." and "0046 7..." from the 7 on ("+46 70 123 45 67").
struct MobileDigits {
    std::size_t first_group = 0; // offset of the first digit grouped
    std::size_t seven = 0;       // offset of the 7 that starts every mobile number
    std::size_t count = 0;       // digits from first_group on; 0 when no prefix is there
};

MobileDigits mobile_digits(std::string_view text, std::size_t offset) {
    const auto rest = text.substr(offset);
    if (rest.starts_with("07"))
        return {offset, offset + 1, 10};
    std::size_t length = 0;
    if (rest.starts_with("+46"))
        length = 3;
    else if (rest.starts_with("0046"))
        length = 4;
    else
        return {};
    if (length < rest.size() && (rest[length] == ' ' || rest[length] == '-'))
        ++length;
    // The trunk zero some write in brackets after the country code: +46 (0)70...
    if (rest.substr(length).starts_with("(0)")) {
        length += 3;
        if (length < rest.size() && rest[length] == ' ')
            ++length;
    }
    return {offset + length, offset + length, 9};
}

/// The length of the digits from `offset` on, in groups of two or more split by a space, a
/// hyphen or " - ", once they hold `wanted` digits; 0 when they hold more or fewer.
std::size_t grouped_digits_length(std::string_view text, std::size_t offset, std::size_t wanted) {
    std::size_t position = offset;
    std::size_t digits = 0;
    while (true) {
        std::size_t group = 0;
        while (is_digit_at(text, position) && digits + group <= wanted) {
            ++group;
            ++position;
        }
        digits += group;
        if (group < 2 || digits > wanted)
            return 0;
        if (digits == wanted)
            return position - offset;
        std::size_t separator = 0;
        if (text.substr(position).starts_with(" - "))
            separator = 3;
        else if (position < text.size() && (text[position] == ' ' || text[position] == '-'))
            separator = 1;
        if (separator == 0 || !is_digit_at(text, position + separator))
            return 0;
        position += separator;
    }
}

/// The length of a mobile number at `offset`, or 0.
std::size_t mobile_number_length(std::string_view text, std::size_t offset) {
    const auto digits = mobile_digits(text, offset);
    if (digits.count == 0)
        return 0;
    // The 7 and the operator digit: 070, 072, 073, 076, 079.
    if (!is_digit_at(text, digits.seven + 1) || text[digits.seven] != '7' ||
        std::string_view("02369").find(text[digits.seven + 1]) == std::string_view::npos)
        return 0;
    const auto length = grouped_digits_length(text, digits.first_group, digits.count);
    return length == 0 ? 0 : digits.first_group + length - offset;
}

} // namespace

std::vector<TextSpan> find_private_email_addresses(std::string_view normalised) {
    std::vector<TextSpan> addresses;
    std::size_t at = normalised.find('@');
    while (at != std::string_view::npos) {
        auto begin = at;
        while (begin > 0 && is_local_part_char(normalised[begin - 1]))
            --begin;
        auto end = at + 1;
        while (end < normalised.size() && is_domain_char(normalised[end]))
            ++end;
        // A sentence may end right after an address.
        while (end > at + 1 && (normalised[end - 1] == '.' || normalised[end - 1] == '-'))
            --end;
        const auto local_part = normalised.substr(begin, at - begin);
        const auto domain = normalised.substr(at + 1, end - at - 1);
        const bool found = !local_part.empty() && is_plausible_domain(domain) &&
                           is_private_address(local_part, domain);
        if (found)
            addresses.push_back({begin, end});
        at = normalised.find('@', found ? end : at + 1);
    }
    return addresses;
}

std::vector<TextSpan> find_mobile_numbers(std::string_view normalised) {
    std::vector<TextSpan> numbers;
    std::size_t offset = 0;
    while (offset < normalised.size()) {
        const char character = normalised[offset];
        const bool may_start = (character == '0' || character == '+') &&
                               (offset == 0 || (!is_ascii_digit(normalised[offset - 1]) &&
                                                normalised[offset - 1] != '+'));
        const auto length = may_start ? mobile_number_length(normalised, offset) : 0;
        if (length > 0) {
            numbers.push_back({offset, offset + length});
            offset += length;
        } else {
            ++offset;
        }
    }
    return numbers;
}

} // namespace finsam
