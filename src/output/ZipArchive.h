#pragma once

#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// One file of a zip archive: its path inside the archive and its bytes.
struct ZipEntry {
    std::string path; // "word/document.xml"
    std::string bytes;
};

/// The entries as a zip archive, deflated, in the order given, and the archive's bytes; built in
/// memory. The error (English, for logs) says which step of libzip failed.
tl::expected<std::string, std::string> zip_archive(const std::vector<ZipEntry>& entries);

} // namespace finsam
