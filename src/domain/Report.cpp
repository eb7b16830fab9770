#include "domain/Report.h"

#include <algorithm>

namespace finsam {

const Section* Report::section(std::string_view id) const {
    auto found = std::find_if(sections.begin(), sections.end(),
                              [&](const Section& s) { return s.id == id; });
    return found == sections.end() ? nullptr : &*found;
}

} // namespace finsam
