#pragma once

#include "analytics/VersionDiff.h"
#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/reports/ConfirmFigures.h"
#include "domain/AccessPolicy.h"
#include "domain/Intervention.h"
#include "domain/ReportState.h"
#include "domain/ReportVersion.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// One stored version of a report as the user may see it: figures disclosed by the access
/// policy, warnings only where it shows them.
struct DisclosedVersion {
    int version = 0;
    Timestamp imported_at;
    SourceDocument source;
    Report report; // its figures are in `figures`; its warnings empty unless shown
    std::vector<DisclosedFigure> figures;
    bool warnings_shown = false;
    bool quotes_shown = false;
};

/// A version in a report's list of versions.
struct VersionListing {
    int version = 0;
    Timestamp imported_at;
    SourceDocument source;
    std::optional<OriginalFile> original{}; // the file it arrived as; for the kansli only
};

/// The workflow steps the user may take on the report now.
struct ReportActions {
    bool edit = false;
    bool register_report = false;
    bool return_report = false;
    bool review = false;
};

/// A place where a section's text states a small count of people (for the kansli's review).
struct SectionMention {
    std::string section_id;
    std::string section_title;
    std::string excerpt;
};

/// A report's page: its state, latest content, versions, history and the actions open.
struct ReportDetails {
    ReportState state;
    InterventionDetails intervention;
    std::optional<DisclosedVersion> latest;
    std::vector<VersionListing> versions; // empty when the history is not shown
    bool shows_history = false;
    std::vector<ReportEvent> events; // empty when the history is not shown
    std::string return_comment;      // the kansli's latest komplettering request
    ReportActions actions;
    std::string default_signature; // the user's initials, for a registration
    Date today;
    /// For the kansli: where the latest version's text states a count below the small-count
    /// threshold about people, which the board would read once the report is reviewed.
    std::vector<SectionMention> small_count_mentions;
    /// For the kansli: what in the latest version's text looks like personal data (an e-mail
    /// address, a mobile number, a person's name), to remove ("gallra") if it is.
    std::vector<SectionMention> personal_data_mentions;
    /// For the kansli: whether the latest version's figures were read from the text and
    /// whether they are confirmed.
    std::optional<FigureCheck> figure_check = {};
    /// The same as any reader of the latest version may know it (none while a draft).
    std::optional<FigureStanding> latest_figures = {};
};

/// The report, for a user the policy lets read it. Recorded in the audit trail.
AppResult<ReportDetails> show_report(const AppContext& context, std::int64_t report_id);

/// The sections of the report's latest version as the user may read them (small counts in
/// the text masked for an audience without them); none while it is a draft. NotFound or
/// Forbidden as show_report. Not recorded in the audit trail: the caller records what it
/// shows them in.
AppResult<std::vector<Section>> readable_sections(const AppContext& context,
                                                  std::int64_t report_id);

/// One version of a report, with what changed since the version before it.
struct VersionDetails {
    ReportState state;
    InterventionDetails intervention;
    DisclosedVersion shown;
    std::vector<VersionListing> versions;
    std::optional<int> previous;                  // the version compared with, when there is one
    std::optional<ReportDiff> diff;               // with the figures the policy hides left out
    bool may_redact = false;                      // the kansli may remove personal data from it
    std::vector<VersionRedaction> redactions;     // of this version; shown to the kansli only
    std::optional<FigureCheck> figure_check = {}; // of this version; for the kansli only
};

/// Version `version` of the report: NotFound when it has none of that number, Forbidden
/// for an audience that does not see a report's history (the board). Recorded in the audit
/// trail.
AppResult<VersionDetails> show_version(const AppContext& context, std::int64_t report_id,
                                       std::int64_t version);

} // namespace finsam
