#include "domain/PeriodSelection.h"

#include "domain/Text.h"

#include <cstddef>

namespace finsam {

namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

constexpr int k_first_year = 1990;
constexpr int k_last_year = 2100;
constexpr std::string_view k_range_separator = "..";
constexpr std::string_view k_accepted_forms =
    "Skriv till exempel 2024, 2024H1, 2024Q3 eller 2024-01-01..2024-08-31.";

// Appended piece by piece: GCC 12 at -O3 reports a false -Wrestrict for "\"" + std::string.
std::string quoted(std::string_view text) {
    std::string result;
    result.reserve(text.size() + 2);
    result += '"';
    result += text;
    result += '"';
    return result;
}

// Every message ends with the accepted forms, so that the user can retype the period from
// the message alone.
tl::unexpected<std::string> rejection(const std::string& problem) {
    return tl::unexpected(problem + " " + std::string(k_accepted_forms));
}

std::size_t leading_digit_count(std::string_view text) {
    std::size_t count = 0;
    while (count < text.size() && is_ascii_digit(text[count]))
        ++count;
    return count;
}

int to_int(std::string_view digits) {
    int value = 0;
    for (char character : digits)
        value = value * 10 + (character - '0');
    return value;
}

int year_number(Date date) {
    return static_cast<int>(date.year());
}

int quarter_number(Date date) {
    return static_cast<int>((static_cast<unsigned>(date.month()) - 1) / 3 + 1);
}

bool is_first_half(Date date) {
    return static_cast<unsigned>(date.month()) <= 6;
}

bool is_supported_year(int year_value) {
    return year_value >= k_first_year && year_value <= k_last_year;
}

std::string unsupported_year_problem(int year_value) {
    return "Året " + std::to_string(year_value) + " går inte att välja: året ska vara mellan " +
           std::to_string(k_first_year) + " och " + std::to_string(k_last_year) + ".";
}

/// `YYYY-MM-DD` written with digits in the right places, whether or not the date exists.
bool has_iso_date_shape(std::string_view text) {
    if (text.size() != 10)
        return false;
    for (std::size_t index = 0; index < text.size(); ++index) {
        const bool is_hyphen_position = index == 4 || index == 7;
        if (is_hyphen_position ? text[index] != '-' : !is_ascii_digit(text[index]))
            return false;
    }
    return true;
}

enum class RangeEnd { Start, End };

tl::expected<Date, std::string> parse_range_end(std::string_view written, std::string_view text,
                                                RangeEnd which) {
    const std::string_view side = trim(written);
    if (side.empty()) {
        return rejection("Perioden " + quoted(text) + " saknar " +
                         (which == RangeEnd::Start ? "startdatum." : "slutdatum."));
    }
    if (!has_iso_date_shape(side)) {
        return rejection(quoted(side) +
                         " är inget datum i perioden: skriv datumen som ÅÅÅÅ-MM-DD.");
    }
    const std::optional<Date> date = parse_iso_date(side);
    if (!date)
        return rejection("Datumet " + quoted(side) + " finns inte i kalendern.");
    if (!is_supported_year(year_number(*date)))
        return rejection(unsupported_year_problem(year_number(*date)));
    return *date;
}

tl::expected<PeriodSelection, std::string> parse_range(std::string_view text,
                                                       std::size_t separator) {
    const auto start = parse_range_end(text.substr(0, separator), text, RangeEnd::Start);
    if (!start)
        return tl::unexpected(start.error());
    const auto end =
        parse_range_end(text.substr(separator + k_range_separator.size()), text, RangeEnd::End);
    if (!end)
        return tl::unexpected(end.error());
    const Period period{*start, *end};
    if (period.is_reversed()) {
        return rejection("Perioden " + quoted(text) +
                         " slutar innan den börjar: skriv det tidigaste datumet först.");
    }
    return PeriodSelection{period, PeriodGranularity::Range};
}

tl::unexpected<std::string> trailing_text_rejection(std::string_view text, std::size_t read) {
    return rejection("Perioden " + quoted(text) + " känns inte igen: " + quoted(text.substr(read)) +
                     " efter " + quoted(text.substr(0, read)) + " hör inte till en period.");
}

/// The part of a year after `2024`: nothing, `H1`/`H2` or `Q1`-`Q4`.
tl::expected<PeriodSelection, std::string> parse_part_of_year(std::string_view text,
                                                              int year_value) {
    const Date first_day{year{year_value}, month{1}, day{1}};
    const std::string_view suffix = text.substr(4);
    if (suffix.empty())
        return PeriodSelection{Period::year_of(first_day), PeriodGranularity::Year};
    const char letter = suffix.front();
    const bool is_half_year = letter == 'H' || letter == 'h';
    const bool is_quarter = letter == 'Q' || letter == 'q';
    if (!is_half_year && !is_quarter)
        return trailing_text_rejection(text, 4);
    const std::string_view digits = suffix.substr(1, leading_digit_count(suffix.substr(1)));
    const std::size_t read = 4 + 1 + digits.size();
    const int number = to_int(digits);
    if (is_half_year) {
        if (digits.empty() || number < 1 || number > 2)
            return rejection("Perioden " + quoted(text) + " finns inte: halvår är H1 och H2.");
        if (read < text.size())
            return trailing_text_rejection(text, read);
        const Date first_month_day{year{year_value}, month{number == 1 ? 1u : 7u}, day{1}};
        return PeriodSelection{Period::half_year_of(first_month_day), PeriodGranularity::HalfYear};
    }
    if (digits.empty() || number < 1 || number > 4)
        return rejection("Perioden " + quoted(text) + " finns inte: kvartal är Q1\u2013Q4.");
    if (read < text.size())
        return trailing_text_rejection(text, read);
    const Date first_month_day{year{year_value}, month{static_cast<unsigned>(number - 1) * 3 + 1},
                               day{1}};
    return PeriodSelection{Period::quarter_of(first_month_day), PeriodGranularity::Quarter};
}

} // namespace

