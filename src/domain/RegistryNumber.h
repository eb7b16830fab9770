#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>

namespace finsam {

/// The parts of a diarienummer (registry number). A förbund numbers an insats's documents
/// within a registry case (ärende) opened in a year: in `SFG 24-08.02`, 24 is the year the
/// case was opened, 08 the case's number in that year, 02 the document's number in the case.
struct RegistryNumberParts {
    int year = 0;        // four digits
    int case_number = 0; // {seq}
    int number = 0;      // {n}
};

/// Fills a förbund's pattern: `{yy}` (two-digit year), `{yyyy}`, `{seq}` and `{n}`, the last
/// two optionally zero-padded as `{seq:02}`. Text outside braces is copied. Fails with an
/// English message naming the problem for an unknown or unclosed placeholder, or a pattern
/// without `{seq}` (the reports of two insatser would get the same numbers) or without `{n}`
/// (two reports of one insats would).
tl::expected<std::string, std::string> format_registry_number(std::string_view pattern,
                                                              const RegistryNumberParts& parts);

/// The parts of a diarienummer written by `pattern` ("SFG 24-08.02" by "SFG {yy}-{seq:02}.{n:02}"
/// is 2024, 8, 2): how a number given elsewhere (an imported report's, one typed by the
/// kansli) continues an insats's series. Zero padding is optional and text outside the
/// placeholders is compared without regard to case or surrounding space; `year` is 0 when
/// the pattern has none. Nullopt when the number is not one the pattern writes.
std::optional<RegistryNumberParts> parse_registry_number(std::string_view pattern,
                                                         std::string_view number);

/// Checks a pattern as format_registry_number() does, without numbers.
tl::expected<void, std::string> validate_registry_pattern(std::string_view pattern);

} // namespace finsam
