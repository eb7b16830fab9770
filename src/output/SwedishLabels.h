#pragma once

#include "domain/AuditEvent.h"
#include "domain/Figure.h"
#include "domain/GoalFollowUp.h"
#include "domain/InterventionPhase.h"
#include "domain/ReportKind.h"
#include "domain/ReportState.h"
#include "domain/ReportStatus.h"
#include "domain/ReportingCalendar.h"
#include "domain/Role.h"
#include "domain/SurveyDefinition.h"

#include <string>
#include <string_view>

namespace finsam {

// The Swedish words the pages, the exports and the use cases' messages use for the domain's
// values.

std::string_view status_label(ReportStatus status);              // "Inskickad"
std::string_view timeliness_label(Timeliness timeliness);        // "Saknas"
std::string_view role_label(Role role);                          // "Insatsägare"
std::string_view kind_label(ReportKind kind);                    // "Kvartalsrapport"
std::string_view intervention_kind_label(InterventionKind kind); // "Individinriktad"
std::string_view phase_label(InterventionPhase phase);           // "Ej startad", "Pågår"
std::string_view measure_label(Measure measure);                 // "Deltagare totalt"
/// A figure's category: "kvinnor" for kön; a code list's code as it is (the code lists'
/// labels are the form's), also where a code reads like a kön (the end reason "annat").
std::string category_label(Measure measure, std::string_view category);
std::string_view goal_status_label(GoalStatus status); // "Uppnått"
std::string_view trend_label(Trend trend);             // "↑ ökar"
/// What a warning code means, for the kansli; the code itself for an unknown one.
std::string warning_label(std::string_view code);
/// A report field's name in the version comparison (VersionDiff's field keys).
std::string field_label(std::string_view key);
/// The audit trail's verbs and objects: "Visade", "rapport".
std::string_view audit_label(AuditAction action);
std::string_view audit_object_label(AuditObject object);
/// The history's verbs: "Skickade in", "Registrerade"...
std::string_view event_label(ReportEventAction action);

/// A survey's time point and respondent: "Start", "Under insatsen", "Avslut"; "Deltagare",
/// "Handläggare".
std::string_view time_point_label(SurveyTimePoint time_point);
std::string_view respondent_label(RespondentKind respondent);

} // namespace finsam
