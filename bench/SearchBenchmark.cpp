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
// dropped as they are written (a trigger on SQLite, a rule on PostgreSQL): the difference is
// what the index adds to the import.
//
//   finsam_search_bench [--benchmark_repetitions=5]         SQLite in a temporary folder
//   FINSAM_BENCH_POSTGRES_URL=postgresql://… finsam_search_bench   the same on PostgreSQL
//                                                           (two databases: URL and URL2)

#include "app/boardreport/BoardLayout.h"
#include "app/demo/Demo.h"
#include "app/search/SearchReports.h"
#include "domain/TemplateDefinition.h"
#include "ingest/Importer.h"
#include "storage/ReportStore.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
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

/// Imports copies from `first_copy` until `documents` documents are saved; the seconds it took.
double timed_import(finsam::Database& database, std::int64_t association_id,
                    const finsam::Importer& importer, int first_copy, int documents) {
    finsam::ReportStore store(database, finsam::system_clock());
    const auto files = example_files();
    const auto start = Clock::now();
    int saved = 0;
    for (int copy = first_copy; saved < documents; ++copy)
        saved += import_copy(importer, store, association_id, files, copy);
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void drop_search_passages(finsam::Database& database) {
    if (database.backend() == finsam::DatabaseBackend::Sqlite) {
        database.session() << "CREATE TRIGGER search_passages_dropped BEFORE INSERT ON "
                              "search_passages BEGIN SELECT RAISE(IGNORE); END";
    } else {
        database.session() << "CREATE RULE search_passages_dropped AS ON INSERT TO search_passages "
                              "DO INSTEAD NOTHING";
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

/// Builds the data set, measures the import cost, and prepares the searches' users.
void prepare(const std::string& url, const std::string& url_without_index) {
    Bench& b = bench();
    b.database.emplace(open_or_exit(url));
    auto start = Clock::now();
    const auto demo = finsam::create_demo(*b.database, finsam::national_demo_scale(), "");
    if (!demo) {
        std::fprintf(stderr, "demo: %s\n", demo.error().log_message.c_str());
        std::exit(1);
    }
    std::fprintf(stderr, "national demo: %d reports in %.1f s\n", demo->reports,
                 std::chrono::duration<double>(Clock::now() - start).count());
    finsam::ReportStore store(*b.database, finsam::system_clock());
    b.association_id = *store.ensure_association(finsam::demo_association_name(0));

    auto definitions = finsam::load_templates(FINSAM_TEMPLATES_DIR);
    if (!definitions) {
        std::fprintf(stderr, "cannot read the report templates\n");
        std::exit(1);
    }
    const finsam::ReportReader reader(*definitions);
    const finsam::Importer importer(reader);

    // What the index adds to an import: the same documents with and without it.
    const double with_index =
        timed_import(*b.database, b.association_id, importer, 1, k_timed_documents);
    finsam::Database plain = open_or_exit(url_without_index);
    drop_search_passages(plain);
    const std::int64_t plain_association =
        *finsam::ReportStore(plain, finsam::system_clock()).ensure_association("Utan index");
    const double without_index =
        timed_import(plain, plain_association, importer, 1, k_timed_documents);
    std::fprintf(stderr,
                 "import of %d documents: %.2f s with the search index, %.2f s without: "
                 "+%.1f %%\n",
                 k_timed_documents, with_index, without_index,
                 100.0 * (with_index - without_index) / without_index);

    start = Clock::now();
    const auto files = example_files();
    int copy = 1'000'000; // past the timed copies' numbers
    while (report_count(*b.database) < k_reports_wanted)
        import_copy(importer, store, b.association_id, files, ++copy);
    b.reports = report_count(*b.database);
    int in_association = 0;
    b.database->session() << "SELECT COUNT(*) FROM reports r JOIN interventions i ON i.id = "
                             "r.intervention_id WHERE i.association_id = :id",
        soci::use(b.association_id), soci::into(in_association);
    std::fprintf(stderr, "imported text up to %d reports (%d in the searched förbund) in %.1f s\n",
                 b.reports, in_association,
                 std::chrono::duration<double>(Clock::now() - start).count());
    if (b.database->backend() == finsam::DatabaseBackend::Postgresql)
        b.database->session() << "ANALYZE";

    b.layout =
        finsam::load_board_layout(fs::path(FINSAM_BOARD_TEMPLATES_DIR) / "projektredovisning.json");
    b.kansli = {0, b.association_id, "kansli", "Kansliet", finsam::Role::Kansli, {}, false, 5};
    b.board = {0, b.association_id, "styrelse", "Styrelsen", finsam::Role::Board, {}, false, 5};
    const std::int64_t other = *store.ensure_association(finsam::demo_association_name(1));
    b.other_kansli = {0, other, "kansli2", "Kansliet", finsam::Role::Kansli, {}, false, 5};
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

BENCHMARK(search_as_kansli)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);
BENCHMARK(search_as_board)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);
BENCHMARK(search_as_other_kansli)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    const char* postgres = std::getenv("FINSAM_BENCH_POSTGRES_URL");
    const fs::path folder =
        fs::temp_directory_path() / ("finsam-search-bench-" + std::to_string(::getpid()));
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
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bench().database.reset();
    std::error_code ignored;
    fs::remove_all(folder, ignored);
    return 0;
}
