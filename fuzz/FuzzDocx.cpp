#include "ingest/formats/TextExtractors.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <zip.h>

namespace {

/// `xml` stored uncompressed as word/document.xml: random bytes almost never form a valid
/// deflate stream with a matching CRC, so without this wrapping the fuzzer would spend its
/// time in libzip's error paths and never reach the XML walker.
std::string stored_docx(std::string_view xml) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    std::string bytes;
    if (archive == nullptr) {
        zip_source_free(buffer);
        return bytes;
    }
    zip_source_t* part = zip_source_buffer(archive, xml.data(), xml.size(), 0);
    const zip_int64_t index = zip_file_add(archive, "word/document.xml", part, 0);
    if (index < 0) {
        zip_source_free(part);
    } else {
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    zip_stat_t stat;
    if (zip_close(archive) != 0) {
        zip_discard(archive);
    } else if (zip_source_open(buffer) == 0) {
        if (zip_source_stat(buffer, &stat) == 0) {
            bytes.resize(static_cast<std::size_t>(stat.size));
            const zip_int64_t count = zip_source_read(buffer, bytes.data(), bytes.size());
            bytes.resize(static_cast<std::size_t>(count < 0 ? 0 : count));
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return bytes;
}

} // namespace

// Inputs that start like a zip or an OLE file are whole documents; anything else is taken as
// the XML of the document part.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (bytes.starts_with("PK") || bytes.starts_with("\xD0\xCF")) {
        static_cast<void>(finsam::extract_docx_text(bytes));
    } else {
        static_cast<void>(finsam::extract_docx_text(stored_docx(bytes)));
    }
    return 0;
}
