#pragma once

#include <string>

namespace finsam {

/// A database failure, translated at the storage boundary (SOCI throws; callers get this).
struct StorageError {
    // Conflict: a unique value is taken. Stale: the row changed since the caller read it, or
    // is in a state that does not allow the change (a submitted report edited as a draft).
    enum class Code { CannotOpen, Migration, Query, NotFound, Conflict, Stale };
    Code code;
    std::string message; // English, no document content, no personal data
};

} // namespace finsam
