#include "ingest/figures/Exclusions.h"

#include <string_view>

namespace finsam::figures {

namespace {

using namespace vocabulary;

// Verbs of reaching an insats without being enrolled in it.
constexpr std::string_view k_not_enrolled_verbs[] = {
    "remitterats", "remitterades", "remitterade",   "remitterat",     "anvisats",   "anvisades",
    "hänvisats",   "hänvisades",   "aktualiserats", "aktualiserades", "anmälts",    "anmäldes",
    "anmält",      "ansökt",       "ansökte",       "sökt",           "sökte",      "köar",
    "väntar",      "står",         "besökt",        "besökte",        "kontaktats", "kontaktades"};

// Events and the word endings that name them in compounds ("informationsträffen",
// "nätverksträffar", "dialogmöte"). A word ending so is an event; "bemötande" is not.
constexpr std::string_view k_event_endings[] = {"möte",
                                                "mötet",
                                                "möten",
                                                "mötena",
                                                "träff",
                                                "träffen",
                                                "träffar",
                                                "träffarna",
                                                "föreläsning",
                                                "föreläsningen",
                                                "föreläsningar",
                                                "föreläsningarna",
                                                "workshop",
                                                "workshopen",
                                                "workshops",
                                                "workshopar",
                                                "workshoparna",
                                                "seminarium",
                                                "seminariet",
                                                "seminarier",
                                                "seminarierna",
                                                "konferens",
                                                "konferensen",
                                                "konferenser",
                                                "konferenserna",
                                                "mässa",
                                                "mässan",
                                                "mässor",
                                                "mässorna",
                                                "föredrag",
                                                "föredraget",
                                                "föredragen",
                                                "studiebesök",
                                                "studiebesöket",
                                                "evenemang",
                                                "evenemanget",
                                                "event",
                                                "eventet",
                                                "temadag",
                                                "temadagen",
                                                "temadagar",
                                                "utbildningsdag",
                                                "utbildningsdagen",
                                                "inspirationsdag",
                                                "inspirationsdagen"};

// "I kön finns 11 personer", "14 personer står på väntelistan".
constexpr std::string_view k_queue_words[] = {"kö", "kön", "väntelista", "väntelistan",
                                              "väntelistor"};

bool names_event(const Token& token) {
    if (token.kind != TokenKind::Word)
        return false;
    for (std::string_view ending : k_event_endings) {
        if (token.text.ends_with(ending))
            return true;
    }
    return false;
}

} // namespace

bool counts_the_not_enrolled(const SentenceView& sentence, const NumberMention& mention) {
    if (is_one_of(sentence.at(sentence.verb_after(mention.predicate)), k_not_enrolled_verbs))
        return true;
    if (sentence.any_of(sentence.clause_start(mention.number),
                        sentence.clause_end(mention.predicate), k_queue_words))
        return true;
    return mention.number > 0 && is_one_of(sentence.at(mention.number - 1), k_not_enrolled_verbs);
}

bool counts_an_audience(const SentenceView& sentence, const NumberMention& mention) {
    const std::size_t end = sentence.clause_end(mention.predicate);
    for (std::size_t index = sentence.clause_start(mention.number); index < end; ++index) {
        if (names_event(sentence.at(index)))
            return true;
    }
    return false;
}

} // namespace finsam::figures
