#pragma once

#include "ingest/figures/NumberMention.h"
#include "ingest/figures/SentenceView.h"

namespace finsam::figures {

/// People counted before or outside enrolment: referred, applying, queueing, visiting ("12
/// personer remitterades men skrevs inte in", "23 personer har remitterats till insatsen",
/// "I kön finns 11 personer").
bool counts_the_not_enrolled(const SentenceView& sentence, const NumberMention& mention);

/// A count in a clause about an event, whose people are its audience, not the participants:
/// "6 informationsmöten med totalt 80 deltagare", "deltagit i våra föreläsningar".
bool counts_an_audience(const SentenceView& sentence, const NumberMention& mention);

} // namespace finsam::figures
