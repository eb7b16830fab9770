#include "cli/UserCommands.h"

#include "cli/OpenDatabase.h"
#include "domain/Role.h"
#include "storage/AccountStore.h"
#include "storage/InterventionStore.h"
#include "storage/ReportStore.h"
#include "storage/UtcTimestamp.h"
#include "web/Security.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace finsam {

namespace {

/// NIST SP 800-63B's minimum for a password a person chooses.
constexpr std::size_t k_min_password_length = 8;

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

/// The new password from FINSAM_PASSWORD, or typed twice; nullopt (with a message) when it
/// is too short or the two differ.
std::optional<std::string> new_password() {
    std::string password;
    if (const char* given = std::getenv("FINSAM_PASSWORD"); given && *given) {
        password = given;
    } else {
        password = read_hidden_line("Lösenord: ");
        if (isatty(STDIN_FILENO) && read_hidden_line("Upprepa lösenordet: ") != password) {
            std::fprintf(stderr, "Lösenorden är inte lika. Ingenting ändrades.\n");
            return std::nullopt;
        }
    }
    if (password.size() < k_min_password_length) {
        std::fprintf(stderr, "Lösenordet måste ha minst %zu tecken. Ingenting ändrades.\n",
                     k_min_password_length);
        return std::nullopt;
    }
    return password;
}

/// The ids of the named insatser of the förbund; nullopt (with a message) when one is unknown.
std::optional<std::vector<std::int64_t>> intervention_ids(Database& database,
                                                          std::int64_t association_id,
                                                          const std::vector<std::string>& names) {
    InterventionStore interventions(database);
    const auto all = interventions.list(association_id);
    if (!all) {
        std::fprintf(stderr, "Insatserna kan inte läsas: %s\n", all.error().message.c_str());
        return std::nullopt;
    }
    std::vector<std::int64_t> ids;
    for (const auto& name : names) {
        const auto key = normalise_intervention_name(name);
        const auto found = std::find_if(all->begin(), all->end(), [&](const auto& details) {
            return normalise_intervention_name(details.name) == key;
        });
        if (found == all->end()) {
            std::fprintf(stderr, "Förbundet har ingen insats som heter %s.\n", name.c_str());
            return std::nullopt;
        }
        ids.push_back(found->id);
    }
    return ids;
}

} // namespace

int run_user_add(const CommonOptions& common, const NewUserOptions& options) {
    const auto role = role_from_string(options.role);
    if (!role) {
        std::fprintf(stderr, "Okänd roll %s. Välj admin, kansli, insatsagare eller styrelse.\n",
                     options.role.c_str());
        return 2;
    }
    if (role != Role::InterventionOwner && !options.interventions.empty()) {
        std::fprintf(stderr, "Bara en insatsägare knyts till insatser (--insats).\n");
        return 2;
    }
    auto database = open_database(common);
    if (!database)
        return 1;
    ReportStore store(*database);
    const auto association = store.ensure_association(common.association);
    if (!association) {
        std::fprintf(stderr, "Förbundet kan inte sparas: %s\n",
                     association.error().message.c_str());
        return 1;
    }
    const auto ids = intervention_ids(*database, *association, options.interventions);
    if (!ids)
        return 1;
    const auto password = new_password();
    if (!password)
        return 1;
    AccountStore accounts(*database);
    const auto added =
        accounts.add_user({*association, options.username,
                           options.display_name.empty() ? options.username : options.display_name,
                           *role, hash_password(*password), *ids});
    if (!added) {
        if (added.error().code == StorageError::Code::Conflict)
            std::fprintf(stderr, "Användarnamnet %s är upptaget.\n", options.username.c_str());
        else
            std::fprintf(stderr, "Användaren kan inte sparas: %s\n", added.error().message.c_str());
        return 1;
    }
    accounts.record({utc_timestamp_now(), std::nullopt, "create", "user", *added, "command line"});
    std::printf("Användaren %s (%s) är skapad.\n", options.username.c_str(), options.role.c_str());
    return 0;
}

int run_user_passwd(const CommonOptions& common, const std::string& username) {
    auto database = open_database(common);
    if (!database)
        return 1;
    const auto password = new_password();
    if (!password)
        return 1;
    AccountStore accounts(*database);
    const auto changed = accounts.set_password_hash(username, hash_password(*password));
    if (!changed) {
        if (changed.error().code == StorageError::Code::NotFound)
            std::fprintf(stderr, "Det finns ingen användare %s.\n", username.c_str());
        else
            std::fprintf(stderr, "Lösenordet kan inte sparas: %s\n",
                         changed.error().message.c_str());
        return 1;
    }
    std::printf("Lösenordet för %s är ändrat. Användarens inloggningar har avslutats.\n",
                username.c_str());
    return 0;
}

int run_user_list(const CommonOptions& common) {
    auto database = open_database(common);
    if (!database)
        return 1;
    ReportStore store(*database);
    const auto association = store.ensure_association(common.association);
    AccountStore accounts(*database);
    const auto users =
        association ? accounts.list_users(*association) : tl::unexpected(association.error());
    if (!users) {
        std::fprintf(stderr, "Användarna kan inte läsas: %s\n", users.error().message.c_str());
        return 1;
    }
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
    auto database = open_database(common);
    if (!database)
        return 1;
    AccountStore accounts(*database);
    const auto login = accounts.find_login(username);
    if (!login || !*login) {
        std::fprintf(stderr, "Det finns ingen användare %s.\n", username.c_str());
        return 1;
    }
    const std::string token = random_token();
    const auto added = accounts.add_api_token((*login)->first.id, token_name, token_digest(token),
                                              utc_timestamp_now());
    if (!added) {
        std::fprintf(stderr, "API-nyckeln kan inte sparas: %s\n", added.error().message.c_str());
        return 1;
    }
    std::fprintf(stderr, "Spara nyckeln nu; den visas bara en gång.\n");
    std::printf("%s\n", token.c_str());
    return 0;
}

} // namespace finsam
