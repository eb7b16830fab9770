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
    std::size_t without_template = 0; // documents read as övriga rapporter
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
                 "%zu redan importerade filer, %zu filer med fel. %zu varningar att granska.",
                 tally.files, tally.created, tally.new_versions, tally.unchanged,
                 tally.duplicate_documents, tally.failed_files, tally.warnings);
    if (tally.without_template > 0)
        std::fprintf(stderr, " %zu dokument lästa utan mall.", tally.without_template);
    std::fputs("\n", stderr);
}

/// Says which documents were read without a template, gives those of their reports that name
/// no insats the one given with --insats, and keeps a document whose report still names none
/// from being saved (its error says why). Returns false when such a document is left unsaved.
bool settle_without_template(ImportedFile& file, const ImportOptions& options, ImportTally& tally,
                             Progress& progress) {
    bool all_named = true;
    for (auto& document : file.documents) {
        auto& reading = document.reading;
        if (reading.document_kind != ReportKind::Other || !reading.errors.empty())
            continue;
        ++tally.without_template;
        progress.print_line(document.name + ": läst utan mall som övrig rapport (" +
                            std::to_string(reading.reports.size()) +
                            (reading.reports.size() == 1 ? " rapport" : " rapporter") +
                            "); kontrollera insats, period och nyckeltal");
        bool unnamed = false;
        for (auto& report : reading.reports) {
            if (report.intervention.name.empty())
                report.intervention.name = options.intervention;
            unnamed = unnamed || report.intervention.name.empty();
        }
        if (!unnamed)
            continue;
        if (options.dry_run == DryRun::Yes) {
            progress.print_line(document.name + ": texten namnger ingen insats; ange den med "
                                                "--insats NAMN när filen importeras");
            continue;
        }
        all_named = false;
        progress.print_line(document.name +
                            ": texten namnger ingen insats och sparades inte; ange insatsen med "
                            "--insats NAMN eller importera filen på webben och välj den där");
        reading.errors.push_back("a report read without a template names no insats");
    }
    return all_named;
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
        ok = settle_without_template(file, options, tally, progress) && ok;
        if (saver)
            ok = save_file(*saver, file, tally, progress) && ok;
        if (!ok)
            ++tally.failed_files;
        progress.advance(path.filename().string());
    }
    if (saver)
        saver->finish();
    std::cout.flush();
    print_summary(tally, options.dry_run);
    return tally.failed_files == 0 ? 0 : 1;
}

} // namespace finsam
