#pragma once

#include "domain/Date.h"
#include "domain/Period.h"
#include "domain/ReportKind.h"
#include "domain/ReportStatus.h"
#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// A report as the workflow sees it: its identity, status, draft and registration.
struct ReportState {
    std::int64_t id = 0;
    std::int64_t intervention_id = 0;
    std::int64_t association_id = 0;
    std::string intervention_name;
    ReportKind kind = ReportKind::Quarterly;
    StatedPeriod period;
    ReportStatus status = ReportStatus::Draft;
    int revision = 1; // bumped by every change: a form posts the revision it was opened with
    std::optional<std::string> draft; // the form's fields as JSON, while one is saved
    std::optional<Timestamp> draft_updated_at;
    std::optional<std::string> registry_number; // the kansli's latest registration here
    std::optional<Date> arrival_date;
    std::optional<std::string> signature;
    std::optional<Timestamp> submitted_at; // the latest submission
    int version_count = 0;

    /// Opened for a new report and never written to: no draft, no version, no change.
    bool untouched() const { return revision == 1 && !draft && version_count == 0; }
};

/// What happened to a report: it was created, or one of the workflow's actions was taken.
enum class ReportEventAction { Created, Submit, Register, Return, Review };

/// Stored names: created, submit, register, return, review.
std::string_view to_string(ReportEventAction action);
std::optional<ReportEventAction> report_event_action_from_string(std::string_view name);

/// One step of a report's history.
struct ReportEvent {
    Timestamp at;
    std::optional<std::int64_t> user_id;
    std::string user_name; // empty when no user did it
    ReportEventAction action = ReportEventAction::Created;
    ReportStatus status = ReportStatus::Draft;
    std::string comment; // the kansli's comment, or the diarienummer given
};

/// The kansli's latest komplettering request among a report's events (oldest first); empty
/// when it was never returned.
std::string latest_return_comment(const std::vector<ReportEvent>& events);

} // namespace finsam
