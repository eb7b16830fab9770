#pragma once

#include "cli/CommonOptions.h"

#include <cstdint>
#include <string>
#include <vector>

namespace finsam {

struct NewUserOptions {
    std::string username;
    std::string role; // admin, kansli, insatsagare, styrelse
    std::string display_name;
    std::vector<std::string> interventions; // names of the insatser an insatsägare reports for
    std::string email;                      // where notifications go; none when empty
};

/// `finsam user add`: the password comes from FINSAM_PASSWORD or is asked for twice on the
/// terminal (not echoed). The user belongs to --forbund, which is created when new.
int run_user_add(const CommonOptions& common, const NewUserOptions& options);
/// `finsam user invite NAME --role ROLE [--url URL]`: adds the user without a password and
/// prints the one-time link (under `server_url`) through which they choose one, as the
/// Användare page does.
int run_user_invite(const CommonOptions& common, const NewUserOptions& options,
                    const std::string& server_url);
/// `finsam user reset NAME [--url URL]`: prints a one-time link through which the user
/// chooses a new password; the old one works until the link is used.
int run_user_reset(const CommonOptions& common, const std::string& username,
                   const std::string& server_url);
/// `finsam user passwd NAME`: a new password; every session of the user ends and their API
/// tokens are revoked (it says how many).
int run_user_passwd(const CommonOptions& common, const std::string& username);
/// `finsam user disable NAME`: the user cannot log in, their sessions end and their API
/// tokens stop working.
int run_user_disable(const CommonOptions& common, const std::string& username);
/// `finsam user enable NAME`: a disabled user can log in again.
int run_user_enable(const CommonOptions& common, const std::string& username);
/// `finsam user list`: the förbund's users, their roles and insatser.
int run_user_list(const CommonOptions& common);
/// `finsam user token NAME TOKEN-NAME`: prints a new API token for the user, once.
int run_user_token(const CommonOptions& common, const std::string& username,
                   const std::string& token_name);
/// `finsam user token list [NAME]`: the förbund's API tokens (or the user's), with whose
/// they are and when made, last used and revoked; never the tokens themselves.
int run_token_list(const CommonOptions& common, const std::string& username);
/// `finsam user token revoke ID`: the token opens nothing from now on.
int run_token_revoke(const CommonOptions& common, std::int64_t token_id);

} // namespace finsam
