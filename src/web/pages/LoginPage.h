#pragma once

#include <mstch/mstch.hpp>
#include <string>

namespace finsam {

/// login.mustache's view model: the login form's own CSRF token, the username typed, where
/// to go after logging in, and why the last attempt failed.
mstch::map login_page(const std::string& login_csrf, const std::string& username,
                      const std::string& next, const std::string& error);

} // namespace finsam
