#include "web/pages/UsersPage.h"

#include "output/SwedishLabels.h"
#include "web/pages/FormFields.h"

#include <algorithm>

namespace finsam {

namespace {

constexpr Role k_roles[] = {Role::InterventionOwner, Role::Kansli, Role::Board, Role::Admin};

std::string state_of(const User& user) {
    return user.disabled ? "Avstängd" : "Aktiv";
}

std::string intervention_names(const User& user,
                               const std::vector<NamedIntervention>& interventions) {
    std::string names;
    for (const auto& intervention : interventions) {
        const auto& bound = user.intervention_ids;
        if (std::find(bound.begin(), bound.end(), intervention.id) == bound.end())
            continue;
        names += (names.empty() ? "" : ", ") + intervention.name;
    }
    return names.empty() ? "–" : names;
}

mstch::array intervention_choices(const std::vector<NamedIntervention>& interventions,
                                  const std::vector<std::string>& checked) {
    mstch::array choices;
    for (const auto& intervention : interventions) {
        const bool is_checked =
            std::find(checked.begin(), checked.end(), intervention.name) != checked.end();
        choices.push_back(mstch::map{{"id", std::to_string(intervention.id)},
                                     {"name", intervention.name},
                                     {"checked", is_checked}});
    }
    return choices;
}

std::string time_or_dash(const std::optional<Timestamp>& moment) {
    return moment ? swedish_minute_text(*moment) : "–";
}

mstch::array token_rows(const std::vector<ApiToken>& tokens, const std::vector<User>& users) {
    mstch::array rows;
    for (const auto& token : tokens) {
        std::string owner = token.username;
        for (const auto& user : users) {
            if (user.id == token.user_id)
                owner = user.display_name;
        }
        rows.push_back(
            mstch::map{{"id", std::to_string(token.id)},
                       {"name", token.name},
                       {"owner", owner},
                       {"created", swedish_minute_text(token.created_at)},
                       {"last_used", time_or_dash(token.last_used_at)},
                       {"revoked", token.revoked_at ? swedish_minute_text(*token.revoked_at)
                                                    : std::string()}});
    }
    return rows;
}

std::string lifetime_days() {
    return std::to_string(k_invitation_lifetime.count());
}

} // namespace

mstch::map users_page(const UsersOverview& overview, const UserRequest& posted,
                      const std::vector<FieldError>& errors) {
    mstch::array users;
    for (const auto& user : overview.users) {
        users.push_back(
            mstch::map{{"id", std::to_string(user.id)},
                       {"name", user.display_name},
                       {"username", user.username},
                       {"role", std::string(role_label(user.role))},
                       {"interventions", intervention_names(user, overview.interventions)},
                       {"state", state_of(user)}});
    }
    mstch::array roles;
    const std::string chosen_role = posted.role.empty() ? "insatsagare" : posted.role;
    for (const Role role : k_roles) {
        roles.push_back(mstch::map{{"value", std::string(to_string(role))},
                                   {"label", std::string(role_label(role))},
                                   {"selected", to_string(role) == chosen_role}});
    }
    const mstch::array tokens = token_rows(overview.tokens, overview.users);
    return mstch::map{
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
        {"users", users},
        {"display_name", form_field("display_name", "Namn", posted.display_name, errors)},
        {"username", form_field("username", "Användarnamn", posted.username, errors)},
        {"email", form_field("email", "E-postadress (för påminnelser och meddelanden)",
                             posted.email, errors)},
        {"roles", roles},
        {"role_error", error_for(errors, "role")},
        {"interventions", intervention_choices(overview.interventions, posted.interventions)},
        {"has_interventions", !overview.interventions.empty()},
        {"insats_error", error_for(errors, "insats")},
        {"lifetime_days", lifetime_days()},
        {"tokens", tokens},
        {"has_tokens", !tokens.empty()}};
}

mstch::map user_page(const UserOverview& overview, std::int64_t visitor_id,
                     const std::string& saved, const std::vector<FieldError>& errors,
                     const std::string& posted_email) {
    const User& user = overview.user;
    std::vector<std::string> bound;
    for (const auto& intervention : overview.interventions) {
        if (std::find(user.intervention_ids.begin(), user.intervention_ids.end(),
                      intervention.id) != user.intervention_ids.end())
            bound.push_back(intervention.name);
    }
    const bool disabled = user.disabled;
    return mstch::map{
        {"id", std::to_string(user.id)},
        {"name", user.display_name},
        {"username", user.username},
        {"role", std::string(role_label(user.role))},
        {"state", state_of(user)},
        {"saved", saved},
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
        {"may_change", overview.may_change},
        {"self", user.id == visitor_id},
        {"is_owner", user.role == Role::InterventionOwner},
        {"interventions", intervention_choices(overview.interventions, bound)},
        {"insats_error", error_for(errors, "insats")},
        {"lifetime_days", lifetime_days()},
        {"access_action", std::string(disabled ? "aktivera" : "stang-av")},
        {"access_heading", std::string(disabled ? "Återaktivera" : "Stäng av")},
        {"access_hint",
         std::string(disabled ? "Användaren kan logga in igen och API-nycklarna fungerar igen."
                              : "Användaren kan inte logga in, inloggningarna avslutas genast och "
                                "API-nycklarna fungerar inte medan kontot är avstängt.")},
        {"access_button",
         std::string(disabled ? "Återaktivera " : "Stäng av ") + user.display_name},
        {"email_address", overview.mail.email.value_or("")},
        {"wants_email", overview.mail.notifications},
        {"email", form_field("email", "E-postadress",
                             error_for(errors, "email").empty() ? overview.mail.email.value_or("")
                                                                : posted_email,
                             errors)},
        {"tokens", token_rows(overview.tokens, {user})},
        {"has_tokens", !overview.tokens.empty()}};
}

mstch::map invitation_link_page(const IssuedInvitation& invitation, const std::string& link) {
    const bool invite = invitation.purpose == InvitationPurpose::Invite;
    const std::string& name = invitation.user.display_name;
    return mstch::map{
        {"user_id", std::to_string(invitation.user.id)},
        {"name", name},
        {"username", invitation.user.username},
        {"heading", std::string(invite ? "Inbjudan skapad" : "Länk för nytt lösenord skapad")},
        {"intro", invite ? name + " är tillagd. Ge länken nedan till " + name +
                               ", som väljer sitt lösenord genom den."
                         : "Ge länken nedan till " + name +
                               ", som väljer ett nytt lösenord "
                               "genom den."},
        {"link", link},
        {"expires", swedish_minute_text(invitation.expires_at)}};
}

mstch::map set_password_page(const OpenInvitation& invitation, const std::string& action,
                             const std::vector<FieldError>& errors) {
    return mstch::map{{"heading", std::string(invitation.purpose == InvitationPurpose::Invite
                                                  ? "Välj ditt lösenord"
                                                  : "Välj ett nytt lösenord")},
                      {"name", invitation.user.display_name},
                      {"username", invitation.user.username},
                      {"min_length", std::to_string(k_min_password_length)},
                      {"action", action},
                      {"errors", error_summary(errors)},
                      {"has_errors", !errors.empty()},
                      {"password_error", error_for(errors, "password")},
                      {"again_error", error_for(errors, "password_again")}};
}

} // namespace finsam
