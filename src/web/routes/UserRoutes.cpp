#include "app/accounts/ApiTokens.h"
#include "app/accounts/Invitations.h"
#include "app/accounts/UserAdministration.h"
#include "web/pages/UsersPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

/// Where the person a link is given to opens it: this server as the one who made the link
/// reached it.
std::string link_address(Exchange& exchange, const std::string& token) {
    const std::string scheme = exchange.web().config().secure_cookies ? "https://" : "http://";
    return scheme + exchange.request().get_header_value("Host") + invitation_path(token);
}

UserRequest posted_user(const FormInput& input) {
    return UserRequest{input.trimmed("username"),
                       input.trimmed("display_name"),
                       input.value("role"),
                       input.values("insats"),
                       "",
                       input.trimmed("email")};
}

void show_users(Exchange& exchange, const UserRequest& posted,
                const std::vector<FieldError>& errors, int status) {
    const auto overview = users_overview(exchange.app());
    if (exchange.failed(overview))
        return;
    exchange.page("users", users_page(*overview, posted, errors), "Användare", status);
}

void users(Exchange& exchange) {
    show_users(exchange, {}, {}, 200);
}

void show_invitation(Exchange& exchange, const IssuedInvitation& invitation) {
    exchange.page("invitation_link",
                  invitation_link_page(invitation, link_address(exchange, invitation.token)),
                  invitation.purpose == InvitationPurpose::Invite ? "Inbjudan skapad"
                                                                  : "Länk för nytt lösenord");
}

void invite(Exchange& exchange) {
    const UserRequest request = posted_user(exchange.input());
    const auto invitation = invite_user(exchange.app(), request);
    if (!invitation && invitation.error().code == ErrorCode::Invalid) {
        show_users(exchange, request, invitation.error().fields, 422);
        return;
    }
    if (exchange.failed(invitation))
        return;
    show_invitation(exchange, *invitation);
}

/// What the user's page says after a change it redirected from (?sparat=...).
std::string saved_message(const std::string& what) {
    if (what == "insatser")
        return "Insatserna är sparade.";
    if (what == "avstangd")
        return "Användaren är avstängd.";
    if (what == "aktiverad")
        return "Användaren kan logga in igen.";
    if (what == "epost")
        return "E-postadressen är sparad.";
    return "";
}

void show_user(Exchange& exchange, std::int64_t user_id, const std::vector<FieldError>& errors,
               int status) {
    const auto overview = user_overview(exchange.app(), user_id);
    if (exchange.failed(overview))
        return;
    exchange.page("user",
                  user_page(*overview, exchange.visitor().user.id,
                            saved_message(exchange.input().value("sparat")), errors,
                            exchange.input().trimmed("email")),
                  overview->user.display_name, status);
}

void user(Exchange& exchange) {
    if (const auto user_id = exchange.path_id())
        show_user(exchange, *user_id, {}, 200);
}

/// Runs a change of the user of the path, then shows their page again with what was done,
/// or with the change's errors beside its fields.
template <typename Change>
void change_user(Exchange& exchange, const char* saved, Change&& change) {
    const auto user_id = exchange.path_id();
    if (!user_id)
        return;
    const AppResult<void> changed = change(exchange.app(), *user_id);
    if (!changed && changed.error().code == ErrorCode::Invalid) {
        show_user(exchange, *user_id, changed.error().fields, 422);
        return;
    }
    if (exchange.failed(changed))
        return;
    exchange.reply().redirect("/anvandare/" + std::to_string(*user_id) + "?sparat=" + saved);
}

void bind_interventions(Exchange& exchange) {
    const auto names = exchange.input().values("insats");
    change_user(exchange, "insatser", [&](const AppContext& context, std::int64_t user_id) {
        return set_user_interventions(context, user_id, names);
    });
}

