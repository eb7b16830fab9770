#pragma once

#include <string>
#include <string_view>

namespace finsam {

// One-time codes (engångskoder) handed out on paper, so that each person answers a survey
// once. A code is 8 characters of an alphabet without look-alikes (no 0/O, 1/I/L), 40 random
// bits, printed as `ABCD-EFGH`; the database keeps only its digest, deleted when spent.

/// A new random code, as printed.
std::string new_one_time_code();

/// The code as typed, made comparable: upper case, without spaces and dashes.
std::string normalised_one_time_code(std::string_view typed);

/// What the database keeps of a code: the digest of its normalised form.
std::string one_time_code_digest(std::string_view typed);

} // namespace finsam
