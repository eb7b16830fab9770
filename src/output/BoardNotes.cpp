#include "output/BoardNotes.h"

namespace finsam {

namespace {

std::string small_counts(int small_count_threshold) {
    return "färre än " + std::to_string(small_count_threshold) +
           " deltagare, eller en uppgift som skulle avslöja ett sådant antal";
}

} // namespace

void BoardMarks::add(const BoardCount& count) {
    hidden = hidden || count.hidden;
    marked = marked || (count.marked && !count.hidden);
    unconfirmed = unconfirmed || (count.unconfirmed && !count.hidden);
}

void BoardMarks::add(const BoardGoal& goal) {
    hidden = hidden || goal.outcome_hidden;
    unconfirmed = unconfirmed || (goal.unconfirmed && !goal.outcome_hidden);
}

std::string board_hidden_explanation(int small_count_threshold) {
    return "uppgiften visas inte: " + small_counts(small_count_threshold);
}

std::string board_marked_explanation(int small_count_threshold) {
    return "visas inte för styrelsen: " + small_counts(small_count_threshold);
}

std::string board_unconfirmed_explanation() {
    return "läst ur rapportens text, ej bekräftad av kansliet";
}

std::string board_period_text(const Period& period) {
    return format_iso(period.start) + " – " + format_iso(period.end);
}

} // namespace finsam
