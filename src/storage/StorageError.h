#pragma once

#include <string>

namespace finsam {

/// A database failure, translated at the storage boundary (SOCI throws; callers get this).
struct StorageError {
    enum class Code { CannotOpen, Migration, Query, NotFound, Conflict };
    Code code;
    std::string message; // English, no document content, no personal data
};

} // namespace finsam
