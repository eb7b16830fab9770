#pragma once

#include "domain/Figure.h"
#include "ingest/figures/NumberMention.h"
#include "ingest/figures/SentenceView.h"

#include <cstddef>
#include <optional>

namespace finsam::figures {

/// Where the counted went, when the sentence says they went to work or studies: "fått
/// arbete", "gått vidare till arbete eller studier", "påbörjat studier".
std::optional<Measure> outcome_of(const SentenceView& sentence, const NumberMention& mention);

/// The destination named from `index` on: "arbete", "arbete/studier", "arbete eller
/// studier", "arbete/påbörjat studier". Any other alternative ("arbete/arbetssökande",
/// "arbetsträning") makes it no work/studies figure.
std::optional<Measure> destination_at(const SentenceView& sentence, std::size_t index);

/// "16 personer avslutats", "7 har avslutats", "8 deltagare avslutades" - but not one kind of
/// ending ("1 har avslutats i förtid pga. försämrad hälsa", "4 har avslutats till ...").
bool is_ended(const SentenceView& sentence, std::size_t predicate);

} // namespace finsam::figures
