#pragma once

#include <mstch/mstch.hpp>
#include <string>

namespace finsam {

/// A Swedish message page: an error, or a result with nothing more to show.
struct ErrorMessage {
    int status = 200;
    std::string heading;
    std::string text;
};

/// error.mustache's view model.
mstch::map error_page(const ErrorMessage& message);

} // namespace finsam
