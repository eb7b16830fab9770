#pragma once

#include "domain/Figure.h"
#include "ingest/figures/NumberMention.h"
#include "ingest/figures/SentenceView.h"

#include <optional>

namespace finsam::figures {

/// A percentage stated as the share of a kön or of an outcome, with the share before its
/// verb: "Andelen kvinnor bland deltagarna var 64 procent", "Kvinnor utgör 70 % av
/// deltagarna", "Andelen avslutade som gått till arbete eller studier är 42 %". Not the share
/// of one kön in an outcome ("Andelen kvinnor som fått arbete är 30 %").
std::optional<Measure> share_of(const SentenceView& sentence, const NumberMention& mention);

} // namespace finsam::figures
