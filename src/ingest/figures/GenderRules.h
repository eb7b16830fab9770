#pragma once

#include "domain/Figure.h"
#include "ingest/figures/NumberMention.h"
#include "ingest/figures/SentenceView.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace finsam::figures {

/// A count split by kön right after it: "12 deltagare varav 7 kvinnor och 5 män", "12
/// deltagare (5 män, 7 kvinnor)", "40 deltagare fördelat på 25 kvinnor och 15 män", "56
/// personer deltagit, 31 män och 25 kvinnor" (after a mere comma or dash, only when the parts
/// add up to the whole).
struct GenderSplit {
    std::size_t whole = 0; // the number token of the split count
};

/// The kön counts of one sentence: enumerations ("9 kvinnor och 5 män", "13 män respektive
/// 8 kvinnor") and the counts they split.
class GenderReader {
public:
    GenderReader(const SentenceView& sentence, const std::vector<NumberMention>& mentions);

    /// The participants of one kön a count states: "19 kvinnor och 4 män", "208 av dessa är
    /// kvinnor, 166 är män", "7 kvinnor och 5 män har deltagit", "kvinnor och män var 7
    /// respektive 5"; not "2 kvinnor har fått
    /// arbete" or "4 kvinnor och 2 män har fått försörjningsstöd", which say what happened to
    /// them, nor the women and men of something else ("Av de 14 ärendena gällde 9 kvinnor").
    std::optional<Measure> gender_of(const NumberMention& mention) const;

    /// True for a count of one kön that stands alone in its sentence ("Totalt har 18 kvinnor
    /// deltagit"): where the participants are all women (or men), the word names them all.
    bool names_all_participants(const NumberMention& mention) const;

    const GenderSplit* split_of_whole(std::size_t number) const;
    const GenderSplit* split_of_part(std::size_t number) const;

private:
    using Enumeration = std::vector<std::size_t>; // indices into the mentions, in order

    const Enumeration* enumeration_of(std::size_t number) const;
    void find_enumerations();
    void find_split(const Enumeration& enumeration);
    bool takes_part(std::size_t index) const;
    std::optional<Measure> gender_in_named_order(const NumberMention& mention) const;

    const SentenceView& m_sentence;
    const std::vector<NumberMention>& m_mentions;
    std::vector<Enumeration> m_enumerations;
    // The enumeration of each kön count, by its number token, in token order.
    std::vector<std::pair<std::size_t, std::size_t>> m_enumeration_of_number;
    std::vector<GenderSplit> m_splits; // in the order of their wholes
    // The split of each part, by its number token, in token order.
    std::vector<std::pair<std::size_t, std::size_t>> m_split_of_part;
    std::size_t m_gender_counts = 0;
};

} // namespace finsam::figures
