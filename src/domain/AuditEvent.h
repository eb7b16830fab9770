#pragma once

#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace finsam {

/// What a user did or saw, for the audit trail.
enum class AuditAction {
    Login,
    LoginFailed,
    Logout,
    View,
    Denied, // tried to open what they may not
    Create,
    Edit,
    Draft,
    Submit,
    Register,
    Return,
    Review,
    Upload,
    Import,
    Redact,         // removed personal data from a stored report version (gallring)
    Disable,        // a user was disabled (avstängd)
    Enable,         // a disabled user was let back in
    Revoke,         // an API token was revoked
    PasswordChange, // a new password, which revokes the user's API tokens
    ConfirmFigures, // confirmed the figures the importer read from a version's text
    Invite,         // made a new user's one-time link to set a password (inbjudan)
    ResetPassword,  // made a one-time link for a user to set a new password
    Download,       // downloaded a file as it was received (originalfil)
};

/// What the action was done to: a Page is an address refused by the route itself, the
/// detail naming it.
enum class AuditObject {
    Report,
    Intervention,
    User,
    Association,
    Document,
    Page,
    ApiToken,
    SurveyRound, // enkätomgång: a survey of an insats behind one link (never its answers)
};

/// Stored names: login, login_failed, logout, view, denied, create, edit, draft, submit,
/// register, return, review, upload, import, redact, disable, enable, revoke,
/// password_change, confirm_figures, invite, reset_password, download.
std::string_view to_string(AuditAction action);
std::optional<AuditAction> audit_action_from_string(std::string_view name);
/// Stored names: report, intervention, user, association, document, page, api_token,
/// survey_round.
std::string_view to_string(AuditObject object);
std::optional<AuditObject> audit_object_from_string(std::string_view name);

/// One entry of the audit trail: who did or saw what.
struct AuditEvent {
    Timestamp at;
    std::optional<std::int64_t> user_id; // nullopt for the command line or an unknown user
    AuditAction action = AuditAction::View;
    AuditObject object = AuditObject::Report;
    std::optional<std::int64_t> object_id;
    std::string detail; // never personal data or report text
};

} // namespace finsam
