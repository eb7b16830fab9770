#include "cli/ImportCommand.h"

#include "app/imports/ImportSaver.h"
#include "cli/Progress.h"
#include "ingest/Importer.h"
#include "output/ImportMessages.h"
#include "output/ReportJson.h"
#include "storage/ReportStore.h"

#include <cstdio>
#include <iostream>
#include <spdlog/spdlog.h>

namespace finsam {

namespace {

/// Totals for the summary line.
struct ImportTally {
    std::size_t files = 0;
    std::size_t failed_files = 0;
    std::size_t created = 0;
    std::size_t new_versions = 0;
    std::size_t unchanged = 0;
    std::size_t duplicate_documents = 0;
    std::size_t warnings = 0;
};

void count_saved(ImportTally& tally, const SaveResult& result) {
    if (result.duplicate_document) {
        ++tally.duplicate_documents;
        return;
    }
    for (const auto& saved : result.reports) {
        switch (saved.outcome) {
        case SaveOutcome::Created:
            ++tally.created;
            break;
        case SaveOutcome::NewVersion:
            ++tally.new_versions;
            break;
        case SaveOutcome::Unchanged:
            ++tally.unchanged;
            break;
        }
    }
}

void print_summary(const ImportTally& tally, DryRun dry_run) {
    if (dry_run == DryRun::Yes) {
        std::fprintf(stderr,
                     "Provkörning: %zu filer lästa, %zu kunde inte läsas. Inget sparades.\n",
                     tally.files, tally.failed_files);
        return;
    }
    std::fprintf(stderr,
                 "Klart: %zu filer. %zu nya rapporter, %zu nya versioner, %zu oförändrade, "
                 "%zu redan importerade filer, %zu filer med fel. %zu varningar att granska.\n",
                 tally.files, tally.created, tally.new_versions, tally.unchanged,
                 tally.duplicate_documents, tally.failed_files, tally.warnings);
}

/// Saves the readable documents of one file; returns false when something failed.
bool save_file(ImportSaver& saver, const ImportedFile& file, ImportTally& tally,
               Progress& progress) {
    bool saved_all = true;
    for (const auto& document : saver.save(file, file.path.string(), file.path)) {
        if (!document.result) {
            spdlog::error("saving {} failed: {}", document.name,
                          document.result.error().log_message);
            progress.print_line(document.name +
                                ": kunde inte sparas i databasen; inget från filen sparades");
            saved_all = false;
            continue;
        }
        count_saved(tally, *document.result);
        if (document.result->duplicate_document)
            continue;
        for (const auto& report : document.read->reading.reports)
            tally.warnings += report.warnings.size();
    }
    return saved_all;
}

} // namespace

int run_import(const CommonOptions& common, const ImportOptions& options) {
    auto templates = load_templates(common.templates_dir);
    if (!templates) {
        std::fprintf(stderr, "Mallarna i %s kan inte läsas: %s\n", templates.error().file.c_str(),
                     templates.error().reason.c_str());
        return 2;
    }
    ReportReader reader(std::move(*templates));
    Importer importer(reader);

    std::vector<std::filesystem::path> inputs(options.paths.begin(), options.paths.end());
    std::vector<std::filesystem::path> missing;
    auto files = collect_files(inputs, missing);
    ImportTally tally;
    for (const auto& path : missing) {
        std::fprintf(stderr, "%s: finns inte\n", path.string().c_str());
        ++tally.failed_files;
    }

    std::optional<Database> database;
    std::optional<ImportSaver> saver;
    if (options.dry_run == DryRun::No) {
        auto opened = Database::open(common.database_url);
        if (!opened) {
            std::fprintf(stderr, "Databasen %s kan inte öppnas: %s\n", common.database_url.c_str(),
                         opened.error().message.c_str());
            return 2;
        }
        database.emplace(std::move(*opened));
        auto association =
            ReportStore(*database, system_clock()).ensure_association(common.association);
        if (!association) {
            std::fprintf(stderr, "Förbundet kan inte skapas: %s\n",
                         association.error().message.c_str());
            return 2;
        }
        saver.emplace(*database, system_clock(), *association);
    }

    Progress progress(files.size());
    for (const auto& path : files) {
        auto file = importer.read_file(path);
        ++tally.files;
        bool ok = !file.failed();
        for (const auto& problem : swedish_problems(file))
            progress.print_line(problem);
        for (const auto& message : file.error_messages())
            spdlog::warn("{}: {}", path.string(), message);
        if (options.output == OutputFormat::Json)
            std::cout << imported_file_json(file).dump(-1, ' ', false,
                                                       nlohmann::json::error_handler_t::replace)
                      << '\n';
        if (saver)
            ok = save_file(*saver, file, tally, progress) && ok;
        if (!ok)
            ++tally.failed_files;
        progress.advance(path.filename().string());
    }
    std::cout.flush();
    print_summary(tally, options.dry_run);
    return tally.failed_files == 0 ? 0 : 1;
}

} // namespace finsam
