#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace finsam {

// Glossary: originalfil = the file a report arrived as (a Word document, a PDF, an e-mail with
// its attachments). A förbund must keep a received document as it arrived, so the product
// keeps its bytes beside the text it read from them.

/// A received file to keep with the documents read from it.
struct ReceivedFile {
    std::string file_name;    // as received: the upload's own name, or the path's last part
    std::string_view bytes;   // exactly as received
    std::string content_hash; // BLAKE2b-256 of `bytes`, hex, as the importer hashes documents
};

/// What is known of a kept original without reading its bytes.
struct OriginalFile {
    std::int64_t id = 0;
    std::string file_name;
    std::int64_t size_bytes = 0;
    std::string content_hash;
};

/// A kept original with its bytes, for a download.
struct OriginalFileContent {
    OriginalFile file;
    std::string bytes;
};

} // namespace finsam
