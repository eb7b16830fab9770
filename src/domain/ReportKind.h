#pragma once

#include <optional>
#include <string_view>

namespace finsam {

/// The kinds of document the förbund receives or compiles.
enum class ReportKind {
    Quarterly, // kvartalsrapport
    Final,     // slutrapport
    Compiled,  // projektredovisning: the board's compilation, one part per insats
    Other,     // övrig rapport: a document in no template's layout, read by its own headings
};

/// The contract names: `kvartalsrapport`, `slutrapport`, `projektredovisning`, `ovrig`.
std::string_view to_string(ReportKind kind);
std::optional<ReportKind> report_kind_from_string(std::string_view name);

/// How much a report of the kind speaks for its insats, for choosing among reports of one
/// period (the board report's text, the statistics' counts): the insats's own slutrapport
/// most, then a projektredovisning (the kansli's compilation of what the insats reported), a
/// kvartalsrapport, and an övrig report, read without a template, least.
int authority(ReportKind kind);

/// Whether an insats serves participants or changes how the parties work together.
enum class InterventionKind {
    Unknown,
    Individual, // individinriktad
    Structural, // strukturinriktad / strukturövergripande
};

/// `individual`, `structural`, or empty for Unknown.
std::string_view to_string(InterventionKind kind);
InterventionKind intervention_kind_from_string(std::string_view name);

} // namespace finsam
