#pragma once

#include "domain/Figure.h"
#include "ingest/figures/NumberMention.h"
#include "ingest/figures/SentenceView.h"

#include <optional>

namespace finsam::figures {

/// What the label of a value names.
struct LabelledValue {
    std::optional<Measure> measure; // empty: a label for something else ("Nya deltagare: 8")
    bool part_of_before = false;    // "Varav kvinnor: 12": a part of the count before
};

/// The label a number is the value of, in a label and value line ("Antal deltagare totalt:
/// 64", "Avslutade: 12", "Andel kvinnor: 55 %", "Avslutade till arbete: 6"), lines that a
/// paragraph joined ("Kvinnor: 38 Män: 26") or a flattened table row without the colon
/// ("Antal deltagare totalt 64"), and a kön named before its count in a split ("varav kvinnor
/// 20 och män 13"). Nullopt when the number is not such a value, or its label
/// holds a word this does not know: such a number is left to the sentence rules.
std::optional<LabelledValue> read_label_value(const SentenceView& sentence,
                                              const NumberMention& mention);

} // namespace finsam::figures
