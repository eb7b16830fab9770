#include "ingest/text/CleanLines.h"

#include "domain/Text.h"

#include <algorithm>
#include <cctype>

namespace finsam {

namespace {

/// `[label](target)` becomes `label`.
std::string strip_links(std::string_view line) {
    std::string result;
    result.reserve(line.size());
    for (std::size_t index = 0; index < line.size(); ++index) {
        if (line[index] == '[') {
            auto label_end = line.find("](", index);
            auto target_end =
                label_end == std::string_view::npos ? label_end : line.find(')', label_end);
            if (target_end != std::string_view::npos) {
                result.append(line.substr(index + 1, label_end - index - 1));
                index = target_end;
                continue;
            }
        }
        result.push_back(line[index]);
    }
    return result;
}

std::string remove_all(std::string text, std::string_view marker) {
    for (auto position = text.find(marker); position != std::string::npos;
         position = text.find(marker, position)) {
        text.erase(position, marker.size());
    }
    return text;
}

/// Reads a run of one to three digits; page numbers are short, dates and amounts are not.
bool take_page_digits(std::string_view& rest) {
    std::size_t count = 0;
    while (count < rest.size() && is_ascii_digit(rest[count]))
        ++count;
    if (count == 0 || count > 3)
        return false;
    rest.remove_prefix(count);
    return true;
}

void skip_spaces(std::string_view& rest) {
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
}

/// "Sida 2(10)", "Sida 2 av 10", "26/44", "2 (10)", "- 3 -", "7" (lower-cased, folded).
bool is_page_number(std::string_view lower) {
    if (lower.size() > 20)
        return false;
    std::string_view rest = lower;
    bool has_word = rest.starts_with("sida ");
    if (has_word)
        rest.remove_prefix(5);
    bool dashed = rest.starts_with("- ") && rest.ends_with(" -");
    if (dashed)
        rest = rest.substr(2, rest.size() - 4);
    if (!take_page_digits(rest))
        return false;
    skip_spaces(rest);
    if (rest.empty())
        return true;
    if (rest.starts_with("av "))
        rest.remove_prefix(3);
    else if (rest.starts_with('/'))
        rest.remove_prefix(1);
    else if (rest.starts_with('(') && rest.ends_with(')'))
        rest = rest.substr(1, rest.size() - 2);
    else
        return false;
    skip_spaces(rest);
    return take_page_digits(rest) && rest.empty() && !dashed;
}

bool is_url_line(std::string_view lower_line) {
    return lower_line.starts_with("http://") || lower_line.starts_with("https://") ||
           lower_line.starts_with("www.") || lower_line.starts_with("mailto:");
}

/// A line made only of e-mail addresses (a contact block's second line), white space folded.
bool is_email_only_line(std::string_view words) {
    if (words.find('@') == std::string_view::npos)
        return false;
    std::size_t start = 0;
    while (start < words.size()) {
        auto end = words.find(' ', start);
        if (end == std::string::npos)
            end = words.size();
        if (words.substr(start, end - start).find('@') == std::string_view::npos)
            return false;
        start = end + 1;
    }
    return true;
}

/// The förbund's address in a page footer: "Samordningsförbundet X – Gata 8, 541 30 Skövde".
bool is_address_footer(std::string_view lower_line) {
    if (!lower_line.starts_with("samordningsförbund"))
        return false;
    // A Swedish postal code: three digits, a space, two digits.
    for (std::size_t index = 0; index + 6 <= lower_line.size(); ++index) {
        auto candidate = lower_line.substr(index, 6);
        if (is_ascii_digit(candidate[0]) && is_ascii_digit(candidate[1]) &&
            is_ascii_digit(candidate[2]) && candidate[3] == ' ' && is_ascii_digit(candidate[4]) &&
            is_ascii_digit(candidate[5]))
            return true;
    }
    return false;
}

bool is_phone_line(std::string_view lower_line) {
    return lower_line.starts_with("tfn:") || lower_line.starts_with("tfn ") ||
           lower_line.starts_with("tel:") || lower_line.starts_with("telefon:") ||
           lower_line.starts_with("mobil:");
}

/// The template's boilerplate phrases, lower-cased once per document.
class BoilerplateMatcher {
public:
    explicit BoilerplateMatcher(const BoilerplateRules& rules)
        : m_equal_to(lowercase_all(rules.lines_equal_to)),
          m_starting_with(lowercase_all(rules.lines_starting_with)),
          m_containing(lowercase_all(rules.lines_containing)) {}

    /// `lower` is the line lower-cased with white space folded.
    bool matches(const std::string& lower) const {
        auto any = [&](const std::vector<std::string>& phrases, auto predicate) {
            return std::any_of(phrases.begin(), phrases.end(), predicate);
        };
        return any(m_equal_to, [&](const std::string& phrase) { return lower == phrase; }) ||
               any(m_starting_with,
                   [&](const std::string& phrase) { return lower.starts_with(phrase); }) ||
               any(m_containing, [&](const std::string& phrase) {
                   return lower.find(phrase) != std::string::npos;
               });
    }

private:
    static std::vector<std::string> lowercase_all(const std::vector<std::string>& phrases) {
        std::vector<std::string> lower;
        for (const auto& phrase : phrases)
            lower.push_back(lowercase(collapse_whitespace(phrase)));
        return lower;
    }

    std::vector<std::string> m_equal_to;
    std::vector<std::string> m_starting_with;
    std::vector<std::string> m_containing;
};

} // namespace

std::string strip_markdown(std::string_view line) {
    auto text = std::string(trim(line));
    std::size_t hashes = 0;
    while (hashes < text.size() && text[hashes] == '#')
        ++hashes;
    if (hashes > 0 && (hashes == text.size() || text[hashes] == ' '))
        text.erase(0, hashes);
    text = remove_all(strip_links(text), "**");
    text = remove_all(std::move(text), "\\");
    auto trimmed = std::string(trim(text));
    // A line in *emphasis* or _emphasis_ as a whole.
    if (trimmed.size() > 2 && (trimmed.front() == '*' || trimmed.front() == '_') &&
        trimmed.back() == trimmed.front()) {
        trimmed = trimmed.substr(1, trimmed.size() - 2);
    }
    return trimmed;
}

/// Page furniture, given the line lower-cased with white space folded.
bool is_furniture(std::string_view lower) {
    return lower == "\f" || is_url_line(lower) || is_phone_line(lower) ||
           is_email_only_line(lower) || is_page_number(lower) || is_address_footer(lower);
}

bool is_page_furniture(std::string_view trimmed_line) {
    return trimmed_line == "\f" || is_furniture(lowercase(collapse_whitespace(trimmed_line)));
}

std::vector<std::string> markdown_free_lines(std::string_view text) {
    std::vector<std::string> lines;
    // strip_markdown trims, and with it a form feed that opens the first line of a page.
    for (auto line : split_lines(text))
        lines.push_back(strip_markdown(line));
    return lines;
}

std::vector<std::string> remove_furniture(std::vector<std::string> lines,
                                          const BoilerplateRules& rules) {
    BoilerplateMatcher boilerplate(rules);
    std::vector<std::string> kept;
    kept.reserve(lines.size());
    for (auto& line : lines) {
        if (!line.empty()) {
            auto lower = lowercase(collapse_whitespace(line));
            if (is_furniture(lower) || boilerplate.matches(lower))
                continue;
        }
        kept.push_back(std::move(line));
    }
    return kept;
}

std::vector<std::string> clean_lines(std::string_view text, const BoilerplateRules& rules) {
    return remove_furniture(markdown_free_lines(text), rules);
}

} // namespace finsam
