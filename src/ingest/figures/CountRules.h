#pragma once

#include "domain/Figure.h"
#include "ingest/figures/NumberMention.h"
#include "ingest/figures/SentenceView.h"

#include <cstddef>
#include <optional>

namespace finsam::figures {

/// "Antalet deltagare som har varit inskrivna är 17 stycken", "... uppgår till 84 personer",
/// "Antalet avslutade under perioden är 9".
std::optional<Measure> count_of_stated_number(const SentenceView& sentence,
                                              const NumberMention& mention);

/// A bare number after the verb of a definite subject counts it: "Deltagarna var 18",
/// "Deltagarna har varit 12, varav 7 kvinnor", "Kvinnorna var 7".
std::optional<Measure> count_of_subject(const SentenceView& sentence, const NumberMention& mention);

/// "Idag har projektet totalt 25 deltagare inskrivna", "5 är aktivt inne i insatsen",
/// "Idag har projektet 30 deltagare", "Just nu har vi 12 deltagare i verksamheten".
bool is_current(const SentenceView& sentence, const NumberMention& mention);

/// "Projektet har totalt haft 39 deltagare", "374 deltagare totalt", "Totalt har 39 personer
/// varit/är inskrivna", "de fem individer som deltagit i insatsen", "Under året deltog 23
/// personer i insatsen", "Insatsen har haft 40 deltagare sedan starten".
bool is_total(const SentenceView& sentence, const NumberMention& mention);

/// The count a later figure is a part of, when it says who they are: "Av de 18 som avslutats
/// (har 7 ...)" and "Av de 30 avslutade" are the ended, "Av de 19 inskrivna" those enrolled,
/// "Av totalt 40 deltagare" and "bland de 44 deltagarna" all participants.
std::optional<Measure> whole_of_later(const SentenceView& sentence, const NumberMention& mention);

/// "idag", "nu", "i dag", "i dagsläget" between `begin` and `end`.
bool has_now_marker(const SentenceView& sentence, std::size_t begin, std::size_t end);

} // namespace finsam::figures
