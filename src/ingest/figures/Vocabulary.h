#pragma once

#include "ingest/figures/Tokens.h"

#include <span>
#include <string_view>

namespace finsam::figures::vocabulary {

using WordList = std::span<const std::string_view>;

inline bool is_one_of(const Token& token, WordList words) {
    if (token.kind != TokenKind::Word)
        return false;
    for (std::string_view word : words) {
        if (token.text == word)
            return true;
    }
    return false;
}

// What the reports call the people in an insats; singular forms serve "en deltagare".
// "unga" stands for the people in "29 unga har deltagit", and is an adjective before a noun.
inline constexpr std::string_view k_participant_nouns[] = {
    "deltagare", "deltagaren",  "deltagarna", "person",     "personer", "personerna", "individ",
    "individer", "individerna", "ungdomar",   "ungdomarna", "brukare",  "unga",       "vuxna",
};
// Adjectives before a participant noun that do not change what is counted ("unga kvinnor").
inline constexpr std::string_view k_participant_adjectives[] = {"unga", "unika"};
inline constexpr std::string_view k_singular_nouns[] = {"deltagare", "deltagaren", "person",
                                                        "individ", "kvinna"};
inline constexpr std::string_view k_women[] = {"kvinnor", "kvinna", "kvinnorna"};
inline constexpr std::string_view k_men[] = {"män", "männen"};

// Words between a number and its noun that change what is counted.
inline constexpr std::string_view k_new[] = {"nya",  "nytillkomna", "olika",
                                             "fler", "andra",       "övriga"};
inline constexpr std::string_view k_counted_units[] = {"st", "stycken"};
// Words that may follow a number standing without its noun ("7 har avslutats", "5 är ...").
inline constexpr std::string_view k_bare_followers[] = {
    "har",    "hade", "ha",   "är",   "var",    "avslutades", "avslutade", "avslutats",
    "gick",   "fick", "fått", "gått", "kommit", "påbörjade",  "påbörjat",  "började",
    "börjat", "som",  "till", "blev", "kommer", "skrevs",     "övergått",  "erhållit"};
// After "av": "208 av dessa", "3 av alla".
inline constexpr std::string_view k_reference_words[] = {"dessa", "dem", "samtliga", "alla"};
// Before a count that a later figure is a part of: "Av de 18 som avslutats har 7 ...".
inline constexpr std::string_view k_whole_openers[] = {"de", "totalt", "samtliga", "alla"};
inline constexpr std::string_view k_enrolled_adjectives[] = {"aktiva", "inskrivna"};
// "har varit inskrivna", and the typo "inskriva" a seed has.
inline constexpr std::string_view k_enrolled_participles[] = {"inskrivna", "inskriva"};
inline constexpr std::string_view k_have[] = {"har", "hade"};
// Verbs that carry a clause after "21 % av de som avslutats (under perioden) ...".
inline constexpr std::string_view k_finite_verbs[] = {"har",  "ha",   "hade",      "är",     "var",
                                                      "gick", "fick", "påbörjade", "började"};
// Words that end a clause: the figure and its verb stand between two of them.
inline constexpr std::string_view k_conjunctions[] = {"och",   "samt",   "men",      "varav",
                                                      "medan", "vilket", "eftersom", "där"};
inline constexpr std::string_view k_approximations[] = {"drygt",  "cirka",  "ca",      "ungefär",
                                                        "knappt", "nästan", "omkring", "runt"};

inline constexpr std::string_view k_months[] = {
    "januari",   "februari", "mars",     "april",    "maj", "juni", "juli", "augusti",
    "september", "oktober",  "november", "december", "jan", "feb",  "apr",  "jun",
    "jul",       "aug",      "sep",      "sept",     "okt", "nov",  "dec",
};

// A bound is not a figure: "max 10 individer i taget", "över 100 ungdomar".
inline constexpr std::string_view k_bounds[] = {"över", "minst", "max", "maximalt", "högst", "än"};

// Words between a subject and its verb that do not change the meaning.
inline constexpr std::string_view k_fillers[] = {
    "har",      "hade",     "ha",     "nu",         "också",    "även",  "dock",   "sedan",
    "därefter", "dessutom", "totalt", "sammanlagt", "hittills", "redan", "alltså", "således"};
inline constexpr std::string_view k_negations[] = {"inte", "ej", "icke", "aldrig"};

inline constexpr std::string_view k_ended_verbs[] = {
    "avslutats", "avslutades", "avslutade", "avslutat", "slutat", "slutade", "utskrivits"};
// "skrivits ut", "skrevs ut": ended, written in two words.
inline constexpr std::string_view k_written_out_verbs[] = {"skrivits", "skrevs"};
// Words after "avslutats" that make it one kind of ending, not all of them.
inline constexpr std::string_view k_end_reasons[] = {"pga", "p.g.a",    "till",  "med",    "efter",
                                                     "för", "eftersom", "grund", "förtid", "mot"};

inline constexpr std::string_view k_outcome_receive_verbs[] = {"fått", "fick", "erhållit",
                                                               "erhöll"};
inline constexpr std::string_view k_outcome_move_verbs[] = {
    "gått",     "gick",      "kommit",     "kom",      "övergått",
    "övergick", "avslutats", "avslutades", "slussats", "slussades"};
inline constexpr std::string_view k_outcome_start_verbs[] = {"påbörjat", "påbörjade", "börjat",
                                                             "började"};
inline constexpr std::string_view k_outcome_particles[] = {"vidare", "direkt", "ut", "sedan"};
inline constexpr std::string_view k_destination_prepositions[] = {"till", "i"};
inline constexpr std::string_view k_destination_modifiers[] = {
    "ett",       "en",       "eget",           "egen",     "ordinarie", "reguljärt",
    "reguljära", "reguljär", "subventionerat", "anpassat", "fast",      "högre"};
inline constexpr std::string_view k_work[] = {"arbete", "jobb",  "anställning",
                                              "arbeta", "jobba", "lönearbete"};
// Compounds that name work: "tillsvidareanställning", "deltidsarbete", "sommarjobb". Not any
// word ending in "arbete": "samarbete" is no job.
inline constexpr std::string_view k_work_endings[] = {"anställning", "tidsarbete", "jobb"};
inline constexpr std::string_view k_studies[] = {
    "studier",       "studera",       "utbildning",      "studierna",         "komvux",
    "folkhögskola",  "folkhögskolan", "högskola",        "högskolan",         "universitet",
    "universitetet", "gymnasiet",     "vuxenutbildning", "vuxenutbildningen", "yrkesutbildning"};

inline bool is_work(const Token& token) {
    if (is_one_of(token, k_work))
        return true;
    if (token.kind != TokenKind::Word)
        return false;
    for (std::string_view ending : k_work_endings) {
        if (token.text.ends_with(ending))
            return true;
    }
    return false;
}

inline bool is_studies(const Token& token) {
    return is_one_of(token, k_studies);
}
inline constexpr std::string_view k_achieved[] = {"uppnått", "nått"};

inline constexpr std::string_view k_now_words[] = {"idag", "nu", "nuläget", "närvarande",
                                                   "dagsläget"};
inline constexpr std::string_view k_total_words[] = {"totalt", "sammanlagt", "sammantaget"};
inline constexpr std::string_view k_took_part[] = {"deltagit", "medverkat"};
// "deltagit i insatsen", "totalt 45 deltagare i projektet".
inline constexpr std::string_view k_insats_words[] = {"insatsen", "projektet", "verksamheten",
                                                      "gruppen"};

// Goals: "Målet om totalt 50 deltagare", "Målsättningen var att ...", "Huvudmålet är ...".
inline constexpr std::string_view k_goal_words[] = {
    "mål",           "målet",    "målen",      "målsättning", "målsättningen",
    "målsättningar", "huvudmål", "huvudmålet", "delmål",      "delmålet",
    "delmålen",      "målvärde", "målvärdet",  "målnivå",     "målnivån",
};
inline constexpr std::string_view k_modal_words[] = {"ska", "skall",    "skulle",
                                                     "bör", "beräknas", "planeras"};
// Forecasts and estimates: "räknar vi med att omkring 40 personer kommer att ha deltagit",
// "förväntas", "omkring 40 deltagare är realistiskt". Not outcomes, whatever they count.
inline constexpr std::string_view k_forecast_words[] = {
    "beräknar",    "förväntas",  "förväntar",  "väntas",           "planerar",  "prognos",
    "prognosen",   "uppskattar", "uppskattas", "uppskattningsvis", "bedömer",   "bedöms",
    "tror",        "hoppas",     "troligen",   "troligtvis",       "sannolikt", "förhoppningsvis",
    "realistiskt", "realistisk", "torde",      "siktar",
};
// "räknar (vi) med": expects.
inline constexpr std::string_view k_reckon_verbs[] = {"räknar", "räknade", "räknat"};
// After "kommer" these make it the future ("kommer att ha deltagit", "kommer bli").
inline constexpr std::string_view k_future_markers[] = {"att", "bli"};
// Words that end the reach of a goal word: "målet blir svårt att nå, men omkring 40 ...".
inline constexpr std::string_view k_contrasts[] = {"men"};
// Outcome verbs that turn a goal sentence into a report on it ("Gällande målen har ... uppnått").
inline constexpr std::string_view k_goal_outcome_verbs[] = {
    "uppnått", "uppnåtts", "nått", "nåtts",      "uppfyllt", "uppfyllts",
    "klarat",  "klarats",  "blev", "resulterat", "haft"};

} // namespace finsam::figures::vocabulary
