#pragma once

#include <string>

namespace finsam {

/// Why a file's text could not be read. `message` is English, for logs and the CLI, and
/// says what a person can do about it; it never quotes the document's content.
struct ExtractError {
    enum class Code {
        Empty,       // no bytes, or no text at all (a scanned PDF without a text layer)
        Corrupt,     // truncated or malformed container
        Encrypted,   // password-protected PDF or DOCX
        TooLarge,    // over a size limit, or a zip entry that would inflate past the limit
        Unsupported, // a format the importer does not read
        NoReport,    // an e-mail without a PDF or DOCX attachment
        Busy,        // other files being read hold the inflation budget: try again later
    };
    Code code;
    std::string message;
};

} // namespace finsam
