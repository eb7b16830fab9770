#include "app/accounts/UserAdministration.h"

#include "app/AppContext.h"
#include "app/InputGuard.h"
#include "app/accounts/Secrets.h"
#include "domain/EmailAddress.h"
#include "domain/NameNormalisation.h"
#include "domain/Text.h"
#include "storage/ApiTokenStore.h"
#include "storage/InterventionStore.h"
#include "storage/UserStore.h"

#include <algorithm>

namespace finsam {

namespace {

/// The audit trail's detail for what the operator does on the command line.
constexpr const char* k_command_line = "command line";

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

/// The ids of the named insatser of the förbund.
AppResult<std::vector<std::int64_t>> intervention_ids(Database& database,
                                                      std::int64_t association_id,
                                                      const std::vector<std::string>& names) {
    InterventionStore interventions(database);
    const auto all = interventions.list(association_id);
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

/// The user of this name; NotFound when there is none.
AppResult<User> user_named(Database& database, const std::string& username) {
    UserStore users(database, system_clock());
    auto login = users.find_login(username);
    if (!login)
        return tl::unexpected(AppError::internal(login.error()));
    if (!*login)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    return std::move((*login)->first);
}

/// Whether a user may log in.
enum class UserAccess { Disabled, Enabled };

AppResult<void> set_access(Database& database, const Clock& clock, const std::string& username,
                           UserAccess access) {
    const auto user = user_named(database, username);
    if (!user)
        return tl::unexpected(user.error());
    UserStore users(database, clock);
    if (const auto set = users.set_disabled(user->id, access == UserAccess::Disabled); !set)
        return tl::unexpected(AppError::internal(set.error()));
    record_audit(database, clock, std::nullopt,
                 access == UserAccess::Disabled ? AuditAction::Disable : AuditAction::Enable,
                 AuditObject::User, user->id, k_command_line, user->association_id);
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

} // namespace

AppResult<Role> requested_role(const UserRequest& request) {
    const auto role = role_from_string(request.role);
    if (!role)
        return tl::unexpected(invalid("role", "Okänd roll " + request.role +
                                                  ". Välj admin, kansli, insatsagare eller "
                                                  "styrelse."));
    if (role != Role::InterventionOwner && !request.interventions.empty())
        return tl::unexpected(
            invalid("role", "Bara en insatsägare knyts till insatser (--insats)."));
    return *role;
}

AppResult<NewUser> checked_new_user(Database& database, std::int64_t association_id,
                                    const UserRequest& request) {
    for (const auto& [field, text] : {std::pair{"username", &request.username},
                                      std::pair{"display_name", &request.display_name}}) {
        if (const auto checked = check_text(field, *text); !checked)
            return tl::unexpected(checked.error());
    }
    const auto role = requested_role(request);
    if (!role)
        return tl::unexpected(role.error());
    auto ids = intervention_ids(database, association_id, request.interventions);
    if (!ids)
        return tl::unexpected(ids.error());
    UserStore users(database, system_clock());
    const auto taken = users.find_login(request.username);
    if (!taken)
        return tl::unexpected(AppError::internal(taken.error()));
    if (*taken)
        return tl::unexpected(
            invalid("username", "Användarnamnet " + request.username + " är upptaget."));
    if (const auto mail = requested_mail(request); !mail)
        return tl::unexpected(mail.error());
    return NewUser{association_id,
                   request.username,
                   request.display_name.empty() ? request.username : request.display_name,
                   *role,
                   "",
                   std::move(*ids)};
}

AppResult<std::int64_t> add_user(Database& database, const Clock& clock,
                                 std::int64_t association_id, const UserRequest& request) {
    auto user = checked_new_user(database, association_id, request);
    if (!user)
        return tl::unexpected(user.error());
    if (const auto refused = check_password(request.password))
        return tl::unexpected(*refused);
    user->password_hash = hash_password(request.password);
    UserStore users(database, clock);
    const auto added = users.add(*user, *requested_mail(request));
    if (!added && added.error().code == StorageError::Code::Conflict)
        return tl::unexpected(
            invalid("username", "Användarnamnet " + request.username + " är upptaget."));
    if (!added)
        return tl::unexpected(AppError::internal(added.error()));
    record_audit(database, clock, std::nullopt, AuditAction::Create, AuditObject::User, *added,
                 k_command_line, association_id);
    return *added;
}

AppResult<int> change_password(Database& database, const Clock& clock, const std::string& username,
                               const std::string& password) {
    if (const auto refused = check_password(password))
        return tl::unexpected(*refused);
    const auto user = user_named(database, username);
    if (!user)
        return tl::unexpected(user.error());
    UserStore users(database, clock);
    const auto revoked = users.set_password_hash(username, hash_password(password));
    if (!revoked && revoked.error().code == StorageError::Code::NotFound)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    if (!revoked)
        return tl::unexpected(AppError::internal(revoked.error()));
    record_audit(database, clock, std::nullopt, AuditAction::PasswordChange, AuditObject::User,
                 user->id, k_command_line, user->association_id);
    return *revoked;
}

AppResult<void> disable_user(Database& database, const Clock& clock, const std::string& username) {
    return set_access(database, clock, username, UserAccess::Disabled);
}

AppResult<void> enable_user(Database& database, const Clock& clock, const std::string& username) {
    return set_access(database, clock, username, UserAccess::Enabled);
}

AppResult<std::vector<User>> list_users(Database& database, std::int64_t association_id) {
    UserStore users(database, system_clock());
    return or_internal(users.list(association_id));
}

AppResult<std::string> create_api_token(Database& database, const Clock& clock,
                                        const std::string& username, const std::string& name) {
    const auto user = user_named(database, username);
    if (!user)
        return tl::unexpected(user.error());
    const std::string token = random_token();
    ApiTokenStore tokens(database);
    if (const auto added = tokens.add(user->id, name, token_digest(token), clock.now()); !added)
        return tl::unexpected(AppError::internal(added.error()));
    return token;
}

} // namespace finsam
