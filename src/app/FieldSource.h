#pragma once

#include <functional>
#include <string>
#include <vector>

namespace finsam {

/// The named fields of what someone sent: a form posted from a page, or the same fields read
/// from an API call's JSON. Use cases read their input through this, so the page, the API
/// and the command line give them the same thing and get the same checks.
struct FieldSource {
    /// A field's value; empty when it was not sent.
    std::function<std::string(const std::string&)> value;
    /// Whether a field was sent at all (an empty text box is sent; an unchecked box is not).
    std::function<bool(const std::string&)> has;
    /// Every value of a repeated field (the checked boxes of one name).
    std::function<std::vector<std::string>(const std::string&)> values;
};

} // namespace finsam
