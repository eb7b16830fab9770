#include "domain/ReportKind.h"

namespace finsam {

std::string_view to_string(ReportKind kind) {
    switch (kind) {
    case ReportKind::Quarterly:
        return "kvartalsrapport";
    case ReportKind::Final:
        return "slutrapport";
    case ReportKind::Compiled:
        return "projektredovisning";
    case ReportKind::Other:
        return "ovrig";
    }
    return "";
}

std::optional<ReportKind> report_kind_from_string(std::string_view name) {
    for (auto kind :
         {ReportKind::Quarterly, ReportKind::Final, ReportKind::Compiled, ReportKind::Other}) {
        if (to_string(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::string_view to_string(InterventionKind kind) {
    switch (kind) {
    case InterventionKind::Individual:
        return "individual";
    case InterventionKind::Structural:
        return "structural";
    case InterventionKind::Unknown:
        break;
    }
    return "";
}

InterventionKind intervention_kind_from_string(std::string_view name) {
    if (name == "individual")
        return InterventionKind::Individual;
    if (name == "structural")
        return InterventionKind::Structural;
    return InterventionKind::Unknown;
}

int authority(ReportKind kind) {
    switch (kind) {
    case ReportKind::Other:
        return 0;
    case ReportKind::Quarterly:
        return 1;
    case ReportKind::Compiled:
        return 2;
    case ReportKind::Final:
        return 3;
    }
    return 0;
}

} // namespace finsam
