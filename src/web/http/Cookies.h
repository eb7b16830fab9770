#pragma once

#include <string>
#include <string_view>

namespace finsam {

/// The session cookie's name.
inline constexpr const char* k_session_cookie = "finsam_session";

/// The value of one cookie in a Cookie header; empty when absent.
std::string cookie_value(const std::string& header, const std::string& name);

/// A path of this server that a login may return to: `/` and paths of letters, digits, `/`,
/// `-` and `_` only, so `next=` cannot lead elsewhere (`//evil.example`).
bool is_local_path(std::string_view path);

/// A Set-Cookie value: HttpOnly and SameSite=Strict always, Secure behind TLS, and expired
/// at once when `value` is empty.
std::string cookie_header(const std::string& name, const std::string& value,
                          const std::string& path, bool secure);

} // namespace finsam
