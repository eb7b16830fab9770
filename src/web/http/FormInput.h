#pragma once

#include "app/FieldSource.h"

#include <cstdint>
#include <httplib.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// What a request carries besides its headers: form fields and query parameters, the path's
/// numbers, and an uploaded file. Forms are posted as multipart (their fields are then parts
/// without a file) or URL-encoded; both are read.
class FormInput {
public:
    explicit FormInput(const httplib::Request& request) : m_request(request) {}

    /// A form field or query parameter; empty when absent.
    std::string value(const std::string& name) const;
    bool has(const std::string& name) const;
    /// Every value of a repeated field (checkboxes of one name).
    std::vector<std::string> values(const std::string& name) const;
    /// The name of every form field and query parameter sent, once each.
    std::vector<std::string> names() const;
    /// A form field, trimmed of surrounding white space.
    std::string trimmed(const std::string& name) const;
    /// The fields as a use case reads them.
    FieldSource fields() const;

    /// A path match group (1-based) as an id; nullopt when it is not a number that fits.
    std::optional<std::int64_t> path_id(std::size_t group) const;
    /// Every file sent as the parts `name` (a file field with `multiple`), in the order sent;
    /// a field with nothing chosen sends none.
    std::vector<std::pair<std::string_view, std::string>> files(const std::string& name) const;
    /// The raw body, for the API's JSON.
    const std::string& body() const { return m_request.body; }

private:
    const httplib::Request& m_request;
};

} // namespace finsam
