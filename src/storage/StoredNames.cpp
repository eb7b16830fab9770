#include "storage/StoredNames.h"

#include <stdexcept>

namespace finsam {

namespace {

template <typename Value>
Value known(const std::optional<Value>& value, const char* what, const std::string& name) {
    if (!value)
        throw std::runtime_error(std::string("a stored ") + what + " is unknown: " + name);
    return *value;
}

} // namespace

ReportKind stored_report_kind(const std::string& name) {
    return known(report_kind_from_string(name), "report kind", name);
}

SourceFormat stored_source_format(const std::string& name) {
    return known(source_format_from_string(name), "document format", name);
}

Measure stored_measure(const std::string& name) {
    return known(measure_from_string(name), "measure", name);
}

} // namespace finsam
