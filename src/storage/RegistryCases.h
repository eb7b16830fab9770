#pragma once

#include "domain/RegistryNumber.h"

#include <cstdint>
#include <soci/soci.h>
#include <string_view>

namespace finsam {

// Glossary: ärende = registry case. A förbund keeps one ärende per insats and numbers the
// insats's reports in it (SFG 24-08.01, .02, ...). Reports that arrived before the product
// did, or were registered elsewhere, carry numbers of that series: the series goes on from
// them rather than opening a second ärende.

/// The next number in the insats's registry case, inside the caller's transaction. An insats
/// without a case takes the one its reports' diarienummer (imported or typed, as `pattern`
/// writes them) are numbered in, or opens a new one in `arrival_year` after every case of
/// that year the förbund's numbers already use. The number follows the highest one of the
/// case given so far. Throws what SOCI throws.
RegistryNumberParts next_registry_number(soci::session& session, std::string_view pattern,
                                         std::int64_t intervention_id, std::int64_t association_id,
                                         int arrival_year);

} // namespace finsam
