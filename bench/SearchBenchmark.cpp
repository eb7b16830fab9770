// Full-text search (issue 12): a search over 50,000 reports and what keeping the index costs
// an import. The data set is the national demo set (`finsam demo --scale national`) plus
// imported text: copies of the example reports (examples/), each copy a new insats of the
// first demo förbund, read by the importer and saved by ReportStore until the database holds
// 50,000 reports. The searches are the use case behind /sok, as that förbund's kansli and its
// board, so the scope holds every imported copy; and as the kansli of the second demo förbund,
// a förbund of ordinary size in the same database.
//
// Import cost: the first 1,000 copied documents are imported (read and saved) once into the
// database with its search index and once into a fresh database whose search passages are
// dropped as they are written, and so is its queue of reports to index (a trigger on SQLite,
// a rule on PostgreSQL): the difference is
// what the index adds to the import.
//
//   finsam_search_bench [--benchmark_repetitions=5]         SQLite in a temporary folder
//   FINSAM_BENCH_POSTGRES_URL=postgresql://… finsam_search_bench   the same on PostgreSQL
//                                                           (two databases: URL and URL2)
//   FINSAM_BENCH_FOLDER=/tmp/x finsam_search_bench          SQLite in a folder that is kept
//   FINSAM_BENCH_IMPORT_ONLY=1 finsam_search_bench          the import cost only
//
// A database that already holds the 50,000 reports (a kept folder, a PostgreSQL database of an
// earlier run) is searched as it is: neither built again nor timed for the import.

#include "app/boardreport/BoardLayout.h"
#include "app/demo/Demo.h"
#include "app/search/SearchReports.h"
#include "domain/TemplateDefinition.h"
#include "ingest/Importer.h"
#include "search/SearchIndex.h"
#include "storage/ReportStore.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int k_reports_wanted = 50'000;
constexpr int k_timed_documents = 1'000;

struct Bench {
    std::optional<finsam::Database> database;
    std::int64_t association_id = 0;
    int reports = 0;
    finsam::BoardLayout layout;
    finsam::ReportTemplates templates;
    finsam::User kansli;
    finsam::User board;
    finsam::User other_kansli; // the kansli of the second demo förbund: demo reports only
};

Bench& bench() {
    static Bench instance;
    return instance;
}

