#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace finsam::testing {

/// One file of a zip archive built in memory. An entry with `generated_spaces` set has that
/// many spaces as content, produced while compressing, so a test can build a zip bomb
/// without holding the inflated bytes.
struct ZipEntry {
    std::string name;
    std::string content;
    std::uint64_t generated_spaces = 0;
};

/// Password-protects every entry (AES-256) when Encryption::Password is given.
enum class Encryption { None, Password };

/// A deflated zip archive of `entries`; empty when libzip lacks the requested encryption.
std::string build_zip(const std::vector<ZipEntry>& entries,
                      Encryption encryption = Encryption::None);

/// A .docx with `body_xml` (the children of w:body) as word/document.xml, plus `extra` parts.
std::string build_docx(std::string_view body_xml, const std::vector<ZipEntry>& extra = {});

/// Rewrites the uncompressed size that both the local and the central header of `entry_name`
/// declare, as a hostile archive would.
std::string with_declared_size(std::string zip, std::string_view entry_name,
                               std::uint32_t declared_size);

} // namespace finsam::testing
