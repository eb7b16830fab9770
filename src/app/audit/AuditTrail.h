#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "domain/AuditEvent.h"
#include "domain/Date.h"
#include "domain/User.h"
#include "output/DataTable.h"
#include "storage/AuditStore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

// Händelselogg: the förbund's audit trail as its admin and kansli read it, with names rather
// than ids, filtered by who, what and when, a page at a time or all of it as a file.

/// Entries on one page of the trail.
inline constexpr int k_audit_page_size = 50;
/// The most entries one export holds: years of a förbund's work, and a bound on one request.
inline constexpr int k_audit_export_limit = 100'000;

/// What the reader asked for. Dates are Swedish days, both included.
struct AuditFilter {
    std::optional<std::int64_t> user_id;
    std::optional<AuditAction> action;
    std::optional<Date> from;
    std::optional<Date> to;
    int page = 1; // 1 is the newest entries
};

/// The filter of the fields `vem` (a user's id), `vad` (an action's stored name), `fran` and
/// `till` (YYYY-MM-DD) and `sida`: Invalid on a field that is not one of these; an empty
/// field filters nothing.
AppResult<AuditFilter> audit_filter(const FieldSource& fields);

/// One page of the trail: its entries, newest first, whether older ones follow, and the
/// förbund's users to filter by.
struct AuditTrailPage {
    AuditFilter filter;
    std::vector<AuditEntry> entries;
    bool has_older = false;
    std::vector<User> users;
};

/// The filtered trail's page. Forbidden for whoever does not administer users.
AppResult<AuditTrailPage> audit_trail(const AppContext& context, const AuditFilter& filter);

/// Every entry the filter lets through (the page ignored), newest first, as one table for a
/// spreadsheet: time in Swedish time, who, what, which, detail. Forbidden as audit_trail().
/// Recorded in the audit trail: an export is a copy of who did what.
AppResult<DataTable> audit_trail_table(const AppContext& context, const AuditFilter& filter);

/// An entry's detail in Swedish: "statistik 2024Q3, API", "kommandoraden".
std::string audit_detail_text(const std::string& detail);

/// "Visade rapport Kärnhuset 2.0": the action and what it was done to, by name where it has
/// one, else by number.
std::string audit_entry_text(const AuditEntry& entry);

} // namespace finsam
