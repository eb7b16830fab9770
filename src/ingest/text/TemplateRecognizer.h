#pragma once

#include "domain/TemplateDefinition.h"

#include <string>
#include <vector>

namespace finsam {

/// Picks the template a document was written in: the one with the most of its recognition
/// phrases in the text. Returns nullptr when none matches, or two match equally well.
const TemplateDefinition* recognise_template(const std::vector<std::string>& lines,
                                             const std::vector<TemplateDefinition>& templates);

} // namespace finsam
