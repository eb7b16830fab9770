#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace finsam {

/// The e-mail address as typed, without the spaces around it, when it has the form
/// `name@domain.tld` an SMTP server takes in its envelope (no spaces, angle brackets, quotes
/// or control characters; at most 254 bytes); nullopt otherwise. Whether it reaches anyone
/// only sending tells.
std::optional<std::string> checked_email_address(std::string_view typed);

} // namespace finsam
