#include "ingest/text/PeriodPhrases.h"

#include "domain/Text.h"

#include <array>
#include <charconv>
#include <vector>

namespace finsam {

namespace {

/// A word or a number of the text, lower-cased, with where it stands.
struct Token {
    std::string word;
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// The length of the letter at `index`: 1 for ASCII, 2 for a Latin-1 letter in UTF-8 (å ä
/// ö é...), 0 for anything else (digits, punctuation, dashes, spaces).
std::size_t letter_length(std::string_view text, std::size_t index) {
    const auto byte = static_cast<unsigned char>(text[index]);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z'))
        return 1;
    if (byte != 0xC3 || index + 1 >= text.size())
        return 0;
    const auto next = static_cast<unsigned char>(text[index + 1]);
    return next >= 0x80 && next <= 0xBF && next != 0x97 && next != 0xB7 ? 2 : 0;
}

/// Runs of letters and runs of digits: "Q3" gives "q" and "3", "januari–juni" two words.
std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t index = 0;
    while (index < text.size()) {
        const auto begin = index;
        if (is_ascii_digit(text[index])) {
            while (index < text.size() && is_ascii_digit(text[index]))
                ++index;
        } else {
            for (auto length = letter_length(text, index); length > 0 && index < text.size();
                 length = index < text.size() ? letter_length(text, index) : 0)
                index += length;
        }
        if (index == begin) {
            ++index;
            continue;
        }
        tokens.push_back({lowercase(text.substr(begin, index - begin)), begin, index});
    }
    return tokens;
}

std::optional<int> number_of(const Token& token, int low, int high) {
    int value = 0;
    const auto* end = token.word.data() + token.word.size();
    const auto [stop, error] = std::from_chars(token.word.data(), end, value);
    if (error != std::errc() || stop != end || value < low || value > high)
        return std::nullopt;
    return value;
}

std::optional<int> year_of(const Token& token) {
    return token.word.size() == 4 ? number_of(token, 1990, 2099) : std::nullopt;
}

std::optional<int> day_of(const Token& token) {
    return token.word.size() <= 2 ? number_of(token, 1, 31) : std::nullopt;
}

std::optional<int> month_of(const Token& token) {
    static constexpr std::array<std::array<std::string_view, 3>, 12> k_months{{
        {"januari", "jan", ""},
        {"februari", "feb", ""},
        {"mars", "mar", ""},
        {"april", "apr", ""},
        {"maj", "", ""},
        {"juni", "jun", ""},
        {"juli", "jul", ""},
        {"augusti", "aug", ""},
        {"september", "sep", "sept"},
        {"oktober", "okt", ""},
        {"november", "nov", ""},
        {"december", "dec", ""},
    }};
    for (std::size_t month = 0; month < k_months.size(); ++month) {
        for (const auto name : k_months[month]) {
            if (!name.empty() && token.word == name)
                return static_cast<int>(month) + 1;
        }
    }
    return std::nullopt;
}

std::optional<int> ordinal_of(const Token& token) {
    static constexpr std::array<std::string_view, 4> k_ordinals{"första", "andra", "tredje",
                                                                "fjärde"};
    for (std::size_t index = 0; index < k_ordinals.size(); ++index) {
        if (token.word == k_ordinals[index])
            return static_cast<int>(index) + 1;
    }
    return std::nullopt;
}

Date last_day_of(int year, int month) {
    return std::chrono::year_month_day_last{
        std::chrono::year{year},
        std::chrono::month_day_last{std::chrono::month{static_cast<unsigned>(month)}}};
}

std::optional<Date> date_of(int year, int month, int day) {
    const Date date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                    std::chrono::day{static_cast<unsigned>(day)}};
    return date.ok() ? std::optional(date) : std::nullopt;
}

/// Reads the text between tokens as a range's separator: a dash, or "till", "t.o.m.".
class Phrase {
public:
    explicit Phrase(std::string_view text) : m_text(text), m_tokens(tokens_of(text)) {}

    std::size_t size() const { return m_tokens.size(); }
    const Token& operator[](std::size_t index) const { return m_tokens[index]; }

    /// Whether a dash stands between token `index` - 1 and token `index`.
    bool dash_before(std::size_t index) const {
        if (index == 0 || index >= m_tokens.size())
            return false;
        const auto gap =
            m_text.substr(m_tokens[index - 1].end, m_tokens[index].begin - m_tokens[index - 1].end);
        return gap.find('-') != std::string_view::npos ||
               gap.find("\u2013") != std::string_view::npos ||
               gap.find("\u2014") != std::string_view::npos;
    }

    /// The index after a range separator that starts at `index` (a dash before it, "till",
    /// "t.o.m."), or nothing.
    std::optional<std::size_t> after_separator(std::size_t index) const {
        if (index >= m_tokens.size())
            return std::nullopt;
        const auto& word = m_tokens[index].word;
        if (word == "till")
            return index + 1;
        if (word == "t" && index + 2 < m_tokens.size() && m_tokens[index + 1].word == "o" &&
            m_tokens[index + 2].word == "m")
            return index + 3;
        if (dash_before(index))
            return index;
        return std::nullopt;
    }

