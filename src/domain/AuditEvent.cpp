#include "domain/AuditEvent.h"

#include "domain/NameTable.h"

namespace finsam {

namespace {

constexpr NameTable<AuditAction, 23> k_action_names{{
    {AuditAction::Login, "login"},
    {AuditAction::LoginFailed, "login_failed"},
    {AuditAction::Logout, "logout"},
    {AuditAction::View, "view"},
    {AuditAction::Denied, "denied"},
    {AuditAction::Create, "create"},
    {AuditAction::Edit, "edit"},
    {AuditAction::Draft, "draft"},
    {AuditAction::Submit, "submit"},
    {AuditAction::Register, "register"},
    {AuditAction::Return, "return"},
    {AuditAction::Review, "review"},
    {AuditAction::Upload, "upload"},
    {AuditAction::Import, "import"},
    {AuditAction::Redact, "redact"},
    {AuditAction::Disable, "disable"},
    {AuditAction::Enable, "enable"},
    {AuditAction::Revoke, "revoke"},
    {AuditAction::PasswordChange, "password_change"},
    {AuditAction::ConfirmFigures, "confirm_figures"},
    {AuditAction::Invite, "invite"},
    {AuditAction::ResetPassword, "reset_password"},
    {AuditAction::Download, "download"},
}};

constexpr NameTable<AuditObject, 8> k_object_names{{
    {AuditObject::Report, "report"},
    {AuditObject::Intervention, "intervention"},
    {AuditObject::User, "user"},
    {AuditObject::Association, "association"},
    {AuditObject::Document, "document"},
    {AuditObject::Page, "page"},
    {AuditObject::ApiToken, "api_token"},
    {AuditObject::SurveyRound, "survey_round"},
}};

} // namespace

std::string_view to_string(AuditAction action) {
    return name_in(k_action_names, action);
}

std::optional<AuditAction> audit_action_from_string(std::string_view name) {
    return value_in(k_action_names, name);
}

std::string_view to_string(AuditObject object) {
    return name_in(k_object_names, object);
}

std::optional<AuditObject> audit_object_from_string(std::string_view name) {
    return value_in(k_object_names, name);
}

} // namespace finsam
