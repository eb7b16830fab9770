#pragma once

#include <functional>
#include <map>
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
    /// The name of every field sent, once each: what the input guard checks.
    std::function<std::vector<std::string>()> names;
};

/// Fields held in maps: what the API's JSON is turned into, and what a test posts.
class FieldMap {
public:
    explicit FieldMap(std::map<std::string, std::string> values = {})
        : m_values(std::move(values)) {}

    void set(const std::string& name, std::string value) { m_values[name] = std::move(value); }
    /// One more value of a repeated field.
    void add(const std::string& name, std::string value) {
        m_lists[name].push_back(std::move(value));
    }

    /// Reads this object's values: it must outlive what it gives.
    FieldSource fields() const&;
    FieldSource fields() const&& = delete;

private:
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::vector<std::string>> m_lists;
};

} // namespace finsam
