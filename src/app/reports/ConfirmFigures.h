#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/ReportVersion.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// Whether the figures of one version of a report count as they are: typed into the web
/// form, or read from a file's text by the importer and then confirmed by the kansli (or not
/// yet: statistics mark them for the kansli and leave them out for the board).
struct FigureCheck {
    int version = 0;
    bool read_from_text = false;                    // false: typed into the web form
    std::optional<FigureConfirmation> confirmation; // when and by whom the kansli confirmed them
    bool may_confirm = false; // the kansli may confirm them now: read from the text, not yet
                              // confirmed, and the report's latest version

    bool confirmed() const { return !read_from_text || confirmation.has_value(); }
};

/// What any reader of a version may know of its figures' standing: whether the importer read
/// them from the text and whether the kansli has confirmed them (for the board this decides
/// whether its statistics count them at all). When and by whom are the kansli's work: when
/// only for an audience that sees a report's history, who only for the kansli.
struct FigureStanding {
    bool read_from_text = false; // false: typed into the web form, counted as they are
    bool confirmed = false;      // read from the text and confirmed by the kansli
    std::optional<Timestamp> confirmed_at;
    std::optional<std::string> confirmed_by; // empty when no user confirmed them
};

/// The kansli confirms the figures the importer read from the text of version `version` of a
/// report, after checking them against the text (a wrong figure is corrected by editing the
/// report, which makes a new version typed into the form). Forbidden for anyone but the
/// kansli; NotFound when the report has no such version; VersionNotLatest when it is not the
/// report's latest version. Confirming again changes nothing and gives the first confirmation;
/// a version typed into the form needs none and is answered as it is. Recorded in the audit
/// trail as ConfirmFigures when a confirmation is recorded.
AppResult<FigureCheck> confirm_figures(const AppContext& context, std::int64_t report_id,
                                       std::int64_t version);

/// For the kansli: the check of `version`'s figures (nullopt for anyone else, and for a
/// version that states no figures). `confirmations` are the report's, as
/// FigureConfirmationStore::confirmations gives them; `latest` whether it is the latest version.
std::optional<FigureCheck> figure_check(const AppContext& context,
                                        const StoredReportVersion& version, bool latest,
                                        const std::vector<FigureConfirmation>& confirmations);

/// The standing of `version`'s figures as the context's user may know it; `confirmations`
/// as for figure_check().
FigureStanding figure_standing(const AppContext& context, const StoredReportVersion& version,
                               const std::vector<FigureConfirmation>& confirmations);

/// The confirmations of a report the user may read, for figure_check() and figure_standing(),
/// which disclose of them what the user may see.
AppResult<std::vector<FigureConfirmation>> figure_confirmations(const AppContext& context,
                                                                std::int64_t report_id);

} // namespace finsam
