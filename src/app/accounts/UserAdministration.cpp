#include "app/accounts/UserAdministration.h"

#include "app/InputGuard.h"
#include "app/accounts/Secrets.h"
#include "domain/EmailAddress.h"
#include "domain/NameNormalisation.h"
#include "domain/Text.h"
#include "storage/ApiTokenStore.h"
#include "storage/InterventionStore.h"
#include "storage/InvitationStore.h"
#include "storage/UserStore.h"

#include <algorithm>

namespace finsam {

namespace {

AppError invalid(const std::string& field, std::string message) {
    return AppError::invalid({{field, std::move(message)}});
}

std::optional<AppError> check_password(const std::string& password) {
    if (password.size() >= k_min_password_length)
        return std::nullopt;
    return invalid("password", "Lösenordet måste ha minst " +
                                   std::to_string(k_min_password_length) +
                                   " tecken. Ingenting ändrades.");
}

AppResult<void> check_administers(const AppContext& context) {
    if (!context.policy().administers_users())
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    return {};
}

/// The ids of the named insatser of the förbund.
AppResult<std::vector<std::int64_t>> intervention_ids(const AppContext& context,
                                                      const std::vector<std::string>& names) {
    InterventionStore interventions(context.database());
    const auto all = interventions.list(context.user().association_id);
    if (!all)
        return tl::unexpected(AppError::internal(all.error()));
    std::vector<std::int64_t> ids;
    for (const auto& name : names) {
        const auto key = normalise_intervention_name(name);
        const auto found = std::find_if(all->begin(), all->end(), [&](const auto& details) {
            return normalise_intervention_name(details.name) == key;
        });
        if (found == all->end())
            return tl::unexpected(
                invalid("insats", "Förbundet har ingen insats som heter " + name + "."));
        ids.push_back(found->id);
    }
    return ids;
}

AppResult<std::vector<NamedIntervention>> named_interventions(const AppContext& context) {
    InterventionStore interventions(context.database());
    const auto all = interventions.list(context.user().association_id);
    if (!all)
        return tl::unexpected(AppError::internal(all.error()));
    std::vector<NamedIntervention> named;
    for (const auto& details : *all)
        named.push_back({details.id, details.name});
    return named;
}

/// The user of the actor's förbund that the actor may change: NotFound for another förbund's
/// (or none), Forbidden for an account the policy keeps from them.
AppResult<User> administered_user(const AppContext& context, std::int64_t user_id) {
    if (const auto allowed = check_administers(context); !allowed)
        return tl::unexpected(allowed.error());
    UserStore users(context.database(), context.clock());
    auto found = users.find(user_id);
    if (!found)
        return tl::unexpected(AppError::internal(found.error()));
    if (!*found || (*found)->association_id != context.user().association_id)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    if (!context.policy().may_administer((*found)->role))
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    return std::move(**found);
}

/// Whether a user may log in.
enum class UserAccess { Disabled, Enabled };

AppResult<void> set_access(const AppContext& context, std::int64_t user_id, UserAccess access) {
    const auto user = administered_user(context, user_id);
    if (!user)
        return tl::unexpected(user.error());
    if (access == UserAccess::Disabled && user->id == context.user().id)
        return tl::unexpected(invalid("user", "Du kan inte stänga av dig själv."));
    UserStore users(context.database(), context.clock());
    if (const auto set = users.set_disabled(user->id, access == UserAccess::Disabled); !set)
        return tl::unexpected(AppError::internal(set.error()));
    context.audit(access == UserAccess::Disabled ? AuditAction::Disable : AuditAction::Enable,
                  AuditObject::User, user->id);
    return {};
}

/// Where the new user gets e-mail: the address given, or none.
AppResult<MailPreference> requested_mail(const UserRequest& request) {
    if (trim(request.email).empty())
        return MailPreference{};
    const auto email = checked_email_address(request.email);
    if (!email)
        return tl::unexpected(invalid("email", "Ange en e-postadress som namn@exempel.se."));
    return MailPreference{email, true};
}

/// Stores a checked new user with this password hash and e-mail preference; their id.
AppResult<std::int64_t> create_user(const AppContext& context, NewUser user,
                                    const std::string& password_hash, const MailPreference& mail) {
    user.password_hash = password_hash;
    UserStore users(context.database(), context.clock());
    const auto added = users.add(user, mail);
    if (!added && added.error().code == StorageError::Code::Conflict)
        return tl::unexpected(
            invalid("username", "Användarnamnet " + user.username + " är upptaget."));
    if (!added)
        return tl::unexpected(AppError::internal(added.error()));
    context.audit(AuditAction::Create, AuditObject::User, *added);
    return *added;
}

} // namespace

std::string invitation_path(const std::string& token) {
    return "/losenord/" + token;
}

AppResult<Role> requested_role(const UserRequest& request) {
    const auto role = role_from_string(request.role);
    if (!role)
        return tl::unexpected(invalid("role", "Okänd roll " + request.role +
                                                  ". Välj admin, kansli, insatsagare eller "
                                                  "styrelse."));
    if (role != Role::InterventionOwner && !request.interventions.empty())
        return tl::unexpected(invalid("insats", "Bara en insatsägare knyts till insatser."));
    return *role;
}

AppResult<NewUser> checked_new_user(const AppContext& context, const UserRequest& request) {
    if (const auto allowed = check_administers(context); !allowed)
        return tl::unexpected(allowed.error());
    for (const auto& [field, text] : {std::pair{"username", &request.username},
                                      std::pair{"display_name", &request.display_name}}) {
        if (const auto checked = check_text(field, *text); !checked)
            return tl::unexpected(checked.error());
    }
    if (request.username.empty())
        return tl::unexpected(invalid("username", "Skriv ett användarnamn."));
    const auto role = requested_role(request);
    if (!role)
        return tl::unexpected(role.error());
    if (!context.policy().may_administer(*role))
        return tl::unexpected(invalid("role", "Bara en administratör kan ge rollen admin."));
    auto ids = intervention_ids(context, request.interventions);
    if (!ids)
        return tl::unexpected(ids.error());
    UserStore users(context.database(), context.clock());
    const auto taken = users.find_login(request.username);
    if (!taken)
        return tl::unexpected(AppError::internal(taken.error()));
    if (*taken)
        return tl::unexpected(
            invalid("username", "Användarnamnet " + request.username + " är upptaget."));
    if (const auto mail = requested_mail(request); !mail)
        return tl::unexpected(mail.error());
    return NewUser{context.user().association_id,
                   request.username,
                   request.display_name.empty() ? request.username : request.display_name,
                   *role,
                   "",
                   std::move(*ids)};
}

AppResult<std::int64_t> add_user(const AppContext& context, const UserRequest& request) {
    auto user = checked_new_user(context, request);
    if (!user)
        return tl::unexpected(user.error());
    if (const auto refused = check_password(request.password))
        return tl::unexpected(*refused);
    return create_user(context, std::move(*user), hash_password(request.password),
                       *requested_mail(request));
}

AppResult<IssuedInvitation> invite_user(const AppContext& context, const UserRequest& request) {
    auto user = checked_new_user(context, request);
    if (!user)
        return tl::unexpected(user.error());
    // An empty hash is no Argon2id hash: no password opens the account until the link is used.
    const auto added = create_user(context, std::move(*user), "", *requested_mail(request));
    if (!added)
        return tl::unexpected(added.error());
    return issue_invitation(context, *added, InvitationPurpose::Invite);
}

AppResult<IssuedInvitation> issue_invitation(const AppContext& context, std::int64_t user_id,
                                             InvitationPurpose purpose) {
    auto user = administered_user(context, user_id);
    if (!user)
        return tl::unexpected(user.error());
    const Timestamp now = context.clock().now();
    IssuedInvitation issued{random_token(), std::move(*user), purpose, now + k_invitation_lifetime};
    const std::optional<std::int64_t> created_by =
        context.user().id != 0 ? std::optional(context.user().id) : std::nullopt;
    InvitationStore invitations(context.database());
    const auto added = invitations.add(
        {issued.user.id, purpose, token_digest(issued.token), now, issued.expires_at, created_by});
    if (!added)
        return tl::unexpected(AppError::internal(added.error()));
    context.audit(purpose == InvitationPurpose::Invite ? AuditAction::Invite
                                                       : AuditAction::ResetPassword,
                  AuditObject::User, issued.user.id);
    return issued;
}

AppResult<std::vector<User>> list_users(const AppContext& context) {
    if (const auto allowed = check_administers(context); !allowed)
        return tl::unexpected(allowed.error());
    UserStore users(context.database(), context.clock());
    return or_internal(users.list(context.user().association_id));
}

AppResult<UsersOverview> users_overview(const AppContext& context) {
    auto users = list_users(context);
    if (!users)
        return tl::unexpected(users.error());
    auto interventions = named_interventions(context);
    if (!interventions)
        return tl::unexpected(interventions.error());
    auto tokens = ApiTokenStore(context.database()).list(context.user().association_id);
    if (!tokens)
        return tl::unexpected(AppError::internal(tokens.error()));
    return UsersOverview{std::move(*users), std::move(*interventions), std::move(*tokens)};
}

AppResult<UserOverview> user_overview(const AppContext& context, std::int64_t user_id) {
    if (const auto allowed = check_administers(context); !allowed)
        return tl::unexpected(allowed.error());
    auto user = UserStore(context.database(), context.clock()).find(user_id);
    if (!user)
        return tl::unexpected(AppError::internal(user.error()));
    if (!*user || (*user)->association_id != context.user().association_id)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    auto interventions = named_interventions(context);
    if (!interventions)
        return tl::unexpected(interventions.error());
    auto tokens = ApiTokenStore(context.database()).list(context.user().association_id, user_id);
    if (!tokens)
        return tl::unexpected(AppError::internal(tokens.error()));
    auto mail = UserStore(context.database(), context.clock()).mail_preference(user_id);
    if (!mail)
        return tl::unexpected(AppError::internal(mail.error()));
    const bool may_change = context.policy().may_administer((*user)->role);
    return UserOverview{std::move(**user), std::move(*interventions), std::move(*tokens),
                        may_change, std::move(*mail)};
}

AppResult<void> set_user_email(const AppContext& context, std::int64_t user_id,
                               const std::string& email) {
    const auto user = administered_user(context, user_id);
    if (!user)
        return tl::unexpected(user.error());
    UserRequest request;
    request.email = email;
    const auto given = requested_mail(request);
    if (!given)
        return tl::unexpected(given.error());
    UserStore users(context.database(), context.clock());
    auto preference = users.mail_preference(user->id);
    if (!preference)
        return tl::unexpected(AppError::internal(preference.error()));
    if (preference->email == given->email)
        return {};
    const bool removed = !given->email;
    preference->email = given->email;
    if (const auto saved = users.set_mail_preference(user->id, *preference); !saved)
        return tl::unexpected(AppError::internal(saved.error()));
    context.audit(AuditAction::Edit, AuditObject::User, user->id,
                  removed ? "e-mail address removed" : "e-mail address changed");
    return {};
}

AppResult<User> find_user(const AppContext& context, const std::string& username) {
    if (const auto allowed = check_administers(context); !allowed)
        return tl::unexpected(allowed.error());
    UserStore users(context.database(), context.clock());
    auto login = users.find_login(username);
    if (!login)
        return tl::unexpected(AppError::internal(login.error()));
    if (!*login || (*login)->first.association_id != context.user().association_id)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    return std::move((*login)->first);
}

AppResult<void> set_user_interventions(const AppContext& context, std::int64_t user_id,
                                       const std::vector<std::string>& interventions) {
    const auto user = administered_user(context, user_id);
    if (!user)
        return tl::unexpected(user.error());
    if (user->role != Role::InterventionOwner && !interventions.empty())
        return tl::unexpected(invalid("insats", "Bara en insatsägare knyts till insatser."));
    const auto ids = intervention_ids(context, interventions);
    if (!ids)
        return tl::unexpected(ids.error());
    UserStore users(context.database(), context.clock());
    if (const auto set = users.set_interventions(user->id, *ids); !set)
        return tl::unexpected(AppError::internal(set.error()));
    context.audit(AuditAction::Edit, AuditObject::User, user->id, "insatser");
    return {};
}

AppResult<int> change_password(const AppContext& context, std::int64_t user_id,
                               const std::string& password) {
    if (const auto refused = check_password(password))
        return tl::unexpected(*refused);
    const auto user = administered_user(context, user_id);
    if (!user)
        return tl::unexpected(user.error());
    UserStore users(context.database(), context.clock());
    const auto revoked = users.set_password_hash(user->username, hash_password(password));
    if (!revoked)
        return tl::unexpected(AppError::internal(revoked.error()));
    context.audit(AuditAction::PasswordChange, AuditObject::User, user->id);
    return *revoked;
}

AppResult<void> disable_user(const AppContext& context, std::int64_t user_id) {
    return set_access(context, user_id, UserAccess::Disabled);
}

AppResult<void> enable_user(const AppContext& context, std::int64_t user_id) {
    return set_access(context, user_id, UserAccess::Enabled);
}

AppResult<std::string> create_api_token(const AppContext& context, std::int64_t user_id,
                                        const std::string& name) {
    const auto user = administered_user(context, user_id);
    if (!user)
        return tl::unexpected(user.error());
    const std::string token = random_token();
    ApiTokenStore tokens(context.database());
    if (const auto added = tokens.add(user->id, name, token_digest(token), context.clock().now());
        !added)
        return tl::unexpected(AppError::internal(added.error()));
    return token;
}

} // namespace finsam
