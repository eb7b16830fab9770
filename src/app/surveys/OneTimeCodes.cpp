#include "app/surveys/OneTimeCodes.h"

#include "app/accounts/Secrets.h"

#include <sodium.h>
#include <stdexcept>

namespace finsam {

namespace {

constexpr std::string_view k_alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr std::size_t k_code_length = 8;

} // namespace

std::string new_one_time_code() {
    static const bool initialised = sodium_init() >= 0;
    if (!initialised)
        throw std::runtime_error("libsodium cannot be initialised");
    std::string code;
    for (std::size_t index = 0; index < k_code_length; ++index) {
        if (index == k_code_length / 2)
            code += '-';
        code += k_alphabet[randombytes_uniform(static_cast<std::uint32_t>(k_alphabet.size()))];
    }
    return code;
}

std::string normalised_one_time_code(std::string_view typed) {
    std::string code;
    for (const char character : typed) {
        if (character == ' ' || character == '-')
            continue;
        code += (character >= 'a' && character <= 'z') ? static_cast<char>(character - 'a' + 'A')
                                                       : character;
    }
    return code;
}

std::string one_time_code_digest(std::string_view typed) {
    return token_digest(normalised_one_time_code(typed));
}

} // namespace finsam
