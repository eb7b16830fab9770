#include "output/ZipArchive.h"

#include <memory>
#include <zip.h>

namespace finsam {

namespace {

struct SourceFreer {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
struct ArchiveDiscarder {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Source = std::unique_ptr<zip_source_t, SourceFreer>;
using Archive = std::unique_ptr<zip_t, ArchiveDiscarder>;

std::string error_text(std::string_view what, zip_error_t* error) {
    return std::string(what) + ": " + zip_error_strerror(error);
}

/// Reads back what zip_close() wrote into the buffer source.
tl::expected<std::string, std::string> written_bytes(zip_source_t* buffer) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0)
        return tl::unexpected(error_text("cannot size the zip archive", zip_source_error(buffer)));
    if (zip_source_open(buffer) != 0)
        return tl::unexpected(error_text("cannot read the zip archive", zip_source_error(buffer)));
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        return tl::unexpected(error_text("cannot read the zip archive", zip_source_error(buffer)));
    return bytes;
}

} // namespace

tl::expected<std::string, std::string> zip_archive(const std::vector<ZipEntry>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    // The archive is written into this buffer source; it must outlive zip_close(), which
    // would otherwise free it along with the archive.
    Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        const std::string text = error_text("cannot create the zip buffer", &error);
        zip_error_fini(&error);
        return tl::unexpected(text);
    }
    Archive archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!archive) {
        const std::string text = error_text("cannot start the zip archive", &error);
        zip_error_fini(&error);
        return tl::unexpected(text);
    }
    zip_error_fini(&error);
    zip_source_keep(buffer.get());
    for (const ZipEntry& entry : entries) {
        // The entries' bytes live until zip_close() below reads them, so libzip need not copy.
        zip_source_t* content =
            zip_source_buffer(archive.get(), entry.bytes.data(), entry.bytes.size(), 0);
        if (content == nullptr)
            return tl::unexpected(
                error_text("cannot add " + entry.path, zip_get_error(archive.get())));
        const zip_int64_t index =
            zip_file_add(archive.get(), entry.path.c_str(), content, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(content);
            return tl::unexpected(
                error_text("cannot add " + entry.path, zip_get_error(archive.get())));
        }
    }
    if (zip_close(archive.get()) != 0)
        return tl::unexpected(
            error_text("cannot write the zip archive", zip_get_error(archive.get())));
    archive.release(); // zip_close() freed it
    return written_bytes(buffer.get());
}

} // namespace finsam
