#pragma once

#include "domain/Figure.h"
#include "ingest/figures/Tokens.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace finsam::figures {

/// What a number in a sentence counts, read from the words right after it.
enum class Head {
    Participants,   // "39 deltagare", "16 personer", "10 individer"
    Women,          // "19 kvinnor"
    Men,            // "4 män"
    Bare,           // "7 har avslutats", "5 är aktivt inne", "17 stycken"
    OfParticipants, // "208 av dessa", "30% av deltagarna"
    OfEnded,        // "21 % av de som avslutats", "2 av de som slutat"
    Other,          // "13 kommuner", "22 år", "100 000 kr": never a participant figure
};

struct NumberMention {
    std::size_t number = 0; // index of the number token
    double value = 0;
    Unit unit = Unit::Count;
    Head head = Head::Other;
    bool spelled_one = false;   // "en"/"ett": a number only right before a singular noun
    bool part_of_count = false; // "7 av 10 deltagare": a part of a stated whole
    bool anonymous = false;     // "3 anonyma deltagare"
    bool enrolled = false;      // "25 inskrivna deltagare"
    bool bound = false;         // "minst 5", "max 10", "över 100": a limit, not a figure
    // "Av de 18 som avslutats har 7 ...", "Av totalt 40 deltagare har 12 ...": the whole a later
    // figure of the sentence is a part of.
    bool opens_whole = false;
    std::size_t predicate = 0; // first token after the head
};

/// The numbers of a sentence that could be figures: ranges ("22-60 år"), dates
/// ("31 augusti 2022"), page numbers ("26/44") and the whole of "7 av 10" and "7 av de 10"
/// are left out.
std::vector<NumberMention> find_number_mentions(const std::vector<Token>& tokens);

/// The mention whose number stands at token `number`, or null.
const NumberMention* mention_at(const std::vector<NumberMention>& mentions, std::size_t number);

/// Clause limits: punctuation other than '/', and conjunctions such as "och" and "varav".
bool is_clause_boundary(const Token& token);

} // namespace finsam::figures
