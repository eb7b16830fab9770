#include "cli/UserCommands.h"

#include "app/accounts/ApiTokens.h"
#include "app/accounts/UserAdministration.h"
#include "cli/CommandLineActor.h"
#include "domain/Role.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace finsam {

namespace {

std::string read_hidden_line(const char* prompt) {
    std::fprintf(stderr, "%s", prompt);
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    return line;
}

/// The new password from FINSAM_PASSWORD, or typed twice; nullopt (with a message) when the
/// two differ. The use case checks its length.
std::optional<std::string> new_password() {
    if (const char* given = std::getenv("FINSAM_PASSWORD"); given && *given)
        return std::string(given);
    std::string password = read_hidden_line("Lösenord: ");
    if (isatty(STDIN_FILENO) && read_hidden_line("Upprepa lösenordet: ") != password) {
        std::fprintf(stderr, "Lösenorden är inte lika. Ingenting ändrades.\n");
        return std::nullopt;
    }
    return password;
}

/// Says in Swedish why a user command did nothing; exit status 1.
int refused(const AppError& error, const std::string& what, const std::string& username = "") {
    if (error.code == ErrorCode::Internal)
        std::fprintf(stderr, "%s: %s\n", what.c_str(), error.log_message.c_str());
    else if (error.code == ErrorCode::NotFound)
        std::fprintf(stderr, "Det finns ingen användare %s.\n", username.c_str());
    for (const auto& field : error.fields)
        std::fprintf(stderr, "%s\n", field.message.c_str());
    return 1;
}

/// A moment as ISO 8601, or a dash for never.
std::string time_or_dash(const std::optional<Timestamp>& moment) {
    return moment ? moment->iso() : "–";
}

/// The förbund's admin as the command line acts: the operator of the server, for --forbund.
std::optional<CommandLineActor> operator_of(const CommonOptions& common) {
    return command_line_actor(common, Role::Admin);
}

/// The id of the förbund's user of this name; nullopt when there is none or it cannot be read,
/// said on standard error.
std::optional<std::int64_t> user_id_named(const AppContext& context, const std::string& username) {
    const auto user = find_user(context, username);
    if (!user) {
        refused(user.error(), "Användaren kan inte läsas", username);
        return std::nullopt;
    }
    return user->id;
}

/// Prints a link just made, to pass on, and until when it works.
void print_invitation(const IssuedInvitation& invitation, const std::string& server_url) {
    std::string base = server_url;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    std::fprintf(stderr, "Ge länken till %s. Den gäller till %s och kan användas en gång.\n",
                 invitation.user.display_name.c_str(),
                 swedish_minute_text(invitation.expires_at).c_str());
    std::printf("%s%s\n", base.c_str(), invitation_path(invitation.token).c_str());
}

} // namespace

int run_user_add(const CommonOptions& common, const NewUserOptions& options) {
    UserRequest request{
        options.username, options.display_name, options.role, options.interventions, "",
        options.email};
    // A role that cannot be is a mistake on the command line: nothing is opened for it.
    if (const auto role = requested_role(request); !role) {
        refused(role.error(), "Användaren kan inte sparas");
        return 2;
    }
    auto actor = operator_of(common);
    if (!actor)
        return 1;
    const AppContext context = actor->context();
    if (const auto checked = checked_new_user(context, request); !checked)
        return refused(checked.error(), "Användaren kan inte sparas");
    const auto password = new_password();
    if (!password)
        return 1;
    request.password = *password;
    if (const auto added = add_user(context, request); !added)
        return refused(added.error(), "Användaren kan inte sparas");
    std::printf("Användaren %s (%s) är skapad.\n", options.username.c_str(), options.role.c_str());
    return 0;
}

int run_user_invite(const CommonOptions& common, const NewUserOptions& options,
                    const std::string& server_url) {
    const UserRequest request{options.username, options.display_name, options.role,
                              options.interventions, ""};
    if (const auto role = requested_role(request); !role) {
        refused(role.error(), "Användaren kan inte sparas");
        return 2;
    }
    auto actor = operator_of(common);
    if (!actor)
        return 1;
    const auto invitation = invite_user(actor->context(), request);
    if (!invitation)
        return refused(invitation.error(), "Användaren kan inte sparas");
    print_invitation(*invitation, server_url);
    return 0;
}

int run_user_reset(const CommonOptions& common, const std::string& username,
                   const std::string& server_url) {
    auto actor = operator_of(common);
    if (!actor)
        return 1;
    const AppContext context = actor->context();
    const auto user_id = user_id_named(context, username);
    if (!user_id)
        return 1;
    const auto invitation = issue_invitation(context, *user_id, InvitationPurpose::Reset);
    if (!invitation)
        return refused(invitation.error(), "Länken kan inte skapas", username);
    print_invitation(*invitation, server_url);
    return 0;
}

