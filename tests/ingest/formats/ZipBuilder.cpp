#include "ZipBuilder.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <zip.h>

namespace finsam::testing {

namespace {

/// A libzip source that yields `size` spaces, so compressing 200 MB needs no 200 MB buffer.
struct SpaceSource {
    std::uint64_t size = 0;
    std::uint64_t position = 0;
};

zip_int64_t read_spaces(void* user_data, void* data, zip_uint64_t length,
                        zip_source_cmd_t command) {
    auto* source = static_cast<SpaceSource*>(user_data);
    switch (command) {
    case ZIP_SOURCE_OPEN:
        source->position = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const std::uint64_t count =
            std::min<std::uint64_t>(length, source->size - source->position);
        std::memset(data, ' ', static_cast<std::size_t>(count));
        source->position += count;
        return static_cast<zip_int64_t>(count);
    }
    case ZIP_SOURCE_STAT: {
        auto* stat = static_cast<zip_stat_t*>(data);
        zip_stat_init(stat);
        stat->size = source->size;
        stat->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_FREE:
        delete source;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    default:
        return -1;
    }
}

zip_source_t* entry_source(zip_t* archive, const ZipEntry& entry) {
    if (entry.generated_spaces > 0) {
        return zip_source_function(archive, read_spaces,
                                   new SpaceSource{entry.generated_spaces, 0});
    }
    return zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
}

std::string read_all(zip_source_t* buffer) {
    zip_stat_t stat;
    if (zip_source_open(buffer) != 0 || zip_source_stat(buffer, &stat) != 0) {
        throw std::runtime_error("cannot read the built zip");
    }
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t count = zip_source_read(buffer, bytes.data(), bytes.size());
    zip_source_close(buffer);
    bytes.resize(static_cast<std::size_t>(std::max<zip_int64_t>(count, 0)));
    return bytes;
}

void write_little_endian(std::string& bytes, std::size_t offset, std::uint32_t value) {
    for (std::size_t index = 0; index < 4; ++index) {
        bytes[offset + index] = static_cast<char>((value >> (8 * index)) & 0xFF);
    }
}

std::uint16_t read_little_endian_16(const std::string& bytes, std::size_t offset) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[offset]) |
                                      (static_cast<unsigned char>(bytes[offset + 1]) << 8));
}

} // namespace

std::string build_zip(const std::vector<ZipEntry>& entries, Encryption encryption) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (archive == nullptr) {
        zip_source_free(buffer);
        throw std::runtime_error("cannot create a zip in memory");
    }
    for (const ZipEntry& entry : entries) {
        zip_source_t* source = entry_source(archive, entry);
        const zip_int64_t index =
            zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            throw std::runtime_error("cannot add a zip entry");
        }
        const auto entry_index = static_cast<zip_uint64_t>(index);
        zip_set_file_compression(archive, entry_index, ZIP_CM_DEFLATE, 1);
        if (encryption == Encryption::Password &&
            zip_file_set_encryption(archive, entry_index, ZIP_EM_AES_256, "hemligt") != 0) {
            zip_discard(archive);
            zip_source_free(buffer);
            return {};
        }
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        zip_source_free(buffer);
        throw std::runtime_error("cannot write the zip");
    }
    std::string bytes = read_all(buffer);
    zip_source_free(buffer);
    return bytes;
}

std::string build_docx(std::string_view body_xml, const std::vector<ZipEntry>& extra) {
    std::vector<ZipEntry> entries = {
        {"[Content_Types].xml",
         R"(<?xml version="1.0" encoding="UTF-8"?>)"
         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="xml" ContentType="application/xml"/></Types>)",
         0},
        {"word/document.xml",
         std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
             R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
             R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">)"
             "<w:body>" +
             std::string(body_xml) + "</w:body></w:document>",
         0}};
    entries.insert(entries.end(), extra.begin(), extra.end());
    return build_zip(entries);
}

std::string with_declared_size(std::string zip, std::string_view entry_name,
                               std::uint32_t declared_size) {
    // Local header: size at 22, name length at 26, name at 30.
    // Central directory header: size at 24, name length at 28, name at 46.
    struct Header {
        std::string_view signature;
        std::size_t size_offset;
        std::size_t name_length_offset;
        std::size_t name_offset;
    };
    constexpr Header k_headers[] = {{"PK\x03\x04", 22, 26, 30}, {"PK\x01\x02", 24, 28, 46}};
    for (const Header& header : k_headers) {
        for (std::size_t position = zip.find(header.signature); position != std::string::npos;
             position = zip.find(header.signature, position + 1)) {
            const std::size_t name_length =
                read_little_endian_16(zip, position + header.name_length_offset);
            if (std::string_view(zip).substr(position + header.name_offset, name_length) ==
                entry_name) {
                write_little_endian(zip, position + header.size_offset, declared_size);
            }
        }
    }
    return zip;
}

} // namespace finsam::testing
