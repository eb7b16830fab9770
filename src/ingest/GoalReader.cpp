#include "ingest/GoalReader.h"

#include "domain/Text.h"
#include "ingest/figures/FigureExtractor.h"
#include "ingest/text/Reflow.h"

#include <algorithm>

namespace finsam {

namespace {

constexpr std::string_view k_participant_nouns[] = {"deltagare", "deltagarna", "personer",
                                                    "individer", "ungdomar",   "unga"};

std::string_view without_punctuation(std::string_view word) {
    while (!word.empty() && std::string_view(".,;:()").find(word.back()) != std::string_view::npos)
        word.remove_suffix(1);
    while (!word.empty() && word.front() == '(')
        word.remove_prefix(1);
    return word;
}

/// Which key figure a goal is about, from what it says the participants reach. A negated
/// goal ("de som inte närmat sig arbete") is about something else.
std::optional<Measure> outcome_measure(const std::string& lower_text) {
    if (lower_text.find(" inte ") != std::string::npos)
        return std::nullopt;
    bool work = lower_text.find("arbete") != std::string::npos ||
                lower_text.find("jobb") != std::string::npos;
    bool studies = lower_text.find("studier") != std::string::npos ||
                   lower_text.find("utbildning") != std::string::npos;
    if (work && studies)
        return Measure::EndedToWorkOrStudies;
    if (work && lower_text.find("arbetsträning") == std::string::npos)
        return Measure::EndedToWork;
    if (studies)
        return Measure::EndedToStudies;
    return std::nullopt;
}

std::optional<double> percent_in(const std::vector<std::string>& words) {
    for (std::size_t index = 0; index < words.size(); ++index) {
        auto word = without_punctuation(words[index]);
        bool attached = word.ends_with('%');
        if (attached)
            word.remove_suffix(1);
        bool separate = !attached && index + 1 < words.size() &&
                        (words[index + 1].starts_with('%') || words[index + 1] == "procent");
        if (!attached && !separate)
            continue;
        auto number = parse_swedish_number(word);
        if (number)
            return *number;
    }
    return std::nullopt;
}

std::optional<double> participant_count_in(const std::vector<std::string>& words) {
    for (std::size_t index = 0; index + 1 < words.size(); ++index) {
        auto noun = lowercase(without_punctuation(words[index + 1]));
        bool names_participants =
            std::find(std::begin(k_participant_nouns), std::end(k_participant_nouns), noun) !=
            std::end(k_participant_nouns);
        if (!names_participants)
            continue;
        auto number = parse_swedish_number(without_punctuation(words[index]));
        if (number)
            return *number;
    }
    return std::nullopt;
}

/// "Genomförd plan; De aktiviteter som ..." states the goal before the semicolon.
std::string goal_text(std::string_view item) {
    auto semicolon = item.find(';');
    if (semicolon != std::string_view::npos && semicolon > 0)
        item = item.substr(0, semicolon);
    return collapse_whitespace(item);
}

void add_goal(std::vector<Goal>& goals, std::string_view item) {
    auto text = goal_text(item);
    if (!text.empty())
        goals.push_back(measurable_goal(text));
}

void read_section_goals(const Section& section, bool paragraphs, std::vector<Goal>& goals) {
    for (auto line : split_lines(section.text)) {
        line = trim(line);
        if (line.empty())
            continue;
        if (is_bullet_line(line)) {
            add_goal(goals, trim(line.substr(line.find(' ') + 1)));
            continue;
        }
        // "Mer konkret är målet att:" introduces the goals that follow; it is none itself.
        if (paragraphs && !line.ends_with(':'))
            add_goal(goals, line);
    }
}

} // namespace

Goal measurable_goal(std::string_view text) {
    Goal goal{std::string(text), std::nullopt, std::nullopt, std::nullopt};
    auto words = split_words(goal.text);
    auto lower = lowercase(goal.text);
    if (auto percent = percent_in(words)) {
        goal.target = percent;
        goal.unit = Unit::Percent;
        goal.measure = outcome_measure(lower);
    } else if (auto count = participant_count_in(words)) {
        goal.target = count;
        goal.unit = Unit::Count;
        goal.measure = outcome_measure(lower).value_or(Measure::ParticipantsTotal);
    }
    return goal;
}

std::vector<Goal> read_goals(const std::vector<Section>& sections,
                             const TemplateDefinition& definition) {
    std::vector<Goal> goals;
    for (const auto& section : sections) {
        const auto& ids = definition.goals.section_ids;
        if (std::find(ids.begin(), ids.end(), section.id) != ids.end())
            read_section_goals(section, definition.goals.paragraphs, goals);
    }
    return goals;
}

} // namespace finsam