    PeriodPhrase phrase(Period period, std::size_t first, std::size_t last,
                        bool assumed = false) const {
        const auto begin = m_tokens[first].begin;
        return {period, std::string(m_text.substr(begin, m_tokens[last].end - begin)), assumed};
    }

private:
    std::string_view m_text;
    std::vector<Token> m_tokens;
};

/// "[1] januari [2024] – [30] juni 2024" starting at the first month, `at`.
std::optional<PeriodPhrase> month_range_at(const Phrase& phrase, std::size_t at) {
    const auto first_month = month_of(phrase[at]);
    if (!first_month)
        return std::nullopt;
    const std::optional<int> first_day = at > 0 ? day_of(phrase[at - 1]) : std::nullopt;
    std::size_t next = at + 1;
    std::optional<int> first_year;
    if (next < phrase.size() && (first_year = year_of(phrase[next])))
        ++next;
    const auto after = phrase.after_separator(next);
    if (!after)
        return std::nullopt;
    next = *after;
    std::optional<int> last_day;
    if (next + 1 < phrase.size() && (last_day = day_of(phrase[next])) && month_of(phrase[next + 1]))
        ++next;
    else
        last_day.reset();
    if (next >= phrase.size())
        return std::nullopt;
    const auto last_month = month_of(phrase[next]);
    if (!last_month)
        return std::nullopt;
    const std::optional<int> last_year =
        next + 1 < phrase.size() ? year_of(phrase[next + 1]) : std::nullopt;
    if (!first_year && !last_year)
        return std::nullopt;
    const int end_year = last_year.value_or(*first_year);
    const int start_year =
        first_year.value_or(*first_month > *last_month ? end_year - 1 : end_year);
    const auto start = date_of(start_year, *first_month, first_day.value_or(1));
    const Date end = last_day ? date_of(end_year, *last_month, *last_day).value_or(Date{})
                              : last_day_of(end_year, *last_month);
    if (!start || !end.ok())
        return std::nullopt;
    const auto first = first_day ? at - 1 : at;
    return phrase.phrase({*start, end}, first, last_year ? next + 1 : next);
}

/// "första halvåret 2024", "andra halvåret 2024", "halvår 1 2024", "H1 2024".
std::optional<PeriodPhrase> half_year_at(const Phrase& phrase, std::size_t at) {
    std::optional<int> half;
    std::size_t year_at = at + 1;
    const auto& word = phrase[at].word;
    if (const auto ordinal = ordinal_of(phrase[at]); ordinal && *ordinal <= 2 &&
                                                     at + 1 < phrase.size() &&
                                                     phrase[at + 1].word.starts_with("halvår")) {
        half = ordinal;
        year_at = at + 2;
    } else if ((word == "halvår" || word == "h") && at + 1 < phrase.size()) {
        half = number_of(phrase[at + 1], 1, 2);
        year_at = at + 2;
    }
    if (!half || year_at >= phrase.size())
        return std::nullopt;
    const auto year = year_of(phrase[year_at]);
    if (!year)
        return std::nullopt;
    const int first_month = *half == 1 ? 1 : 7;
    return phrase.phrase({*date_of(*year, first_month, 1), last_day_of(*year, first_month + 5)}, at,
                         year_at);
}

/// "kvartal 3 2024", "kv 3 2024", "Q3 2024", "tredje kvartalet 2024".
std::optional<PeriodPhrase> quarter_at(const Phrase& phrase, std::size_t at) {
    std::optional<int> quarter;
    std::size_t year_at = at + 2;
    const auto& word = phrase[at].word;
    if (const auto ordinal = ordinal_of(phrase[at]);
        ordinal && at + 1 < phrase.size() && phrase[at + 1].word.starts_with("kvartal")) {
        quarter = ordinal;
    } else if ((word == "kvartal" || word == "kv" || word == "q") && at + 1 < phrase.size()) {
        quarter = number_of(phrase[at + 1], 1, 4);
    }
    if (!quarter || year_at >= phrase.size())
        return std::nullopt;
    const auto year = year_of(phrase[year_at]);
    if (!year)
        return std::nullopt;
    const int first_month = (*quarter - 1) * 3 + 1;
    return phrase.phrase({*date_of(*year, first_month, 1), last_day_of(*year, first_month + 2)}, at,
                         year_at);
}

} // namespace

std::optional<PeriodPhrase> find_month_period(std::string_view text) {
    const Phrase phrase(text);
    for (std::size_t at = 0; at < phrase.size(); ++at) {
        for (const auto reader : {month_range_at, half_year_at, quarter_at}) {
            if (auto found = reader(phrase, at))
                return found;
        }
    }
    return std::nullopt;
}

std::optional<PeriodPhrase> find_year_period(std::string_view text) {
    const Phrase phrase(text);
    for (std::size_t at = 0; at < phrase.size(); ++at) {
        const auto year = year_of(phrase[at]);
        if (!year)
            continue;
        const bool interim = at > 0 && phrase[at - 1].word.starts_with("delår");
        if (interim)
            return phrase.phrase({*date_of(*year, 1, 1), last_day_of(*year, 6)}, at - 1, at, true);
        const std::optional<int> last_year = at + 1 < phrase.size() && phrase.dash_before(at + 1)
                                                 ? year_of(phrase[at + 1])
                                                 : std::nullopt;
        if (last_year && *last_year > *year)
            return phrase.phrase({*date_of(*year, 1, 1), last_day_of(*last_year, 12)}, at, at + 1);
        return phrase.phrase({*date_of(*year, 1, 1), last_day_of(*year, 12)}, at, at);
    }
    return std::nullopt;
}

} // namespace finsam