tl::expected<PeriodSelection, std::string> parse_period_selection(std::string_view written) {
    const std::string_view text = trim(written);
    if (text.empty())
        return rejection("Ingen period är angiven.");
    if (const std::size_t separator = text.find(k_range_separator);
        separator != std::string_view::npos) {
        return parse_range(text, separator);
    }
    if (has_iso_date_shape(text)) {
        return rejection(quoted(text) +
                         " är ett datum, inte en period: skriv två datum med .. emellan.");
    }
    const std::size_t year_digits = leading_digit_count(text);
    if (year_digits == 0)
        return rejection("Perioden " + quoted(text) + " känns inte igen.");
    if (year_digits != 4)
        return rejection("Året i " + quoted(text) + " ska skrivas med fyra siffror.");
    const int year_value = to_int(text.substr(0, 4));
    if (!is_supported_year(year_value))
        return rejection(unsupported_year_problem(year_value));
    return parse_part_of_year(text, year_value);
}

std::string period_selection_label(const PeriodSelection& selection) {
    const Period& period = selection.period;
    const std::string year_text = std::to_string(year_number(period.start));
    switch (selection.granularity) {
    case PeriodGranularity::Year:
        return year_text;
    case PeriodGranularity::HalfYear:
        return (is_first_half(period.start) ? "första halvåret " : "andra halvåret ") + year_text;
    case PeriodGranularity::Quarter:
        return "kvartal " + std::to_string(quarter_number(period.start)) + " " + year_text;
    case PeriodGranularity::Range:
        break;
    }
    return format_iso(period.start) + "\u2013" + format_iso(period.end);
}

std::string to_string(const PeriodSelection& selection) {
    const Period& period = selection.period;
    const std::string year_text = std::to_string(year_number(period.start));
    switch (selection.granularity) {
    case PeriodGranularity::Year:
        return year_text;
    case PeriodGranularity::HalfYear:
        return year_text + (is_first_half(period.start) ? "H1" : "H2");
    case PeriodGranularity::Quarter:
        return year_text + "Q" + std::to_string(quarter_number(period.start));
    case PeriodGranularity::Range:
        break;
    }
    return format_iso(period.start) + std::string(k_range_separator) + format_iso(period.end);
}

std::string typed_period_or_year(std::string_view typed, Date today) {
    const std::string_view period = trim(typed);
    return period.empty() ? std::to_string(int(today.year())) : std::string(period);
}

} // namespace finsam
