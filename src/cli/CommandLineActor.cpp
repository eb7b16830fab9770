#include "cli/CommandLineActor.h"

#include "cli/OpenDatabase.h"
#include "storage/AssociationStore.h"
#include "storage/ReportStore.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <spdlog/spdlog.h>

namespace finsam {

/// The command line acts for no logged-in user (id 0, so the audit trail records no one),
/// with the role whose view was asked for and the förbund's threshold.
User command_line_user(std::int64_t association_id, Role role, int small_count_threshold) {
    return User{0,  association_id, "kommandoraden",      "Kommandoraden", role,
                {}, false,          small_count_threshold};
}

std::optional<AssociationSettings> command_line_association(Database& database,
                                                            const CommonOptions& common) {
    const auto association =
        ReportStore(database, system_clock()).ensure_association(common.association);
    if (!association)
        return std::nullopt;
    auto settings = AssociationStore(database).load(*association);
    return settings ? std::move(*settings) : std::nullopt;
}

/// The report templates, for the code lists' labels; none (codes shown as they are) when they
/// cannot be read: statistics do not need them otherwise.
ReportTemplates templates_of(const CommonOptions& common) {
    auto definitions = load_templates(common.templates_dir);
    if (!definitions) {
        spdlog::warn("cannot read the report templates for code labels: {}: {}",
                     definitions.error().file, definitions.error().reason);
        return ReportTemplates{};
    }
    return ReportTemplates(std::move(*definitions));
}

/// The actor for the förbund of --forbund in the role asked for; nullopt, said on standard
/// error, when the database or the förbund cannot be read.
std::optional<CommandLineActor> command_line_actor(const CommonOptions& common, Role role) {
    auto database = open_database(common);
    if (!database)
        return std::nullopt;
    const auto settings = command_line_association(*database, common);
    if (!settings) {
        std::fprintf(stderr, "Förbundet kan inte läsas.\n");
        return std::nullopt;
    }
    User user = command_line_user(settings->id, role, settings->small_count_threshold);
    return CommandLineActor{std::move(*database), std::move(user), templates_of(common)};
}

std::optional<Role> audience_role(const std::string& audience) {
    if (audience == "kansli")
        return Role::Kansli;
    if (audience == "styrelse")
        return Role::Board;
    return std::nullopt;
}

bool write_output(const std::optional<std::string>& path, const std::string& content) {
    if (!path) {
        std::cout << content << std::flush;
        return true;
    }
    std::ofstream file(*path, std::ios::binary | std::ios::trunc);
    file << content;
    file.close();
    if (!file) {
        std::fprintf(stderr, "Filen %s kan inte skrivas.\n", path->c_str());
        return false;
    }
    return true;
}

std::optional<BoardLayout> read_board_layout(const std::string& folder) {
    try {
        return load_board_layout(std::filesystem::path(folder) / "projektredovisning.json");
    } catch (const std::runtime_error& error) {
        std::fprintf(stderr, "Styrelserapportens mall kan inte läsas: %s\n", error.what());
        return std::nullopt;
    }
}

std::optional<SurveyCatalog> read_survey_catalog(const CommonOptions& common) {
    auto surveys = load_survey_catalog(surveys_folder(common.templates_dir));
    if (!surveys) {
        std::fprintf(stderr, "Enkäten %s kan inte läsas: %s\n", surveys.error().file.c_str(),
                     surveys.error().reason.c_str());
        return std::nullopt;
    }
    return std::move(*surveys);
}

} // namespace finsam
