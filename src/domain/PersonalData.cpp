#include "domain/PersonalData.h"

#include "domain/ContactDetails.h"
#include "domain/IdentityNumbers.h"
#include "domain/NormalisedText.h"
#include "domain/PersonNames.h"

#include <algorithm>
#include <array>

namespace finsam {

namespace {

std::vector<TextSpan> identity_numbers(std::string_view normalised) {
    std::vector<TextSpan> numbers;
    auto number = next_identity_number(normalised, 0);
    while (number) {
        numbers.push_back(*number);
        number = next_identity_number(normalised, number->end);
    }
    return numbers;
}

bool overlaps_any(const std::vector<TextSpan>& sorted_spans, TextSpan span) {
    auto after = std::lower_bound(
        sorted_spans.begin(), sorted_spans.end(), span.end,
        [](const TextSpan& candidate, std::size_t end) { return candidate.begin < end; });
    return after != sorted_spans.begin() && std::prev(after)->end > span.begin;
}

void add_findings(std::vector<PersonalDataFinding>& findings, PersonalDataKind kind,
                  const std::vector<TextSpan>& spans, const NormalisedText& normalised,
                  const std::vector<TextSpan>& identity_spans) {
    for (const auto& span : spans) {
        if (kind != PersonalDataKind::IdentityNumber && overlaps_any(identity_spans, span))
            continue;
        const auto original = normalised.original_span(span);
        findings.push_back({kind, original.begin, original.end - original.begin});
    }
}

/// One softer kind as the warning names it: once, or more than once.
struct KindPhrase {
    PersonalDataKind kind;
    std::string_view one;
    std::string_view several;
};

constexpr std::array<KindPhrase, 3> k_softer_kinds{
    KindPhrase{PersonalDataKind::EmailAddress, "en e-postadress", "e-postadresser"},
    KindPhrase{PersonalDataKind::PhoneNumber, "ett mobilnummer", "mobilnummer"},
    KindPhrase{PersonalDataKind::FullName, "ett namn på en person", "namn på personer"},
};

/// "a", "a och b", "a, b och c".
std::string swedish_list(const std::vector<std::string_view>& items) {
    std::string list;
    for (std::size_t index = 0; index < items.size(); ++index) {
        if (index > 0)
            list += index + 1 == items.size() ? " och " : ", ";
        list += items[index];
    }
    return list;
}

} // namespace

std::vector<PersonalDataFinding> find_personal_data(std::string_view text) {
    const NormalisedText normalised(text);
    const auto plain = normalised.text();
    const auto identity_spans = identity_numbers(plain);
    std::vector<PersonalDataFinding> findings;
    add_findings(findings, PersonalDataKind::IdentityNumber, identity_spans, normalised,
                 identity_spans);
    add_findings(findings, PersonalDataKind::EmailAddress, find_private_email_addresses(plain),
                 normalised, identity_spans);
    add_findings(findings, PersonalDataKind::PhoneNumber, find_mobile_numbers(plain), normalised,
                 identity_spans);
    add_findings(findings, PersonalDataKind::FullName, find_full_names(plain), normalised,
                 identity_spans);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const PersonalDataFinding& left, const PersonalDataFinding& right) {
                         return left.offset < right.offset;
                     });
    return findings;
}

bool contains_identity_number(std::string_view text) {
    const NormalisedText normalised(text);
    return next_identity_number(normalised.text(), 0).has_value();
}

int redact_identity_numbers(std::string& text) {
    const NormalisedText normalised(text);
    const auto numbers = identity_numbers(normalised.text());
    if (numbers.empty())
        return 0;
    std::string redacted;
    redacted.reserve(text.size());
    std::size_t copied_up_to = 0;
    for (const auto& number : numbers) {
        const auto original = normalised.original_span(number);
        redacted.append(text, copied_up_to, original.begin - copied_up_to);
        redacted += k_redacted_identity_number;
        copied_up_to = original.end;
    }
    redacted.append(text, copied_up_to);
    text = std::move(redacted);
    return static_cast<int>(numbers.size());
}

std::string personal_data_warning(const std::vector<PersonalDataFinding>& findings) {
    std::vector<std::string_view> found;
    for (const auto& phrase : k_softer_kinds) {
        const auto count = std::count_if(
            findings.begin(), findings.end(),
            [&](const PersonalDataFinding& finding) { return finding.kind == phrase.kind; });
        if (count > 0)
            found.push_back(count == 1 ? phrase.one : phrase.several);
    }
    if (found.empty())
        return {};
    return "Texten ser ut att innehålla " + swedish_list(found) +
           ". Kontrollera att ingen enskild deltagare går att känna igen: förbundet får inte "
           "spara uppgifter om enskilda deltagare.";
}

} // namespace finsam
