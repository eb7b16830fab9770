#include "app/InputGuard.h"

#include "domain/PersonalData.h"

#include <array>
#include <charconv>

namespace finsam {

namespace {

constexpr std::size_t k_section_bytes = 100'000;
constexpr std::size_t k_free_text_bytes = 10'000;
constexpr std::size_t k_field_bytes = 1'000;

/// The length of the UTF-8 sequence starting with `lead`, or 0 when it cannot start one.
std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

/// Well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF).
bool is_valid_utf8(std::string_view text) {
    std::size_t index = 0;
    while (index < text.size()) {
        const auto lead = static_cast<unsigned char>(text[index]);
        const std::size_t length = sequence_length(lead);
        if (length == 0 || index + length > text.size())
            return false;
        for (std::size_t next = 1; next < length; ++next) {
            if ((static_cast<unsigned char>(text[index + next]) & 0xC0) != 0x80)
                return false;
        }
        if (length >= 3) {
            const auto second = static_cast<unsigned char>(text[index + 1]);
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) ||
                (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
                return false;
        }
        index += length;
    }
    return true;
}

/// NUL and the other C0 control characters except tab and line breaks.
bool has_control_character(std::string_view text) {
    for (const char character : text) {
        const auto code = static_cast<unsigned char>(character);
        if (code < 0x20 && character != '\t' && character != '\n' && character != '\r')
            return true;
    }
    return false;
}

bool is_free_text(std::string_view name) {
    constexpr std::array<std::string_view, 5> k_free_texts = {"purpose", "target_group", "partners",
                                                              "comment", "parties"};
    for (const auto free_text : k_free_texts) {
        if (name == free_text)
            return true;
    }
    return name.starts_with("goal_text_") || name == "municipalities";
}

/// Fields whose value is not stored as text: passwords are hashed, form tokens compared.
bool may_hold_numbers(std::string_view name) {
    return name.find("password") != std::string_view::npos || name == "_csrf" || name == "token" ||
           name == "formular";
}

} // namespace

std::size_t max_field_bytes(std::string_view name) {
    if (name.starts_with("section:"))
        return k_section_bytes;
    return is_free_text(name) ? k_free_text_bytes : k_field_bytes;
}

std::optional<std::string> text_problem(std::string_view text, std::size_t max_bytes,
                                        bool may_hold_numbers) {
    if (!is_valid_utf8(text))
        return "Texten innehåller tecken som inte kan läsas (den är inte giltig UTF-8).";
    if (has_control_character(text))
        return "Texten innehåller styrtecken som inte kan sparas.";
    if (text.size() > max_bytes)
        return "Texten är för lång (högst " + std::to_string(max_bytes) + " tecken).";
    if (!may_hold_numbers && contains_identity_number(text))
        return "Texten innehåller ett personnummer. Ta bort det: förbundet får inte spara "
               "uppgifter om enskilda deltagare.";
    return std::nullopt;
}

std::vector<FieldError> sent_field_problems(const FieldSource& fields) {
    std::vector<FieldError> problems;
    for (const auto& name : fields.names()) {
        if (text_problem(name, k_field_bytes, true)) {
            problems.push_back({"", "Formuläret innehåller ett fält med ett ogiltigt namn."});
            continue;
        }
        for (const auto& value : fields.values(name)) {
            if (auto problem = text_problem(value, max_field_bytes(name), may_hold_numbers(name))) {
                problems.push_back({name, std::move(*problem)});
                break;
            }
        }
    }
    return problems;
}

AppResult<void> check_sent_fields(const FieldSource& fields) {
    auto problems = sent_field_problems(fields);
    if (problems.empty())
        return {};
    return tl::unexpected(AppError::invalid(std::move(problems)));
}

int sent_revision(const FieldSource& fields, int current, std::vector<FieldError>& errors) {
    if (!fields.has("revision"))
        return current;
    const std::string text = fields.value("revision");
    int revision = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), revision);
    if (error != std::errc{} || end != text.data() + text.size() || revision < 1) {
        errors.push_back({"revision", "Revisionen ska vara ett heltal från 1."});
        return current;
    }
    return revision;
}

AppResult<void> check_text(std::string_view field, std::string_view text) {
    auto problem = text_problem(text, max_field_bytes(field));
    if (!problem)
        return {};
    return tl::unexpected(AppError::invalid({{std::string(field), std::move(*problem)}}));
}

} // namespace finsam