void set_email(Exchange& exchange) {
    const std::string email = exchange.input().trimmed("email");
    change_user(exchange, "epost", [&](const AppContext& context, std::int64_t user_id) {
        return set_user_email(context, user_id, email);
    });
}

void disable(Exchange& exchange) {
    change_user(exchange, "avstangd", disable_user);
}

void enable(Exchange& exchange) {
    change_user(exchange, "aktiverad", enable_user);
}

void reset(Exchange& exchange) {
    const auto user_id = exchange.path_id();
    if (!user_id)
        return;
    const auto invitation = issue_invitation(exchange.app(), *user_id, InvitationPurpose::Reset);
    if (exchange.failed(invitation))
        return;
    show_invitation(exchange, *invitation);
}

void revoke_token(Exchange& exchange) {
    const auto token_id = exchange.path_id();
    if (!token_id)
        return;
    if (exchange.failed(revoke_api_token(exchange.app(), *token_id)))
        return;
    exchange.reply().redirect("/anvandare#api-nycklar");
}

// The one-time link's page: no session, the token in the path is all that says who it is
// for (so a forged post could only come from whoever holds the link).

std::string link_token(const Exchange& exchange) {
    return exchange.request().matches[1].str();
}

void link_closed(Exchange& exchange) {
    exchange.message(404, "Länken gäller inte",
                     "Länken är redan använd, för gammal eller okänd. Be förbundets kansli om "
                     "en ny länk.");
}

void password_form(Exchange& exchange) {
    const std::string token = link_token(exchange);
    const auto invitation = open_invitation(exchange.database(), exchange.web().clock(), token);
    if (!invitation && invitation.error().code == ErrorCode::NotFound) {
        link_closed(exchange);
        return;
    }
    if (exchange.failed(invitation))
        return;
    exchange.page("set_password", set_password_page(*invitation, invitation_path(token), {}),
                  "Välj lösenord");
}

void set_password(Exchange& exchange) {
    const std::string token = link_token(exchange);
    const auto& input = exchange.input();
    auto& web = exchange.web();
    const auto accepted = accept_invitation(exchange.database(), web.clock(), token,
                                            input.value("password"), input.value("password_again"));
    if (!accepted && accepted.error().code == ErrorCode::NotFound) {
        link_closed(exchange);
        return;
    }
    if (!accepted && accepted.error().code == ErrorCode::Invalid) {
        const auto invitation = open_invitation(exchange.database(), web.clock(), token);
        if (exchange.failed(invitation))
            return;
        exchange.page(
            "set_password",
            set_password_page(*invitation, invitation_path(token), accepted.error().fields),
            "Välj lösenord", 422);
        return;
    }
    if (exchange.failed(accepted))
        return;
    exchange.reply().redirect("/login?losenord=sparat");
}

} // namespace

RouteTable user_routes() {
    return {Audience::Pages,
            {
                {Method::Get, "/anvandare", Who::Kansli, users},
                {Method::Post, "/anvandare", Who::Kansli, invite},
                {Method::Get, R"(/anvandare/(\d+))", Who::Kansli, user},
                {Method::Post, R"(/anvandare/(\d+)/insatser)", Who::Kansli, bind_interventions},
                {Method::Post, R"(/anvandare/(\d+)/epost)", Who::Kansli, set_email},
                {Method::Post, R"(/anvandare/(\d+)/aterstall)", Who::Kansli, reset},
                {Method::Post, R"(/anvandare/(\d+)/stang-av)", Who::Kansli, disable},
                {Method::Post, R"(/anvandare/(\d+)/aktivera)", Who::Kansli, enable},
                {Method::Post, R"(/api-nycklar/(\d+)/aterkalla)", Who::Kansli, revoke_token},
                {Method::Get, R"(/losenord/([A-Za-z0-9_-]{20,100}))", Who::Anyone, password_form},
                {Method::Post, R"(/losenord/([A-Za-z0-9_-]{20,100}))", Who::Anyone, set_password},
            }};
}

} // namespace finsam
