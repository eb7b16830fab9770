#include "storage/PostgresqlConnectString.h"

#include <libpq-fe.h>
#include <memory>
#include <string_view>

namespace finsam {

namespace {

std::string single_quoted(std::string_view value) {
    std::string quoted = "'";
    for (const char character : value) {
        if (character == '\'' || character == '\\')
            quoted.push_back('\\');
        quoted.push_back(character);
    }
    quoted.push_back('\'');
    return quoted;
}

} // namespace

tl::expected<std::string, StorageError> postgresql_connect_string(const std::string& url) {
    char* parse_error = nullptr;
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(url.c_str(), &parse_error), &PQconninfoFree);
    if (!options) {
        // libpq's message names the malformed part, never the password.
        const std::string reason = parse_error ? parse_error : "out of memory";
        PQfreemem(parse_error);
        return tl::unexpected(StorageError{StorageError::Code::CannotOpen,
                                           "the PostgreSQL URL is malformed: " + reason});
    }
    std::string connect_string;
    for (const auto* option = options.get(); option->keyword != nullptr; ++option) {
        if (option->val == nullptr)
            continue;
        const std::string_view value(option->val);
        if (value.find('"') != std::string_view::npos) {
            return tl::unexpected(StorageError{
                StorageError::Code::CannotOpen,
                std::string("the PostgreSQL connection parameter '") + option->keyword +
                    "' holds a double quote, which SOCI cannot pass on to libpq"});
        }
        if (!connect_string.empty())
            connect_string.push_back(' ');
        connect_string += std::string(option->keyword) + "=\"" + single_quoted(value) + "\"";
    }
    return connect_string;
}

} // namespace finsam
