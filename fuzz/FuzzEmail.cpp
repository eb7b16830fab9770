#include "ingest/formats/TextExtractors.h"

#include <cstddef>
#include <cstdint>

// A saved e-mail is the one input the importer takes straight from strangers.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    static_cast<void>(finsam::detect_format("message.eml", bytes));
    const auto email = finsam::read_email(bytes);
    if (email) {
        for (const finsam::EmailAttachment& attachment : email->attachments) {
            static_cast<void>(finsam::detect_format(attachment.file_name, attachment.bytes));
        }
    }
    return 0;
}