int run_user_passwd(const CommonOptions& common, const std::string& username) {
    auto actor = operator_of(common);
    if (!actor)
        return 1;
    const AppContext context = actor->context();
    const auto user_id = user_id_named(context, username);
    if (!user_id)
        return 1;
    const auto password = new_password();
    if (!password)
        return 1;
    const auto revoked = change_password(context, *user_id, *password);
    if (!revoked)
        return refused(revoked.error(), "Lösenordet kan inte sparas", username);
    std::printf("Lösenordet för %s är ändrat. Användarens inloggningar har avslutats och %d %s "
                "återkallats.\n",
                username.c_str(), *revoked, *revoked == 1 ? "API-nyckel har" : "API-nycklar har");
    return 0;
}

int run_user_disable(const CommonOptions& common, const std::string& username) {
    auto actor = operator_of(common);
    if (!actor)
        return 1;
    const AppContext context = actor->context();
    const auto user_id = user_id_named(context, username);
    if (!user_id)
        return 1;
    if (const auto disabled = disable_user(context, *user_id); !disabled)
        return refused(disabled.error(), "Användaren kan inte stängas av", username);
    std::printf("Användaren %s är avstängd. Inloggningarna har avslutats och API-nycklarna "
                "fungerar inte medan användaren är avstängd.\n",
                username.c_str());
    return 0;
}

int run_user_enable(const CommonOptions& common, const std::string& username) {
    auto actor = operator_of(common);
    if (!actor)
        return 1;
    const AppContext context = actor->context();
    const auto user_id = user_id_named(context, username);
    if (!user_id)
        return 1;
    if (const auto enabled = enable_user(context, *user_id); !enabled)
        return refused(enabled.error(), "Användaren kan inte återaktiveras", username);
    std::printf("Användaren %s kan logga in igen.\n", username.c_str());
    return 0;
}

int run_user_list(const CommonOptions& common) {
    auto actor = operator_of(common);
    if (!actor)
        return 1;
    const auto users = list_users(actor->context());
    if (!users)
        return refused(users.error(), "Användarna kan inte läsas");
    for (const auto& user : *users) {
        std::printf("%-16s %-12s %s%s", user.username.c_str(),
                    std::string(to_string(user.role)).c_str(), user.display_name.c_str(),
                    user.disabled ? " (avstängd)" : "");
        if (!user.intervention_ids.empty()) {
            std::printf("  insatser:");
            for (const auto id : user.intervention_ids)
                std::printf(" %lld", static_cast<long long>(id));
        }
        std::printf("\n");
    }
    return 0;
}

int run_user_token(const CommonOptions& common, const std::string& username,
                   const std::string& token_name) {
    auto actor = operator_of(common);
    if (!actor)
        return 1;
    const AppContext context = actor->context();
    const auto user_id = user_id_named(context, username);
    if (!user_id)
        return 1;
    const auto token = create_api_token(context, *user_id, token_name);
    if (!token)
        return refused(token.error(), "API-nyckeln kan inte sparas", username);
    std::fprintf(stderr, "Spara nyckeln nu; den visas bara en gång.\n");
    std::printf("%s\n", token->c_str());
    return 0;
}

int run_token_list(const CommonOptions& common, const std::string& username) {
    auto actor = operator_of(common);
    if (!actor)
        return 1;
    const AppContext context = actor->context();
    std::optional<std::int64_t> user_id;
    if (!username.empty()) {
        user_id = user_id_named(context, username);
        if (!user_id)
            return 1;
    }
    const auto tokens = list_api_tokens(context, user_id);
    if (!tokens)
        return refused(tokens.error(), "API-nycklarna kan inte läsas", username);
    // printf's widths count bytes, and ä takes two: the headings with one get one more.
    std::printf("%-6s %-24s %-17s %-21s %-22s %s\n", "ID", "Namn", "Användare", "Skapad",
                "Senast använd", "Återkallad");
    for (const auto& token : *tokens) {
        std::printf("%-6lld %-24s %-16s %-21s %-21s %s\n", static_cast<long long>(token.id),
                    token.name.c_str(), token.username.c_str(), token.created_at.iso().c_str(),
                    time_or_dash(token.last_used_at).c_str(),
                    time_or_dash(token.revoked_at).c_str());
    }
    return 0;
}

int run_token_revoke(const CommonOptions& common, std::int64_t token_id) {
    auto actor = operator_of(common);
    if (!actor)
        return 1;
    const auto revoked = revoke_api_token(actor->context(), token_id);
    if (!revoked && revoked.error().code == ErrorCode::NotFound) {
        std::fprintf(stderr, "Det finns ingen API-nyckel med id %lld.\n",
                     static_cast<long long>(token_id));
        return 1;
    }
    if (!revoked)
        return refused(revoked.error(), "API-nyckeln kan inte återkallas");
    std::printf("API-nyckeln %lld (%s, %s) är återkallad.\n", static_cast<long long>(revoked->id),
                revoked->name.c_str(), revoked->username.c_str());
    return 0;
}

} // namespace finsam
