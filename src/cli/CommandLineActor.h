#pragma once

#include "app/AppContext.h"
#include "app/boardreport/BoardLayout.h"
#include "cli/CommonOptions.h"
#include "domain/AssociationSettings.h"
#include "domain/ReportTemplates.h"
#include "domain/SurveyCatalog.h"
#include "domain/User.h"
#include "storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace finsam {

// What the commands that read a förbund's data for a role (statistics, the board report)
// share: the user they act as, the förbund of --forbund, and where their output goes.

/// The command line acts for no logged-in user (id 0, so the audit trail records no one),
/// with the role whose view was asked for and the förbund's threshold.
User command_line_user(std::int64_t association_id, Role role, int small_count_threshold);

/// The settings of the förbund of --forbund (made when new); nullopt when they cannot be read.
std::optional<AssociationSettings> command_line_association(Database& database,
                                                            const CommonOptions& common);

/// The report templates, for the code lists' labels; none (codes shown as they are) when they
/// cannot be read: statistics do not need them otherwise.
ReportTemplates templates_of(const CommonOptions& common);

/// What a command acts with: the database, the user it acts as and the report templates (for
/// the code lists' labels).
struct CommandLineActor {
    Database database;
    User user;
    ReportTemplates templates;

    AppContext context() {
        return AppContext(database, user, system_clock(), templates, Channel::CommandLine);
    }
};

/// The actor for the förbund of --forbund in the role asked for; nullopt, said on standard
/// error, when the database or the förbund cannot be read.
std::optional<CommandLineActor> command_line_actor(const CommonOptions& common, Role role);

/// The role of --for: kansli or styrelse.
std::optional<Role> audience_role(const std::string& audience);

/// The board layout (projektredovisning.json) of the folder; nullopt, said on standard error,
/// when it cannot be read.
std::optional<BoardLayout> read_board_layout(const std::string& folder);

/// The surveys (templates/surveys beside the report templates of --templates); nullopt, said
/// on standard error, when one cannot be read.
std::optional<SurveyCatalog> read_survey_catalog(const CommonOptions& common);

/// Writes `content` to the file, or to standard output without one; false, said on standard
/// error, when the file cannot be written.
bool write_output(const std::optional<std::string>& path, const std::string& content);

} // namespace finsam
