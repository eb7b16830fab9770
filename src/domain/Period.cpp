#include "domain/Period.h"

#include "domain/Text.h"

#include <array>
#include <cstddef>
#include <utility>

namespace finsam {

namespace {

using std::chrono::day;
using std::chrono::last;
using std::chrono::month;
using std::chrono::year_month_day_last;

Period months_of(std::chrono::year year, unsigned first_month, unsigned month_count) {
    const month start_month{first_month};
    const month end_month{first_month + month_count - 1};
    return Period{Date{year, start_month, day{1}},
                  Date{year_month_day_last{year, std::chrono::month_day_last{end_month}}}};
}

std::size_t digit_run_end(std::string_view text, std::size_t position) {
    while (position < text.size() && is_ascii_digit(text[position]))
        ++position;
    return position;
}

// A stretch of text that looks like one written date, readable or not.
struct DateCandidate {
    std::size_t begin;
    std::size_t end;
};

// Hyphenated dates (`2024-01-01`, `22-02-15`) are recognised first so that their hyphens are
// not mistaken for the separator between two dates. Other numbers count as a date only with
// 5-8 digits: shorter ones are page numbers or years, and a 5 or 7 digit run is a mistyped
// date the reviewer should hear about.
std::vector<DateCandidate> find_date_candidates(std::string_view text) {
    std::vector<DateCandidate> candidates;
    std::size_t position = 0;
    while (position < text.size()) {
        if (!is_ascii_digit(text[position])) {
            ++position;
            continue;
        }
        const std::size_t first_end = digit_run_end(text, position);
        const std::size_t first_length = first_end - position;
        if ((first_length == 4 || first_length == 2) && first_end < text.size() &&
            text[first_end] == '-') {
            const std::size_t second_end = digit_run_end(text, first_end + 1);
            if (second_end - first_end - 1 == 2 && second_end < text.size() &&
                text[second_end] == '-') {
                const std::size_t third_end = digit_run_end(text, second_end + 1);
                if (third_end - second_end - 1 == 2) {
                    candidates.push_back({position, third_end});
                    position = third_end;
                    continue;
                }
            }
        }
        if (first_length >= 5 && first_length <= 8)
            candidates.push_back({position, first_end});
        position = first_end;
    }
    return candidates;
}

bool is_separator(std::string_view text) {
    constexpr std::array<std::string_view, 6> k_separators{
        "-", "--", "\xE2\x80\x93" /* en dash */, "\xE2\x80\x94" /* em dash */, "till", "Till"};
    const std::string_view trimmed = trim(text);
    for (std::string_view separator : k_separators) {
        if (trimmed == separator)
            return true;
    }
    return false;
}

bool ends_with_separator(std::string_view text) {
    const std::string_view trimmed = trim(text);
    for (std::string_view separator : {"-", "\xE2\x80\x93", "\xE2\x80\x94", " till"}) {
        if (trimmed.ends_with(separator))
            return true;
    }
    return false;
}

std::optional<Date> read_side(std::string_view text, std::vector<DateError>& errors) {
    auto date = parse_date(text);
    if (!date) {
        errors.push_back(std::move(date.error()));
        return std::nullopt;
    }
    return *date;
}

} // namespace

Period Period::quarter_of(Date date) {
    const unsigned first_month = (static_cast<unsigned>(date.month()) - 1) / 3 * 3 + 1;
    return months_of(date.year(), first_month, 3);
}

Period Period::half_year_of(Date date) {
    return months_of(date.year(), static_cast<unsigned>(date.month()) <= 6 ? 1 : 7, 6);
}

Period Period::year_of(Date date) {
    return months_of(date.year(), 1, 12);
}

std::optional<int> Period::calendar_quarter() const {
    if (!start.ok() || start.day() != day{1})
        return std::nullopt;
    const unsigned first_month = static_cast<unsigned>(start.month());
    if ((first_month - 1) % 3 != 0 || quarter_of(start) != *this)
        return std::nullopt;
    return static_cast<int>((first_month - 1) / 3 + 1);
}

std::optional<Period> StatedPeriod::complete() const {
    if (!start || !end)
        return std::nullopt;
    return Period{*start, *end};
}

PeriodParse parse_period(std::string_view text) {
    PeriodParse result;
    const std::vector<DateCandidate> candidates = find_date_candidates(text);
    const auto candidate_text = [text](const DateCandidate& candidate) {
        return text.substr(candidate.begin, candidate.end - candidate.begin);
    };
    for (std::size_t index = 0; index + 1 < candidates.size(); ++index) {
        const DateCandidate& first = candidates[index];
        const DateCandidate& second = candidates[index + 1];
        if (is_separator(text.substr(first.end, second.begin - first.end))) {
            result.period.start = read_side(candidate_text(first), result.errors);
            result.period.end = read_side(candidate_text(second), result.errors);
            return result;
        }
    }
    // Only one side written: an open end ("från 240701") or an open start ("- 240930").
    if (!candidates.empty()) {
        const DateCandidate& only = candidates.front();
        if (ends_with_separator(text.substr(0, only.begin)))
            result.period.end = read_side(candidate_text(only), result.errors);
        else
            result.period.start = read_side(candidate_text(only), result.errors);
    }
    return result;
}

} // namespace finsam