std::vector<fs::path> example_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(FINSAM_EXAMPLES_DIR)) {
        const auto extension = entry.path().extension();
        if (entry.is_regular_file() && (extension == ".txt" || extension == ".md") &&
            entry.path().filename() != "README.md")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

int report_count(finsam::Database& database) {
    int count = 0;
    database.session() << "SELECT COUNT(*) FROM reports", soci::into(count);
    return count;
}

/// Reads the example files and saves copy `copy` of each as a new insats; returns how many
/// documents were saved.
int import_copy(const finsam::Importer& importer, finsam::ReportStore& store,
                std::int64_t association_id, const std::vector<fs::path>& files, int copy) {
    int saved = 0;
    for (const auto& file : files) {
        auto imported = importer.read_file(file);
        for (auto& document : imported.documents) {
            if (document.reading.reports.empty())
                continue;
            for (auto& report : document.reading.reports)
                report.intervention.name += " – kopia " + std::to_string(copy);
            const finsam::SourceDocument source{document.name, finsam::SourceFormat::Text,
                                                document.content_hash + "-" + std::to_string(copy),
                                                document.reading.document_kind};
            const auto result =
                store.save_document(association_id, source, document.reading.reports);
            if (!result) {
                std::fprintf(stderr, "saving failed: %s\n", result.error().message.c_str());
                std::exit(1);
            }
            ++saved;
        }
    }
    return saved;
}

/// The CPU seconds a local process has used (user and system), from /proc; 0 when unknown.
double cpu_seconds_of(long pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    const auto after_name = line.rfind(')');
    if (after_name == std::string::npos)
        return 0;
    std::istringstream fields(line.substr(after_name + 2));
    std::string field;
    double ticks = 0;
    for (int index = 3; index <= 15 && fields >> field; ++index) {
        if (index == 14 || index == 15) // utime, stime
            ticks += std::stod(field);
    }
    return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

/// The CPU seconds the database work has used so far: this process's, and on PostgreSQL
/// also its server process's (the server runs on this machine in the benchmark).
double database_cpu_seconds(finsam::Database& database) {
    double seconds = cpu_seconds_of(::getpid());
    if (database.backend() == finsam::DatabaseBackend::Postgresql) {
        long server = 0;
        database.session() << "SELECT pg_backend_pid()", soci::into(server);
        seconds += cpu_seconds_of(server);
    }
    return seconds;
}

struct ImportTime {
    double wall = 0; // seconds
    double cpu = 0;  // seconds, as database_cpu_seconds counts them
};

/// Writes the queued reports' passages into the search index, as an import does at its end.
void catch_up(finsam::Database& database) {
    if (const auto caught_up = finsam::SearchIndex(database).catch_up(); !caught_up) {
        std::fprintf(stderr, "indexing failed: %s\n", caught_up.error().message.c_str());
        std::exit(1);
    }
}

/// Imports copies from `first_copy` until `documents` documents are saved, as one batch (the
/// search index brought up to date at its end); the time it took.
ImportTime timed_import(finsam::Database& database, std::int64_t association_id,
                        const finsam::Importer& importer, int first_copy, int documents) {
    finsam::ReportStore store(database, finsam::system_clock());
    const auto files = example_files();
    const double cpu_start = database_cpu_seconds(database);
    const auto start = Clock::now();
    int saved = 0;
    for (int copy = first_copy; saved < documents; ++copy)
        saved += import_copy(importer, store, association_id, files, copy);
    catch_up(database);
    return {std::chrono::duration<double>(Clock::now() - start).count(),
            database_cpu_seconds(database) - cpu_start};
}

/// No search index: the passages and the queue of reports to index are dropped as they
/// are written.
void drop_search_passages(finsam::Database& database) {
    for (const std::string table : {"search_passages", "search_pending"}) {
        if (database.backend() == finsam::DatabaseBackend::Sqlite) {
            database.session() << "CREATE TRIGGER " + table + "_dropped BEFORE INSERT ON " + table +
                                      " BEGIN SELECT RAISE(IGNORE); END";
        } else {
            database.session() << "CREATE RULE " + table + "_dropped AS ON INSERT TO " + table +
                                      " DO INSTEAD NOTHING";
        }
    }
}

finsam::Database open_or_exit(const std::string& url) {
    auto database = finsam::Database::open(url);
    if (!database) {
        std::fprintf(stderr, "cannot open %s: %s\n", url.c_str(), database.error().message.c_str());
        std::exit(1);
    }
    return std::move(*database);
}

bool import_only() {
    const char* only = std::getenv("FINSAM_BENCH_IMPORT_ONLY");
    return only && *only;
}

/// The searching users: the kansli and board of the first demo förbund, the kansli of the second.
void prepare_searches(finsam::ReportStore& store) {
    Bench& b = bench();
    // A database of an earlier run may have been migrated just now, into new tables.
    if (b.database->backend() == finsam::DatabaseBackend::Postgresql)
        b.database->session() << "ANALYZE";
    b.association_id = *store.ensure_association(finsam::demo_association_name(0));
    b.reports = report_count(*b.database);
    int in_association = 0;
    b.database->session() << "SELECT COUNT(*) FROM reports r JOIN interventions i ON i.id = "
                             "r.intervention_id WHERE i.association_id = :id",
        soci::use(b.association_id), soci::into(in_association);
    std::fprintf(stderr, "%d reports, %d in the searched förbund\n", b.reports, in_association);
    b.layout =
        finsam::load_board_layout(fs::path(FINSAM_BOARD_TEMPLATES_DIR) / "projektredovisning.json");
    b.kansli = {0, b.association_id, "kansli", "Kansliet", finsam::Role::Kansli, {}, false, 5};
    b.board = {0, b.association_id, "styrelse", "Styrelsen", finsam::Role::Board, {}, false, 5};
    const std::int64_t other = *store.ensure_association(finsam::demo_association_name(1));
    b.other_kansli = {0, other, "kansli2", "Kansliet", finsam::Role::Kansli, {}, false, 5};
}

/// Builds the data set, measures the import cost, and prepares the searches' users.
void prepare(const std::string& url, const std::string& url_without_index) {
    Bench& b = bench();
    b.database.emplace(open_or_exit(url));
    finsam::ReportStore store(*b.database, finsam::system_clock());
    if (report_count(*b.database) >= k_reports_wanted) {
        std::fprintf(stderr, "searching the %d reports of an earlier run\n",
                     report_count(*b.database));
        prepare_searches(store);
        return;
    }
    auto start = Clock::now();
    const auto demo = finsam::create_demo(*b.database, finsam::national_demo_scale(), "");
    if (!demo) {
        std::fprintf(stderr, "demo: %s\n", demo.error().log_message.c_str());
        std::exit(1);
    }
    std::fprintf(stderr, "national demo: %d reports in %.1f s\n", demo->reports,
                 std::chrono::duration<double>(Clock::now() - start).count());
    b.association_id = *store.ensure_association(finsam::demo_association_name(0));

    auto definitions = finsam::load_templates(FINSAM_TEMPLATES_DIR);
    if (!definitions) {
        std::fprintf(stderr, "cannot read the report templates\n");
        std::exit(1);
    }
    const finsam::ReportReader reader(*definitions);
    const finsam::Importer importer(reader);

    // What the index adds to an import: the same documents with and without it, each into
    // the national demo set (the database without the index holds it too, unindexed).
    const ImportTime with_index =
        timed_import(*b.database, b.association_id, importer, 1, k_timed_documents);
    finsam::Database plain = open_or_exit(url_without_index);
    drop_search_passages(plain);
    if (const auto plain_demo = finsam::create_demo(plain, finsam::national_demo_scale(), "");
        !plain_demo) {
        std::fprintf(stderr, "demo: %s\n", plain_demo.error().log_message.c_str());
        std::exit(1);
    }
    const std::int64_t plain_association =
        *finsam::ReportStore(plain, finsam::system_clock())
             .ensure_association(finsam::demo_association_name(0));
    const ImportTime without_index =
        timed_import(plain, plain_association, importer, 1, k_timed_documents);
    std::fprintf(stderr,
                 "import of %d documents: %.2f s with the search index, %.2f s without: "
                 "+%.1f %%; CPU %.2f s and %.2f s: +%.1f %%\n",
                 k_timed_documents, with_index.wall, without_index.wall,
                 100.0 * (with_index.wall - without_index.wall) / without_index.wall,
                 with_index.cpu, without_index.cpu,
                 100.0 * (with_index.cpu - without_index.cpu) / without_index.cpu);
    if (import_only())
        return;

    start = Clock::now();
    const auto files = example_files();
    int copy = 1'000'000; // past the timed copies' numbers
    while (report_count(*b.database) < k_reports_wanted) {
        import_copy(importer, store, b.association_id, files, ++copy);
        catch_up(*b.database);
    }
    std::fprintf(stderr, "imported text up to %d reports in %.1f s\n", report_count(*b.database),
                 std::chrono::duration<double>(Clock::now() - start).count());
    prepare_searches(store);
}

const std::vector<std::string> k_queries = {
    "arbetsträning",           // in some example reports
    "samverkan",               // in most reports, demo and imported
    "deltagarna arbetsgivare", // two common words in one passage
    "\"psykisk ohälsa\"",      // a phrase
    "BIP",                     // a short word, no prefix
    "hästunderstödd",          // nowhere
};

void search(benchmark::State& state, const finsam::User& user) {
    Bench& b = bench();
    const std::string& text = k_queries.at(static_cast<std::size_t>(state.range(0)));
    finsam::SearchAsked asked;
    asked.text = text;
    const finsam::AppContext context(*b.database, user, finsam::system_clock(), b.templates,
                                     finsam::Channel::CommandLine);
    int found = 0;
    for (auto _ : state) {
        const auto results = finsam::search_reports(context, asked, b.layout);
        if (!results) {
            state.SkipWithError(results.error().log_message.c_str());
            return;
        }
        found = results->total;
        benchmark::DoNotOptimize(results);
    }
    state.SetLabel(text);
    state.counters["found"] = found;
    state.counters["reports"] = b.reports;
}

void search_as_kansli(benchmark::State& state) {
    search(state, bench().kansli);
}
void search_as_board(benchmark::State& state) {
    search(state, bench().board);
}
void search_as_other_kansli(benchmark::State& state) {
    search(state, bench().other_kansli);
}

} // namespace

// Iterations are counted in wall-clock time: on PostgreSQL this process's CPU time is a
// small part of a search, and counting it made a run take many minutes.
BENCHMARK(search_as_kansli)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(search_as_board)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(search_as_other_kansli)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    const char* postgres = std::getenv("FINSAM_BENCH_POSTGRES_URL");
    const char* kept = std::getenv("FINSAM_BENCH_FOLDER");
    const bool keep = kept && *kept;
    const fs::path folder =
        keep ? fs::path(kept)
             : fs::temp_directory_path() / ("finsam-search-bench-" + std::to_string(::getpid()));
    if (postgres && *postgres) {
        const char* second = std::getenv("FINSAM_BENCH_POSTGRES_URL2");
        if (!second || !*second) {
            std::fprintf(stderr, "FINSAM_BENCH_POSTGRES_URL2 names the database without index\n");
            return 2;
        }
        prepare(postgres, second);
    } else {
        fs::create_directories(folder);
        prepare((folder / "search.db").string(), (folder / "plain.db").string());
    }
    if (!import_only())
        benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bench().database.reset();
    std::error_code ignored;
    if (!keep)
        fs::remove_all(folder, ignored);
    return 0;
}
