#pragma once

#include "cli/CommonOptions.h"

#include <string>
#include <vector>

namespace finsam {

struct NewUserOptions {
    std::string username;
    std::string role; // admin, kansli, insatsagare, styrelse
    std::string display_name;
    std::vector<std::string> interventions; // names of the insatser an insatsägare reports for
};

/// `finsam user add`: the password comes from FINSAM_PASSWORD or is asked for twice on the
/// terminal (not echoed). The user belongs to --forbund, which is created when new.
int run_user_add(const CommonOptions& common, const NewUserOptions& options);
/// `finsam user passwd NAME`: a new password; every session of the user ends.
int run_user_passwd(const CommonOptions& common, const std::string& username);
/// `finsam user list`: the förbund's users, their roles and insatser.
int run_user_list(const CommonOptions& common);
/// `finsam user token NAME TOKEN-NAME`: prints a new API token for the user, once.
int run_user_token(const CommonOptions& common, const std::string& username,
                   const std::string& token_name);

} // namespace finsam
