#include "domain/EmailAddress.h"

#include "domain/Text.h"

#include <algorithm>

namespace finsam {

namespace {

constexpr std::size_t k_max_address_bytes = 254;

/// Characters that would break the SMTP envelope or a mail header: a line break ends a
/// command, `<>` and quotes change what the address is.
bool forbidden(char character) {
    const auto byte = static_cast<unsigned char>(character);
    return byte <= 0x20 || byte == 0x7f || character == '<' || character == '>' ||
           character == '"' || character == '(' || character == ')' || character == ',' ||
           character == ';' || character == ':' || character == '\\' || character == '[' ||
           character == ']';
}

} // namespace

std::optional<std::string> checked_email_address(std::string_view typed) {
    const std::string_view address = trim(typed);
    if (address.empty() || address.size() > k_max_address_bytes)
        return std::nullopt;
    if (std::any_of(address.begin(), address.end(), forbidden))
        return std::nullopt;
    const auto at = address.find('@');
    if (at == std::string_view::npos || at == 0 || address.find('@', at + 1) != address.npos)
        return std::nullopt;
    const std::string_view domain = address.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size() ||
        domain.find("..") != domain.npos)
        return std::nullopt;
    return std::string(address);
}

} // namespace finsam
