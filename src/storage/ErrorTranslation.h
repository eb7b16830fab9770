#pragma once

#include "storage/StorageError.h"

#include <exception>
#include <string_view>

namespace finsam {

/// Turns an exception thrown below the storage boundary into a StorageError that says what
/// was being done (`action`, e.g. "saving a document") and why the database refused.
///
/// The message leaves out what may quote report text (and so personal data) into logs: SOCI
/// appends the bound values to what(), so only its bare error message is used, and
/// PostgreSQL's DETAIL and CONTEXT lines, which quote the failing row, are dropped.
StorageError translate_exception(StorageError::Code code, std::string_view action,
                                 const std::exception& error);

} // namespace finsam
