#include "ingest/text/FreeHeader.h"

#include "domain/Text.h"
#include "ingest/text/PeriodPhrases.h"

#include <algorithm>
#include <array>

namespace finsam {

namespace {

constexpr std::size_t k_title_lines = 3;    // the title and a subtitle or two
constexpr std::size_t k_opening_lines = 15; // where a period in words is the report's own
constexpr std::size_t k_max_name_words = 8;

constexpr std::array<std::string_view, 7> k_name_labels{
    "insatsens namn",  "insatsnamn", "namn på insatsen", "projektnamn",
    "projektets namn", "insats",     "projekt"};
constexpr std::array<std::string_view, 7> k_owner_labels{
    "projektägare/ansvarig part", "projektägare", "insatsägare", "huvudman", "ansvarig part",
    "ansvarig organisation",      "utförare"};
constexpr std::array<std::string_view, 8> k_period_labels{
    "rapportperiod",      "redovisningsperiod",
    "uppföljningsperiod", "period",
    "tidsperiod",         "rapporten avser perioden",
    "avser perioden",     "rapporten gäller för perioden"};
constexpr std::array<std::string_view, 5> k_intervention_period_labels{
    "projektperiod", "insatsperiod", "insatstid", "projekttid", "projektets period"};

// Words a title uses for the kind of document, before or after the insats's name.
constexpr std::array<std::string_view, 20> k_report_words{
    "lägesrapport",    "delårsrapport",       "halvårsrapport",      "årsrapport",
    "rapport",         "verksamhetsrapport",  "statusrapport",       "projektrapport",
    "delrapport",      "uppföljningsrapport", "utvärderingsrapport", "slutrapport",
    "kvartalsrapport", "uppföljning",         "utvärdering",         "utvärderingen",
    "sammanfattning",  "redovisning",         "rapportering",        "lägesbeskrivning"};
// A förbund's own documents: their titles name no insats.
constexpr std::array<std::string_view, 5> k_association_words{
    "årsredovisning", "verksamhetsberättelse", "årsberättelse", "verksamhetsplan", "förbund"};
constexpr std::array<std::string_view, 12> k_filler_words{
    "för",      "av",       "om",    "från",     "inom",      "kring",
    "avseende", "gällande", "under", "insatsen", "projektet", "och"};

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

/// The value of `label` on the line ("Period: 2024"), "" for the label alone, or nothing.
std::optional<std::string> labelled_value(std::string_view line, std::string_view label) {
    const std::string lower = lowercase(collapse_whitespace(line));
    if (!lower.starts_with(label))
        return std::nullopt;
    std::string_view rest = std::string_view(lower).substr(label.size());
    if (rest.empty() || rest == ":")
        return std::string();
    if (!rest.starts_with(':'))
        return std::nullopt;
    // The value as written: the label's bytes are the same lower-cased (ASCII and Latin-1).
    const std::string written = collapse_whitespace(line);
    return std::string(trim(std::string_view(written).substr(label.size() + 1)));
}

/// The value of the first of `labels` in lines [begin, end): after the colon, or on the next
/// line with text when the label stands alone. The lines it was read from go to `used`.
template <std::size_t N>
std::optional<std::string>
find_labelled(const std::vector<LayoutLine>& lines, std::size_t begin, std::size_t end,
              const std::array<std::string_view, N>& labels, std::vector<std::size_t>& used) {
    for (auto index = begin; index < end; ++index) {
        const auto& line = lines[index];
        const std::string& text = line.heading ? line.heading->title : line.text;
        for (const auto label : labels) {
            auto value = labelled_value(text, label);
            if (!value)
                continue;
            if (!value->empty()) {
                used.push_back(index);
                return value;
            }
            for (auto next = index + 1; next < end; ++next) {
                if (lines[next].text.empty())
                    continue;
                if (lines[next].heading)
                    break;
                used.insert(used.end(), {index, next});
                return lines[next].text;
            }
        }
    }
    return std::nullopt;
}

/// The lines with text among the first `count` of [begin, end).
std::vector<const LayoutLine*> opening_lines(const std::vector<LayoutLine>& lines,
                                             std::size_t begin, std::size_t end,
                                             std::size_t count) {
    std::vector<const LayoutLine*> opening;
    for (auto index = begin; index < end && opening.size() < count; ++index) {
        if (!lines[index].text.empty())
            opening.push_back(&lines[index]);
    }
    return opening;
}

/// `text` without its years ("Kompassen – delårsrapport 2024" gives "Kompassen –
/// delårsrapport "): the words around a year say what the document is.
std::string without_years(std::string_view text) {
    std::string result;
    for (const auto& word : split_words(text)) {
        const bool year = word.size() == 4 &&
                          std::all_of(word.begin(), word.end(), is_ascii_digit) &&
                          (word.starts_with("19") || word.starts_with("20"));
        if (!year)
            result += (result.empty() ? "" : " ") + word;
    }
    return result;
}

std::string without_phrase(std::string text, const std::optional<PeriodPhrase>& phrase) {
    if (!phrase)
        return text;
    const auto at = text.find(phrase->words);
    if (at != std::string::npos)
        text.erase(at, phrase->words.size());
    return text;
}

std::string trimmed_name(std::string_view text) {
    auto name = trim(text);
    const auto is_edge = [](char character) {
        return std::string_view(" \t-:,.()\"'").find(character) != std::string_view::npos;
    };
    while (!name.empty() && is_edge(name.front()))
        name.remove_prefix(1);
    while (!name.empty() && is_edge(name.back()))
        name.remove_suffix(1);
    // En and em dashes are three bytes in UTF-8.
    for (const std::string_view dash : {"\u2013", "\u2014"}) {
        while (name.ends_with(dash))
            name = trim(name.substr(0, name.size() - dash.size()));
        while (name.starts_with(dash))
            name = trim(name.substr(dash.size()));
    }
    return collapse_whitespace(name);
}

/// The words of `text` with the report and filler words at its start and end removed:
/// "Lägesrapport för insatsen Kompassen" gives "Kompassen"; whether any report word was
/// there goes to `had_report_word`.
std::string without_report_words(std::string_view text, bool& had_report_word) {
    auto words = split_words(text);
    const auto droppable = [&](const std::string& word) {
        const auto lower = lowercase(trimmed_name(word));
        const bool report_word = is_one_of(lower, k_report_words);
        had_report_word = had_report_word || report_word;
        return report_word || is_one_of(lower, k_filler_words) || trimmed_name(word).empty();
    };
    while (!words.empty() && droppable(words.front()))
        words.erase(words.begin());
    while (!words.empty() && droppable(words.back()))
        words.pop_back();
    std::string name;
    for (const auto& word : words)
        name += (name.empty() ? "" : " ") + word;
    return trimmed_name(name);
}

bool names_an_association(std::string_view text) {
    const std::string lower = lowercase(text);
    return std::any_of(
        k_association_words.begin(), k_association_words.end(),
        [&](std::string_view word) { return lower.find(word) != std::string::npos; });
}

/// A name is written with a capital (Kompassen, Steget före, IPS) or a digit: "Sammanfattning
/// av året" names no insats.
bool starts_like_a_name(std::string_view name) {
    if (name.empty())
        return false;
    const auto first = static_cast<unsigned char>(name[0]);
    if ((first >= 'A' && first <= 'Z') || is_ascii_digit(name[0]))
        return true;
    const auto second = name.size() > 1 ? static_cast<unsigned char>(name[1]) : 0;
    return first == 0xC3 && second >= 0x80 && second <= 0x9E; // Å Ä Ö É ...
}

/// Whether `name` can be an insats's name: a few words, no förbund, no heading word. Read from
/// a title it must also start like a name; a label ("Insats: ...") says it is one.
bool plausible_name(const std::string& name, bool labelled = false) {
    const auto words = split_words(name);
    return !words.empty() && (labelled || starts_like_a_name(name)) &&
           words.size() <= k_max_name_words && !names_an_association(name) &&
           !own_heading(name).value_or(OwnHeading{}).well_known;
}

/// The title split at a dash or colon between words ("Kompassen – lägesrapport",
/// "Lägesrapport: Kompassen"): the side without report words names the insats.
std::string name_beside_report_word(std::string_view title) {
    for (const std::string_view separator : {" \u2013 ", " \u2014 ", " - ", ": "}) {
        const auto at = title.find(separator);
        if (at == std::string_view::npos)
            continue;
        bool left_is_report = false;
        bool right_is_report = false;
        const auto left = without_report_words(title.substr(0, at), left_is_report);
        const auto right =
            without_report_words(title.substr(at + separator.size()), right_is_report);
        if (right_is_report && !left_is_report && plausible_name(left))
            return left;
        if (left_is_report && !right_is_report && plausible_name(right))
            return right;
    }
    return {};
}

/// The insats a title names, or "": `next` is the line below the title, which names it when
/// the title only says what the document is ("Lägesrapport" / "Kompassen").
std::string name_in_title(const std::string& title, const LayoutLine* next) {
    if (names_an_association(title))
        return {};
    const auto text = without_years(without_phrase(title, find_month_period(title)));
    if (auto beside = name_beside_report_word(text); !beside.empty())
        return beside;
    bool had_report_word = false;
    const auto rest = without_report_words(text, had_report_word);
    const auto title_words = split_words(title);
    const std::string first_word = title_words.empty() ? "" : lowercase(title_words.front());
    const bool names_intervention = first_word == "insatsen" || first_word == "projektet";
    if ((had_report_word || names_intervention) && plausible_name(rest))
        return rest;
    if (had_report_word && rest.empty() && next && next->heading && plausible_name(next->text))
        return trimmed_name(next->text);
    return {};
}

/// Reads a labelled period; a value in words ("januari–juni 2024", "2024") too.
void read_period_value(const std::string& value, StatedPeriod& period, FreeHeader& header,
                       bool reported) {
    auto parsed = parse_period(value);
    if (parsed.period.start || parsed.period.end || !parsed.errors.empty()) {
        period = parsed.period;
        for (auto& error : parsed.errors)
            header.date_errors.push_back(std::move(error));
    } else if (auto phrase = find_month_period(value);
               phrase || (phrase = find_year_period(value))) {
        period = {phrase->period.start, phrase->period.end};
        if (reported)
            header.period_assumed = phrase->assumed;
    } else {
        return;
    }
    if (reported)
        header.period_words = value;
}

/// A line of a title: the first line, or a heading or short line below it ("Samordningsförbundet
/// Exempeldalen"); a sentence is the text's.
bool is_title_line(const LayoutLine& line, bool first) {
    return first || line.heading ||
           (split_words(line.text).size() <= k_max_name_words && !line.text.ends_with('.'));
}

/// The period the opening lines state in months, else the one the title lines state in years.
void read_title_period(const std::vector<const LayoutLine*>& opening, FreeHeader& header) {
    for (const auto* line : opening) {
        if (auto phrase = find_month_period(line->text)) {
            header.period = {phrase->period.start, phrase->period.end};
            header.period_words = phrase->words;
            return;
        }
    }
    const auto titles = std::min(opening.size(), k_title_lines);
    for (std::size_t index = 0; index < titles && is_title_line(*opening[index], index == 0);
         ++index) {
        if (auto phrase = find_year_period(opening[index]->text)) {
            header.period = {phrase->period.start, phrase->period.end};
            header.period_words = phrase->words;
            header.period_assumed = phrase->assumed;
            return;
        }
    }
}

} // namespace

FreeHeader read_free_header(const std::vector<LayoutLine>& lines, std::size_t begin,
                            std::size_t end) {
    FreeHeader header;
    end = std::min(end, lines.size());
    auto& used = header.label_lines;
    if (auto name = find_labelled(lines, begin, end, k_name_labels, used);
        name && plausible_name(trimmed_name(*name), true))
        header.intervention_name = trimmed_name(*name);
    if (auto owner = find_labelled(lines, begin, end, k_owner_labels, used))
        header.owner = collapse_whitespace(*owner);
    if (auto period = find_labelled(lines, begin, end, k_period_labels, used))
        read_period_value(*period, header.period, header, true);
    if (auto period = find_labelled(lines, begin, end, k_intervention_period_labels, used))
        read_period_value(*period, header.intervention_period, header, false);

    const auto opening = opening_lines(lines, begin, end, k_opening_lines);
    if (header.intervention_name.empty() && !opening.empty()) {
        const LayoutLine* next = opening.size() > 1 ? opening[1] : nullptr;
        header.intervention_name = name_in_title(opening.front()->text, next);
        // A title in plain text is the document's, not its first paragraph's; a title that
        // is a heading heads its section.
        if (!header.intervention_name.empty() && !opening.front()->heading)
            used.push_back(static_cast<std::size_t>(opening.front() - lines.data()));
    }
    if (!header.period.start && !header.period.end)
        read_title_period(opening, header);
    return header;
}

} // namespace finsam
