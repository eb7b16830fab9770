#pragma once

#include "storage/ErrorTranslation.h"
#include "storage/StorageError.h"

#include <exception>
#include <string_view>
#include <tl/expected.hpp>
#include <type_traits>
#include <utility>

namespace finsam {

/// Thrown inside a guarded() function to fail with a StorageError of its own (NotFound,
/// Stale...) and roll back the transaction the function holds.
struct StorageFailure : std::exception {
    explicit StorageFailure(StorageError failure) : error(std::move(failure)) {}
    const char* what() const noexcept override { return error.message.c_str(); }
    StorageError error;
};

/// Runs a database function and turns what it throws into a StorageError (Code::Query) that
/// says what was being done: the storage boundary of every store's small calls.
template <typename Function>
auto guarded(std::string_view action, Function&& function)
    -> tl::expected<std::invoke_result_t<Function>, StorageError> {
    try {
        if constexpr (std::is_void_v<std::invoke_result_t<Function>>) {
            function();
            return {};
        } else {
            return function();
        }
    } catch (const StorageFailure& failure) {
        return tl::unexpected(failure.error);
    } catch (const std::exception& error) {
        return tl::unexpected(translate_exception(StorageError::Code::Query, action, error));
    }
}

} // namespace finsam
