#include "app/AppError.h"

namespace finsam {

AppError from_storage(const StorageError& failure, ErrorCode on_stale) {
    if (failure.code == StorageError::Code::Stale)
        return AppError{on_stale, {}, {}, {}, failure.message, {}};
    return AppError::internal(failure);
}

} // namespace finsam
