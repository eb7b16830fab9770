#pragma once

#include "domain/Date.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <tl/expected.hpp>

namespace finsam {

/// Survey rounds with answers for the förbund's first two insatser, so that the surveys and
/// their results show something: the self-assessment at start and end (the end answers a
/// little higher, as a group that moved), and BIP by participants and caseworkers. The start
/// rounds are closed, the end rounds open. Answers fall in weeks before `as_of`; the same
/// `seed` writes the same answers. Returns how many answers were written.
tl::expected<int, StorageError> write_demo_surveys(Database& database, std::int64_t association_id,
                                                   Date as_of, std::uint64_t seed);

} // namespace finsam
