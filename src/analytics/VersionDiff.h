#pragma once

#include "analytics/WordDiff.h"
#include "domain/Figure.h"
#include "domain/Report.h"

#include <optional>
#include <string>
#include <vector>

namespace finsam {

enum class ChangeKind { Added, Removed, Changed };

/// The keys of FieldChange::field, in the order diff_reports() lists them. The web layer
/// maps them to Swedish labels.
namespace field_key {
inline constexpr const char* k_intervention_name = "intervention_name"; // insatsens namn
inline constexpr const char* k_owner = "owner";                         // huvudman
inline constexpr const char* k_intervention_kind = "intervention_kind"; // individual/structural
inline constexpr const char* k_period = "period";                       // rapportperiod
inline constexpr const char* k_registry_number = "registry_number";     // diarienummer
inline constexpr const char* k_signature = "signature";                 // signatur
inline constexpr const char* k_arrival_date = "arrival_date";           // ankomstdatum
inline constexpr const char* k_granted_sek = "granted_sek";             // beviljade medel
inline constexpr const char* k_used_sek = "used_sek";                   // utnyttjade medel
inline constexpr const char* k_reporter_date = "reporter_date";         // uppgiftslämnarens datum
inline constexpr const char* k_reporter_name = "reporter_name";         // uppgiftslämnare
inline constexpr const char* k_partners = "partners";                   // samverkansparter
} // namespace field_key

/// One header field whose rendered value differs. Values are plain strings; a missing value
/// is the empty string. Dates are `YYYY-MM-DD`; amounts whole kronor as digits;
/// `intervention_kind` is `individual`, `structural` or empty; `period` is `start/end`
/// (ISO 8601 interval, either side empty when unread, empty when both are); `partners` are
/// joined with ", " in the report's order.
struct FieldChange {
    std::string field; // one of field_key
    std::string before;
    std::string after;

    bool operator==(const FieldChange&) const = default;
};

/// A section added, removed, or whose title or text changed. For an added section the
/// segments are one Inserted segment with its text, for a removed one one Deleted segment
/// (none when the text is empty).
struct SectionChange {
    std::string id;
    std::string title;          // the newer title; the older one for a removed section
    std::string previous_title; // the older title when a changed section was renamed, else empty
    ChangeKind kind;
    std::vector<TextSegment> segments;
};

/// A key figure, identified by measure and unit, whose first value differs. A missing side
/// means the version states no such figure.
struct FigureChange {
    Measure measure;
    Unit unit;
    std::optional<double> before;
    std::optional<double> after;

    ChangeKind kind() const;
};

/// A goal added, removed or reworded. `segments` is diff_words(before_text, after_text).
struct GoalChange {
    ChangeKind kind;
    std::string before_text; // empty when added
    std::string after_text;  // empty when removed
    std::vector<TextSegment> segments;
};

/// What changed from one version of a report to another. Every list holds changes only.
struct ReportDiff {
    std::vector<FieldChange> fields;     // in field_key order
    std::vector<SectionChange> sections; // newer order, removed ones where they stood
    std::vector<FigureChange> figures;   // in Measure order, then Unit order
    std::vector<GoalChange> goals;       // in the order of the goal lists

    bool empty() const;
};

/// Compares two versions of one report, the older first.
///
/// Sections are matched by id (the n-th section with an id by the n-th with the same id);
/// unchanged ones are left out. They are listed in the newer order, each removed section
/// right after the nearest earlier section both versions have (first if there is none), so
/// before a section added at the same place.
/// Figures are compared per measure and unit by the first value each version states.
/// Goals are matched by exact text, keeping their order (a shortest edit script over the
/// goal lists); where goals were taken out and others put in at the same place, they are
/// paired in order as Changed, and the rest are Removed or Added.
/// The report kind is not compared (versions of a report share it), nor are the reviewer
/// warnings, which the importer derives from what is compared here.
ReportDiff diff_reports(const Report& before, const Report& after);

} // namespace finsam
