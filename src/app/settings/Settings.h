#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "domain/AssociationSettings.h"

#include <vector>

namespace finsam {

/// Inställningar: the förbund's settings. Its users and its audit trail have pages of their
/// own (UserAdministration, AuditTrail).
struct SettingsOverview {
    AssociationSettings settings;
};

/// The settings page for the kansli; with `posted`, showing the settings as posted.
/// Forbidden for anyone else.
AppResult<SettingsOverview> settings_overview(const AppContext& context,
                                              const FieldSource* posted = nullptr);

/// Saves the posted settings (`name`, `parties` and `municipalities` one per line,
/// `registry_pattern`, `deadline_days`, `small_count_threshold` (kept when not sent), the
/// e-mail schedule `reminder_days` with the boxes `reminders_enabled` and
/// `late_notices_enabled` (all kept when `reminder_days` is not sent),
/// `quarterly_template`, `final_template`, `revision`):
/// Invalid for what does not validate, SettingsChanged when someone else saved in between.
AppResult<void> save_settings(const AppContext& context, const FieldSource& fields);

} // namespace finsam
