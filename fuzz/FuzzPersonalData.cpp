#include "domain/PersonalData.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

// Section text comes from strangers' documents and forms. The guard must read any bytes, keep
// its findings inside them, and leave no personnummer behind once it has redacted them.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const auto& finding : finsam::find_personal_data(bytes)) {
        if (finding.length == 0 || finding.offset + finding.length > bytes.size())
            std::abort();
    }
    std::string redacted(bytes);
    finsam::redact_identity_numbers(redacted);
    if (finsam::contains_identity_number(redacted))
        std::abort();
    return 0;
}
