#include "web/http/Cookies.h"

#include <algorithm>
#include <cctype>

namespace finsam {

std::string cookie_value(const std::string& header, const std::string& name) {
    std::string_view rest = header;
    while (!rest.empty()) {
        const auto end = rest.find(';');
        std::string_view pair = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        while (!pair.empty() && pair.front() == ' ')
            pair.remove_prefix(1);
        const auto equals = pair.find('=');
        if (equals != std::string_view::npos && pair.substr(0, equals) == name)
            return std::string(pair.substr(equals + 1));
    }
    return {};
}

bool is_local_path(std::string_view path) {
    if (path.size() < 2 || path.front() != '/' || path[1] == '/')
        return path == "/";
    return std::all_of(path.begin(), path.end(), [](char character) {
        return std::isalnum(static_cast<unsigned char>(character)) || character == '/' ||
               character == '-' || character == '_';
    });
}

std::string cookie_header(const std::string& name, const std::string& value,
                          const std::string& path, bool secure) {
    std::string cookie = name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict";
    if (value.empty())
        cookie += "; Max-Age=0";
    if (secure)
        cookie += "; Secure";
    return cookie;
}

} // namespace finsam
