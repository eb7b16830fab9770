#pragma once

#include "app/AppError.h"
#include "app/FieldSource.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace finsam {

// The one gate every text passes before a use case stores it, whichever way it came (a
// page's form, the API's JSON, the command line): it must be UTF-8 without NUL or other
// control characters, within its field's length, and hold no personnummer or
// samordningsnummer (a förbund may not store them). Imports redact instead of refusing
// (ingest/), since a file cannot be corrected in place.

/// The most bytes field `name` may hold: report sections 100,000, longer free texts
/// (purpose, target group, partners, comments, goals) 10,000, everything else 1,000.
std::size_t max_field_bytes(std::string_view name);

/// What is wrong with one text, in Swedish, or nullopt when it may be stored. A
/// personnummer is looked for unless `may_hold_numbers` (a password, a form token).
std::optional<std::string> text_problem(std::string_view text, std::size_t max_bytes,
                                        bool may_hold_numbers = false);

/// The problems of every field someone sent, each at its field.
std::vector<FieldError> sent_field_problems(const FieldSource& fields);

/// Invalid with the problems of every field sent, or nothing when all may be stored.
AppResult<void> check_sent_fields(const FieldSource& fields);

/// The `revision` a form or call was made from: `current` when none was sent (the API may
/// leave it out), an error at the field when it is not a whole number from 1 that fits.
int sent_revision(const FieldSource& fields, int current, std::vector<FieldError>& errors);

/// Invalid with the problem of one text at `field`, or nothing when it may be stored.
AppResult<void> check_text(std::string_view field, std::string_view text);

} // namespace finsam
