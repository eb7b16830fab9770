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

/// The outcome of a count its verb stands before: "Under kvartalet fick 3 deltagare arbete",
/// "gick 25 procent vidare till arbete", "Till arbete gick 6 deltagare".
std::optional<Measure> outcome_after_verb(const SentenceView& sentence,
                                          const NumberMention& mention);

/// The destination of "till arbete", "till reguljära studier" ending right before `end`.
std::optional<Measure> destination_before(const SentenceView& sentence, std::size_t end);

/// "Under kvartalet avslutades 6 deltagare": ended, with the verb before its subject.
bool is_ended_after_verb(const SentenceView& sentence, const NumberMention& mention);

/// "16 personer avslutats", "7 har avslutats", "8 deltagare avslutades" - but not one kind of
/// ending ("1 har avslutats i förtid pga. försämrad hälsa", "4 har avslutats till ...").
bool is_ended(const SentenceView& sentence, std::size_t predicate);

} // namespace finsam::figures
