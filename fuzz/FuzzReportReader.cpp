// libFuzzer target for the text pipeline: template recognition, cleanup, compiled-report
// split, sections, header fields and figures, on arbitrary text.
#include "ingest/ReportReader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

const finsam::ReportReader& reader() {
    static const finsam::ReportReader instance(*finsam::load_templates(FINSAM_TEMPLATES_DIR));
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto reading = reader().read(std::string_view(reinterpret_cast<const char*>(data), size));
    // Every report must be internally consistent whatever the input.
    for (const auto& report : reading.reports) {
        for (const auto& figure : report.figures) {
            if (figure.section_id.empty())
                __builtin_trap();
        }
    }
    return 0;
}
