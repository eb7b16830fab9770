#include "web/pages/StatusStyle.h"

namespace finsam {

std::string_view status_style(ReportStatus status) {
    return to_string(status);
}

} // namespace finsam
