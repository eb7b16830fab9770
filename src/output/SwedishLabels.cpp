#include "output/SwedishLabels.h"

#include "domain/NameTable.h"
#include "domain/ParticipantTable.h"

#include <map>

namespace finsam {

namespace {

constexpr NameTable<ReportStatus, 5> k_status_labels{{
    {ReportStatus::Draft, "Utkast"},
    {ReportStatus::Submitted, "Inskickad"},
    {ReportStatus::Registered, "Registrerad"},
    {ReportStatus::Reviewed, "Granskad"},
    {ReportStatus::Returned, "Komplettering begärd"},
}};

constexpr NameTable<Timeliness, 4> k_timeliness_labels{{
    {Timeliness::NotYetDue, "Väntas"},
    {Timeliness::OnTime, "I tid"},
    {Timeliness::Late, "Försenad"},
    {Timeliness::Missing, "Saknas"},
}};

constexpr NameTable<Role, 4> k_role_labels{{
    {Role::Admin, "Administratör"},
    {Role::Kansli, "Kansli"},
    {Role::InterventionOwner, "Insatsägare"},
    {Role::Board, "Styrelse"},
}};

constexpr NameTable<ReportKind, 4> k_kind_labels{{
    {ReportKind::Quarterly, "Kvartalsrapport"},
    {ReportKind::Final, "Slutrapport"},
    {ReportKind::Compiled, "Projektredovisning"},
    {ReportKind::Other, "Övrig rapport"},
}};

constexpr NameTable<InterventionKind, 3> k_intervention_kind_labels{{
    {InterventionKind::Individual, "Individinriktad"},
    {InterventionKind::Structural, "Strukturinriktad"},
    {InterventionKind::Unknown, "Ej angiven"},
}};

constexpr NameTable<Measure, 17> k_measure_labels{{
    {Measure::ParticipantsTotal, "Deltagare totalt"},
    {Measure::ParticipantsCurrent, "Inskrivna nu"},
    {Measure::ParticipantsEnded, "Avslutade"},
    {Measure::ParticipantsWomen, "Kvinnor"},
    {Measure::ParticipantsMen, "Män"},
    {Measure::ParticipantsAnonymous, "Anonyma deltagare"},
    {Measure::ParticipantsTarget, "Mål för antal deltagare"},
    {Measure::EndedToWork, "Avslutade till arbete"},
    {Measure::EndedToStudies, "Avslutade till studier"},
    {Measure::EndedToWorkOrStudies, "Avslutade till arbete eller studier"},
    {Measure::ParticipantsNew, "Nya under perioden"},
    {Measure::EndedInPeriod, "Avslutade under perioden"},
    {Measure::EndedByReason, "Avslutade efter avslutsorsak"},
    {Measure::IncomeAtStart, "Försörjning vid inskrivning"},
    {Measure::IncomeAtEnd, "Försörjning vid avslut"},
    {Measure::ReferredBy, "Nya efter remittent"},
    {Measure::TargetGroup, "Nya efter målgrupp"},
}};

constexpr NameTable<GoalStatus, 4> k_goal_status_labels{{
    {GoalStatus::Reached, "Uppnått"},
    {GoalStatus::OnTheWay, "På väg"},
    {GoalStatus::Behind, "Efter plan"},
    {GoalStatus::NotJudged, "Kan inte bedömas"},
}};

// The arrows of municipal goal follow-up, with words for those who do not see them.
constexpr NameTable<Trend, 4> k_trend_labels{{
    {Trend::Up, "↑ ökar"},
    {Trend::Down, "↓ minskar"},
    {Trend::Unchanged, "→ oförändrat"},
    {Trend::Unknown, "–"},
}};

constexpr NameTable<AuditAction, 23> k_audit_labels{{
    {AuditAction::Login, "Loggade in:"},
    {AuditAction::LoginFailed, "Misslyckad inloggning:"},
    {AuditAction::Logout, "Loggade ut:"},
    {AuditAction::View, "Visade"},
    {AuditAction::Denied, "Nekades åtkomst till"},
    {AuditAction::Create, "Skapade"},
    {AuditAction::Edit, "Ändrade"},
    {AuditAction::Draft, "Sparade utkast av"},
    {AuditAction::Submit, "Skickade in"},
    {AuditAction::Register, "Registrerade"},
    {AuditAction::Return, "Begärde komplettering av"},
    {AuditAction::Review, "Granskade"},
    {AuditAction::Upload, "Laddade upp"},
    {AuditAction::Import, "Importerade"},
    {AuditAction::Redact, "Gallrade personuppgifter i"},
    {AuditAction::Disable, "Stängde av"},
    {AuditAction::Enable, "Återaktiverade"},
    {AuditAction::Revoke, "Återkallade"},
    {AuditAction::PasswordChange, "Bytte lösenord för"},
    {AuditAction::ConfirmFigures, "Bekräftade siffrorna i"},
    {AuditAction::Invite, "Bjöd in"},
    {AuditAction::ResetPassword, "Skapade en länk för nytt lösenord åt"},
    {AuditAction::Download, "Laddade ner originalfilen till"},
}};

constexpr NameTable<AuditObject, 8> k_audit_object_labels{{
    {AuditObject::Report, "rapport"},
    {AuditObject::Intervention, "insats"},
    {AuditObject::Association, "förbundet"},
    {AuditObject::User, "användare"},
    {AuditObject::Document, "fil"},
    {AuditObject::Page, "sidan"},
    {AuditObject::ApiToken, "API-nyckel"},
    {AuditObject::SurveyRound, "enkätomgång"},
}};

constexpr NameTable<ReportEventAction, 5> k_event_labels{{
    {ReportEventAction::Created, "Skapade rapporten"},
    {ReportEventAction::Submit, "Skickade in"},
    {ReportEventAction::Register, "Registrerade"},
    {ReportEventAction::Return, "Begärde komplettering"},
    {ReportEventAction::Review, "Markerade som granskad"},
}};

std::string from_map(const std::map<std::string_view, std::string_view>& labels,
                     std::string_view key) {
    const auto found = labels.find(key);
    return std::string(found == labels.end() ? key : found->second);
}

} // namespace

std::string_view status_label(ReportStatus status) {
    return name_in(k_status_labels, status);
}

std::string_view timeliness_label(Timeliness timeliness) {
    return name_in(k_timeliness_labels, timeliness);
}

std::string_view role_label(Role role) {
    return name_in(k_role_labels, role);
}

std::string_view kind_label(ReportKind kind) {
    return name_in(k_kind_labels, kind);
}

std::string_view intervention_kind_label(InterventionKind kind) {
    return name_in(k_intervention_kind_labels, kind);
}

std::string_view measure_label(Measure measure) {
    return name_in(k_measure_labels, measure);
}

std::string category_label(Measure measure, std::string_view category) {
    if (breakdown_whole(measure))
        return std::string(category);
    if (category == "kvinna")
        return "kvinnor";
    if (category == "man")
        return "män";
    if (category == "annat")
        return "annat/okänt kön";
    return std::string(category);
}

std::string_view goal_status_label(GoalStatus status) {
    return name_in(k_goal_status_labels, status);
}

std::string_view trend_label(Trend trend) {
    return name_in(k_trend_labels, trend);
}

std::string warning_label(std::string_view code) {
    static const std::map<std::string_view, std::string_view> labels{
        {"conflicting_figure", "Samma nyckeltal anges med olika värden"},
        {"used_above_granted", "Utnyttjade medel är större än beviljade"},
        {"period_reversed", "Perioden slutar innan den börjar"},
        {"reporter_date_before_period_end", "Rapporten är daterad före periodens slut"},
        {"unreadable_date", "Ett datum gick inte att läsa"},
        {"missing_field", "En uppgift saknas"},
        {"personal_identity_number", "Ett personnummer togs bort ur texten"},
        {"read_without_template", "Läst utan mall: avsnitten är dokumentets egna rubriker. "
                                  "Kontrollera insats, period och nyckeltal"},
        {"period_assumed", "Perioden är antagen ur texten (ett delår räknas som januari–juni); "
                           "kontrollera den"},
        {"period_missing", "Ingen period gick att läsa ur texten"},
    };
    return from_map(labels, code);
}

std::string field_label(std::string_view key) {
    static const std::map<std::string_view, std::string_view> labels{
        {"intervention_name", "Insatsens namn"}, {"owner", "Huvudman"},
        {"intervention_kind", "Typ av insats"},  {"period", "Period"},
        {"registry_number", "Diarienummer"},     {"signature", "Signatur"},
        {"arrival_date", "Ankomstdatum"},        {"granted_sek", "Beviljade medel"},
        {"used_sek", "Utnyttjade medel"},        {"reporter_date", "Datum (uppgiftslämnare)"},
        {"reporter_name", "Uppgiftslämnare"},    {"partners", "Samverkansparter"},
    };
    return from_map(labels, key);
}

std::string_view audit_label(AuditAction action) {
    return name_in(k_audit_labels, action);
}

std::string_view audit_object_label(AuditObject object) {
    return name_in(k_audit_object_labels, object);
}

std::string_view event_label(ReportEventAction action) {
    return name_in(k_event_labels, action);
}

std::string_view phase_label(InterventionPhase phase) {
    switch (phase) {
    case InterventionPhase::NotStarted:
        return "Ej startad";
    case InterventionPhase::Ongoing:
        return "Pågår";
    case InterventionPhase::Ended:
        return "Avslutad";
    case InterventionPhase::PeriodUnknown:
        return "Period saknas";
    }
    return "";
}

std::string_view time_point_label(SurveyTimePoint time_point) {
    switch (time_point) {
    case SurveyTimePoint::Start:
        return "Start";
    case SurveyTimePoint::During:
        return "Under insatsen";
    case SurveyTimePoint::End:
        return "Avslut";
    }
    return "";
}

std::string_view respondent_label(RespondentKind respondent) {
    return respondent == RespondentKind::Participant ? "Deltagare" : "Handläggare";
}

} // namespace finsam
