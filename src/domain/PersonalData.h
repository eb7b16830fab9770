#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// The personal-data guard. A förbund follows up insatser in counts and has no legal basis to
/// hold anything that identifies a participant: a personnummer never reaches storage (import
/// removes it, a form refuses it), and what merely looks personal (an e-mail address, a
/// mobile number, a name) is pointed out to the person writing.

/// What the guard found in a text. Offsets and lengths are in bytes of the text given.
enum class PersonalDataKind { IdentityNumber, EmailAddress, PhoneNumber, FullName };
struct PersonalDataFinding {
    PersonalDataKind kind;
    std::size_t offset;
    std::size_t length;
};

/// Every personnummer / samordningsnummer (any of the forms above; date and Luhn checked;
/// century 19/20 for 12-digit forms), and — as softer findings — what looks like a private
/// e-mail address, a Swedish mobile number (07x…, +46 7x…), or a person's full name.
/// Findings are in the order of their offsets; no softer finding overlaps an identity number.
/// Dashes, spaces, invisible characters and full-width digits written to disguise a number
/// (or by a word processor) count as the plain characters, and a finding covers them.
std::vector<PersonalDataFinding> find_personal_data(std::string_view text);

/// Whether `text` holds a personnummer or samordningsnummer (the hard finding).
bool contains_identity_number(std::string_view text);

/// Replaces every personnummer/samordningsnummer with k_redacted_identity_number; returns how
/// many.
int redact_identity_numbers(std::string& text);
inline constexpr std::string_view k_redacted_identity_number = "[personnummer borttaget]";

/// A Swedish sentence naming the softer findings' kinds for a warning at a field, e.g.
/// "Texten ser ut att innehålla en e-postadress och ett mobilnummer. ..." ; empty if none.
std::string personal_data_warning(const std::vector<PersonalDataFinding>& findings);

} // namespace finsam
