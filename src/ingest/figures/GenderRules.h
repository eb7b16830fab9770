#pragma once

#include "domain/Figure.h"
#include "ingest/figures/NumberMention.h"
#include "ingest/figures/SentenceView.h"

#include <optional>

namespace finsam::figures {

/// The participants of one kön a count states: "19 kvinnor och 4 män", "208 av dessa är
/// kvinnor, 166 är män"; not "2 kvinnor har fått arbete", which says what happened to them,
/// nor the women and men of something else ("Av de 14 ärendena gällde 9 kvinnor och 5 män").
std::optional<Measure> gender_of(const SentenceView& sentence, const NumberMention& mention);

} // namespace finsam::figures
