#include "ingest/text/FieldValues.h"

#include "domain/Text.h"

#include <algorithm>

namespace finsam {

namespace {

std::string join_words(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string joined;
    for (auto index = from; index < to; ++index) {
        if (!joined.empty())
            joined += ' ';
        joined += words[index];
    }
    return joined;
}

} // namespace

std::optional<std::int64_t> parse_amount(std::string_view text) {
    auto collapsed = collapse_whitespace(text);
    std::string digits;
    for (std::size_t index = 0; index < collapsed.size(); ++index) {
        char character = collapsed[index];
        if (is_ascii_digit(character)) {
            digits.push_back(character);
        } else if ((character == ' ' || character == '.') && digits.empty()) {
            continue;
        } else if (character == ' ' || character == '.') {
            // A thousands separator only between digit groups: "100 000", "1.200.000".
            bool separates_group =
                !digits.empty() && index + 3 < collapsed.size() &&
                std::all_of(collapsed.begin() + static_cast<long>(index) + 1,
                            collapsed.begin() + static_cast<long>(index) + 4, is_ascii_digit);
            if (!separates_group)
                break;
        } else if (!digits.empty()) {
            break; // "kr", ":-", ",00", "SEK" end the amount
        }
    }
    if (digits.empty() || digits.size() > 15)
        return std::nullopt;
    return std::stoll(digits);
}

std::vector<std::string> split_columns(std::string_view line) {
    std::vector<std::string> columns;
    std::string current;
    std::size_t spaces = 0;
    auto close_column = [&] {
        auto column = collapse_whitespace(current);
        if (!column.empty())
            columns.push_back(std::move(column));
        current.clear();
    };
    for (char character : line) {
        if (character == '\t') {
            close_column();
            spaces = 0;
            continue;
        }
        if (character == ' ') {
            ++spaces;
            if (spaces == 2)
                close_column();
            else if (spaces == 1)
                current.push_back(' ');
            continue;
        }
        spaces = 0;
        current.push_back(character);
    }
    close_column();
    return columns;
}

std::string leading_organisation(std::string_view line) {
    static const std::vector<std::string> k_organisation_words = {"kommun",
                                                                  "kommuns",
                                                                  "region",
                                                                  "regionen",
                                                                  "landsting",
                                                                  "försäkringskassan",
                                                                  "arbetsförmedlingen",
                                                                  "samordningsförbund",
                                                                  "samordningsförbundet"};
    auto words = split_words(line);
    for (std::size_t index = 0; index < words.size(); ++index) {
        auto word = lowercase(words[index]);
        while (!word.empty() && (word.back() == ',' || word.back() == '.'))
            word.pop_back();
        if (std::find(k_organisation_words.begin(), k_organisation_words.end(), word) ==
            k_organisation_words.end())
            continue;
        // "Region Gävleborg ..." names the region after the word.
        bool named_after = word.starts_with("region") && index == 0 && index + 1 < words.size();
        auto last = named_after ? index + 1 : index;
        auto organisation = join_words(words, 0, last + 1);
        while (!organisation.empty() && organisation.back() == ',')
            organisation.pop_back();
        return organisation;
    }
    return collapse_whitespace(line);
}

bool looks_like_initials(std::string_view text) {
    auto trimmed = trim(text);
    if (trimmed.empty() || trimmed.size() > 12)
        return false;
    auto lower = lowercase(trimmed);
    // Upper case means lowercase() changed every letter.
    std::size_t letters = 0;
    for (std::size_t index = 0; index < trimmed.size(); ++index) {
        auto byte = static_cast<unsigned char>(trimmed[index]);
        if (byte >= 'A' && byte <= 'Z') {
            ++letters;
        } else if (byte == 0xC3 && index + 1 < trimmed.size() &&
                   trimmed[index + 1] != lower[index + 1]) {
            ++letters;
            ++index;
        } else {
            return false;
        }
    }
    return letters >= 1 && letters <= 6;
}

} // namespace finsam
