#pragma once

#include <mstch/mstch.hpp>
#include <string>

namespace finsam {

/// login.mustache's view model: the login form's own CSRF token, the username typed, where
/// to go after logging in, why the last attempt failed, and a notice from the page before
/// (a password just chosen).
mstch::map login_page(const std::string& login_csrf, const std::string& username,
                      const std::string& next, const std::string& error, const std::string& notice);

} // namespace finsam
