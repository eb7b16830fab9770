#include "storage/OriginalFiles.h"

#include "storage/ErrorTranslation.h"
#include "storage/InsertedId.h"
#include "storage/SociConversions.h"

#include <sodium.h>
#include <string>

namespace finsam {

namespace {

constexpr int k_base64_variant = sodium_base64_VARIANT_ORIGINAL;

std::string to_base64(std::string_view bytes) {
    std::string encoded(sodium_base64_encoded_len(bytes.size(), k_base64_variant), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(),
                      reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      k_base64_variant);
    encoded.resize(encoded.size() - 1); // the terminating NUL
    return encoded;
}

std::optional<std::string> from_base64(const std::string& encoded) {
    std::string bytes(encoded.size() / 4 * 3 + 3, '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(),
                          encoded.data(), encoded.size(), nullptr, &length, nullptr,
                          k_base64_variant) != 0)
        return std::nullopt;
    bytes.resize(length);
    return bytes;
}

} // namespace

std::int64_t keep_original(soci::session& session, DatabaseBackend backend,
                           std::int64_t association_id, const ReceivedFile& file,
                           Timestamp received_at) {
    std::int64_t id = 0;
    soci::indicator found = soci::i_null;
    session << "SELECT id FROM original_files WHERE association_id = :association_id "
               "AND content_hash = :content_hash",
        soci::use(association_id), soci::use(file.content_hash), soci::into(id, found);
    if (session.got_data() && found == soci::i_ok)
        return id;
    const auto size = static_cast<std::int64_t>(file.bytes.size());
    const std::string content = to_base64(file.bytes);
    IdInsert insert(session, backend,
                    "INSERT INTO original_files (association_id, file_name, content_hash, "
                    "size_bytes, content_base64, received_at) VALUES (:association_id, "
                    ":file_name, :content_hash, :size_bytes, :content_base64, :received_at)",
                    soci::use(association_id), soci::use(file.file_name),
                    soci::use(file.content_hash), soci::use(size), soci::use(content),
                    soci::use(received_at));
    return insert.execute();
}

tl::expected<OriginalFileContent, StorageError> OriginalFileStore::load(std::int64_t association_id,
                                                                        std::int64_t original_id) {
    try {
        OriginalFileContent original;
        std::string encoded;
        auto& session = m_database.session();
        session << "SELECT id, file_name, size_bytes, content_hash, content_base64 "
                   "FROM original_files WHERE id = :id AND association_id = :association_id",
            soci::use(original_id), soci::use(association_id), soci::into(original.file.id),
            soci::into(original.file.file_name), soci::into(original.file.size_bytes),
            soci::into(original.file.content_hash), soci::into(encoded);
        if (!session.got_data()) {
            return tl::unexpected(
                StorageError{StorageError::Code::NotFound,
                             "no original file has id " + std::to_string(original_id)});
        }
        auto bytes = from_base64(encoded);
        if (!bytes || static_cast<std::int64_t>(bytes->size()) != original.file.size_bytes) {
            return tl::unexpected(StorageError{StorageError::Code::Query,
                                               "original file " + std::to_string(original_id) +
                                                   " is stored damaged"});
        }
        original.bytes = std::move(*bytes);
        return original;
    } catch (const std::exception& error) {
        return tl::unexpected(
            translate_exception(StorageError::Code::Query, "loading an original file", error));
    }
}

tl::expected<std::optional<std::int64_t>, StorageError>
OriginalFileStore::original_of(std::int64_t report_id, std::int64_t version) {
    try {
        std::optional<std::int64_t> original_id;
        m_database.session() << "SELECT d.original_file_id FROM report_versions v "
                                "JOIN documents d ON d.id = v.document_id "
                                "WHERE v.report_id = :report_id AND v.version = :version",
            soci::use(report_id), soci::use(version), soci::into(original_id);
        return original_id;
    } catch (const std::exception& error) {
        return tl::unexpected(translate_exception(StorageError::Code::Query,
                                                  "finding a version's original file", error));
    }
}

} // namespace finsam
