#pragma once

#include "web/http/Authentication.h"

#include <mstch/mstch.hpp>
#include <string>

namespace finsam {

/// layout.mustache's view model: the page's title and, for a signed-in visitor, their name
/// and role, the menu of what they may open, and the logout form's CSRF token. `visitor` is
/// nullptr on the login page and on error pages without a session.
mstch::map layout_frame(const std::string& title, const Visitor* visitor);

} // namespace finsam
