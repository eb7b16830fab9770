#pragma once

#include <map>
#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam::testing {

/// The keys a Mustache template uses that its view model lacks, where rendering would look
/// them up: a section's own keys are looked up in its value while it renders (in each
/// element of a list), and not at all when it does not render; an inverted section's keys
/// only when it renders. mstch renders a missing key as nothing, so a key a model forgot is
/// an empty spot on a page; this finds it. Each entry says where: "rows > status".
std::vector<std::string> missing_keys(const std::string& template_text, const mstch::map& model,
                                      const std::map<std::string, std::string>& partials);

} // namespace finsam::testing
