#include "search/SearchIndex.h"

#include "StorageTestSupport.h"
#include "search/SqliteTokenizer.h"
#include "search/SwedishStemmer.h"
#include "storage/Migrations.h"
#include "storage/RedactionStore.h"
#include "storage/SearchPassages.h"
#include "storage/Transaction.h"
#include "storage/WorkflowStore.h"

#include <algorithm>
#include <map>
#include <signal.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

namespace finsam::testing {
namespace {

/// A kvartalsrapport of an insats with one section of `text` (2.5, Sammanfattande bedömning).
Report report_saying(const std::string& insats, const std::string& text, int quarter = 3) {
    const unsigned first_month = static_cast<unsigned>(quarter * 3 - 2);
    Report report =
        quarterly_report(insats, date(2024, first_month, 1),
                         date(2024, first_month + 2, quarter == 1 || quarter == 4 ? 31 : 30));
    report.sections = {{"2.5", "Sammanfattande bedömning", text}};
    return report;
}

class SearchIndexTest : public StoreTest {
protected:
    std::int64_t save_one(const std::string& hash, const Report& report) {
        return save(hash, {report}).reports.at(0).report_id;
    }

    FoundReports search(const std::string& text, SearchFilter filter = {},
                        std::optional<SearchScope> scope = std::nullopt) {
        SwedishStemmer stemmer;
        SearchRequest request;
        request.query = parse_search_query(text, stemmer);
        request.scope = scope.value_or(SearchScope{association_id(), std::nullopt, true, true});
        request.filter = std::move(filter);
        auto found = SearchIndex(database()).search(request);
        EXPECT_TRUE(found) << found.error().message;
        return found ? *found : FoundReports{};
    }

    std::vector<std::int64_t> found_ids(const std::string& text, SearchFilter filter = {},
                                        std::optional<SearchScope> scope = std::nullopt) {
        std::vector<std::int64_t> ids;
        for (const auto& report : search(text, std::move(filter), scope).reports)
            ids.push_back(report.report_id);
        return ids;
    }

    std::int64_t intervention_of(std::int64_t report_id) {
        std::int64_t id = 0;
        database().session() << "SELECT intervention_id FROM reports WHERE id = :id",
            soci::use(report_id), soci::into(id);
        return id;
    }
};

using Ids = std::vector<std::int64_t>;

TEST_P(SearchIndexTest, AWordFindsItsInflectedForms) {
    const auto report = save_one("a", report_saying("Kärnhuset", "Deltagarna har börjat "
                                                                 "arbetsträningar hos kommunen."));
    save_one("b", report_saying("Nästa steg", "Gruppen gjorde studiebesök."));

    EXPECT_EQ(found_ids("arbetsträning"), Ids{report});
    EXPECT_EQ(found_ids("Arbetsträningen"), Ids{report});
    EXPECT_EQ(found_ids("deltagare"), Ids{report});
    EXPECT_EQ(found_ids("deltagare studiebesök"), Ids{}) << "every term in one passage";
    EXPECT_EQ(found_ids("hästar"), Ids{});
}

TEST_P(SearchIndexTest, TheFirstPartOfACompoundFindsTheCompound) {
    const auto report =
        save_one("a", report_saying("Kärnhuset", "Tre arbetsträningsplatser och ett "
                                                 "samverkansteam har tillkommit."));
    EXPECT_EQ(found_ids("arbetsträning"), Ids{report});
    EXPECT_EQ(found_ids("samverkan"), Ids{report});
    EXPECT_EQ(found_ids("platser"), Ids{}) << "a compound's last part is not a word of its own";
}

TEST_P(SearchIndexTest, APhraseFindsItsWordsStandingTogether) {
    const auto together =
        save_one("a", report_saying("Kärnhuset", "Många har psykisk ohälsa och behöver stöd."));
    const auto apart =
        save_one("b", report_saying("Nästa steg", "Ohälsa är vanligt, både fysisk och psykisk."));

    EXPECT_EQ(found_ids(R"("psykisk ohälsa")"), Ids{together});
    auto both = found_ids("psykisk ohälsa");
    std::sort(both.begin(), both.end());
    EXPECT_EQ(both, (Ids{together, apart}));
}

TEST_P(SearchIndexTest, RanksTheReportWhoseTextIsMostAboutTheWordsFirst) {
    const auto in_passing = save_one(
        "a", report_saying("Kärnhuset", "Gruppen har träffats varje vecka under kvartalet och "
                                        "gjort studiebesök på flera arbetsplatser i kommunen; "
                                        "en handledare har läst om BIP."));
    const auto about = save_one(
        "b", report_saying("Nästa steg", "BIP-indikatorerna: BIP mäts varje kvartal med BIP."));
    EXPECT_EQ(found_ids("bip"), (Ids{about, in_passing}));
}

TEST_P(SearchIndexTest, FindsGoalsAndTheKanslisCommentsWithWhatTheyAre) {
    Report report = report_saying("Kärnhuset", "Gruppen har träffats.");
    report.goals = {{"Minst hälften ska gå vidare till egen försörjning.", std::nullopt,
                     std::nullopt, std::nullopt}};
    const auto report_id = save_one("a", report);
    WorkflowStore workflow(database(), system_clock());
    const auto state = workflow.state(report_id);
    ASSERT_TRUE(state && *state);
    ASSERT_TRUE(workflow.return_report(report_id, 0, "Komplettera med budgetuppföljningen.",
                                       (*state)->revision));

    const auto goal = search("försörjning");
    ASSERT_EQ(goal.reports.size(), 1U);
    ASSERT_EQ(goal.reports[0].passages.size(), 1U);
    EXPECT_EQ(goal.reports[0].passages[0].source, PassageSource::Goal);
    const auto comment = search("budgetuppföljning");
    ASSERT_EQ(comment.reports.size(), 1U);
    EXPECT_EQ(comment.reports[0].passages.at(0).source, PassageSource::Comment);
    EXPECT_EQ(comment.reports[0].status, ReportStatus::Returned);

    SearchScope without_comments{association_id(), std::nullopt, true, false};
    EXPECT_EQ(found_ids("budgetuppföljning", {}, without_comments), Ids{});
}

TEST_P(SearchIndexTest, OnlyTheLatestVersionIsSearched) {
    const auto report_id = save_one("a", report_saying("Kärnhuset", "En gammal formulering."));
    EXPECT_EQ(found_ids("formulering"), Ids{report_id});
    save_one("b", report_saying("Kärnhuset", "Texten är omskriven."));
    EXPECT_EQ(found_ids("formulering"), Ids{});
    EXPECT_EQ(found_ids("omskriven"), Ids{report_id});
}

TEST_P(SearchIndexTest, ARedactedPassageIsNoLongerFound) {
    const auto report_id =
        save_one("a", report_saying("Kärnhuset",
                                    "Gruppen har träffats. Kalle Lindström började på lagret."));
    EXPECT_EQ(found_ids("Lindström"), Ids{report_id});

    RedactionStore redactions(database(), system_clock());
    const auto redacted = redactions.redact(report_id, 1, Redaction({"Kalle Lindström"}),
                                            RedactionScope::EveryVersion, 0);
    ASSERT_TRUE(redacted) << redacted.error().message;

    EXPECT_EQ(found_ids("Lindström"), Ids{});
    EXPECT_EQ(found_ids("lagret"), Ids{report_id}) << "the rest of the passage stays";
}

TEST_P(SearchIndexTest, FiltersNarrowTheSearch) {
    const auto summer = save_one("a", report_saying("Kärnhuset", "Arbetsträning i trädgården.", 3));
    const auto spring = save_one("b", report_saying("Kärnhuset", "Arbetsträning i köket.", 2));
    Report final_report = report_saying("Nästa steg", "Arbetsträning gav resultat.");
    final_report.kind = ReportKind::Final;
    final_report.sections = {{"6.4", "Framgångsfaktorer", "Arbetsträning nära hemmet."},
                             {"6.1", "Lärdomar", "Arbetsträning tar tid."}};
    const auto final_id = save_one("c", final_report);
    WorkflowStore workflow(database(), system_clock());
    const auto state = workflow.state(spring);
    ASSERT_TRUE(workflow.review(spring, 0, (*state)->revision));

    EXPECT_EQ(found_ids("arbetsträning", {intervention_of(summer)}).size(), 2U);
    EXPECT_EQ(found_ids("arbetsträning", {intervention_of(final_id)}), Ids{final_id});
    SearchFilter quarter3{std::nullopt, Period{date(2024, 8, 1), date(2024, 8, 31)}};
    auto in_august = found_ids("arbetsträning", quarter3);
    std::sort(in_august.begin(), in_august.end());
    EXPECT_EQ(in_august, (Ids{summer, final_id})) << "periods that overlap";
    EXPECT_EQ(found_ids("arbetsträning", {std::nullopt, std::nullopt, ReportKind::Final}),
              Ids{final_id});
    EXPECT_EQ(found_ids("arbetsträning",
                        {std::nullopt, std::nullopt, std::nullopt, ReportStatus::Reviewed}),
              Ids{spring});

    SearchFilter success_factors;
    success_factors.passages = {{PassageSource::Section, ReportKind::Final, "6.4"}};
    const auto factors = search("arbetsträning", success_factors);
    ASSERT_EQ(factors.reports.size(), 1U);
    ASSERT_EQ(factors.reports[0].passages.size(), 1U);
    EXPECT_EQ(factors.reports[0].passages[0].section_id, "6.4");
    EXPECT_EQ(factors.reports[0].passages[0].text, "Arbetsträning nära hemmet.");
    SearchFilter quarterly_6_4;
    quarterly_6_4.passages = {{PassageSource::Section, ReportKind::Quarterly, "6.4"}};
    EXPECT_EQ(found_ids("arbetsträning", quarterly_6_4), Ids{});
}

TEST_P(SearchIndexTest, MatchingPassagesAreEveryPassageThatHoldsTheQueryInScopeAndFilter) {
    Report final_report = report_saying("Nästa steg", "Arbetsträning gav resultat.");
    final_report.kind = ReportKind::Final;
    final_report.sections = {{"6.4", "Framgångsfaktorer", "Arbetsträning nära hemmet."},
                             {"6.1", "Lärdomar", "Arbetsträningen tar tid."},
                             {"6.5", "Systemfel", "Väntetider i vården."}};
    const auto final_id = save_one("a", final_report);
    const auto quarterly = save_one("b", report_saying("Kärnhuset", "Arbetsträning i köket."));
    SwedishStemmer stemmer;
    SearchRequest request;
    request.query = parse_search_query("arbetsträning", stemmer);
    request.scope = {association_id(), std::nullopt, true, true};
    // One report can hold more matching passages than a page of results carries per report.
    request.limit = 1;

    const auto all = SearchIndex(database()).matching_passages(request);
    ASSERT_TRUE(all) << all.error().message;
    const std::vector<MatchingPassage> expected{{final_id, PassageSource::Section, "6.1"},
                                                {final_id, PassageSource::Section, "6.4"},
                                                {quarterly, PassageSource::Section, "2.5"}};
    EXPECT_EQ(*all, expected);

    request.filter.passages = {{PassageSource::Section, ReportKind::Final, "6.1"},
                               {PassageSource::Section, ReportKind::Final, "6.5"}};
    const auto lessons = SearchIndex(database()).matching_passages(request);
    ASSERT_TRUE(lessons);
    EXPECT_EQ(*lessons, (std::vector<MatchingPassage>{{final_id, PassageSource::Section, "6.1"}}));
    request.scope.unreviewed_reports = false;
    EXPECT_TRUE(SearchIndex(database()).matching_passages(request)->empty())
        << "nothing is reviewed";
}

TEST_P(SearchIndexTest, TheScopeKeepsToTheReadersForbundInsatserAndReviewedReports) {
    const auto own = save_one("a", report_saying("Kärnhuset", "Motiverande samtal."));
    const auto other = save_one("b", report_saying("Nästa steg", "Motiverande samtal."));
    auto elsewhere = store().ensure_association("Samordningsförbundet Annanstans");
    ASSERT_TRUE(elsewhere);
    ASSERT_TRUE(store().save_document(*elsewhere, source_document("c"),
                                      {report_saying("Kärnhuset", "Motiverande samtal.")}));

    auto all = found_ids("samtal");
    std::sort(all.begin(), all.end());
    EXPECT_EQ(all, (Ids{own, other})) << "not the other förbund's report";
    SearchScope owner{association_id(), std::vector<std::int64_t>{intervention_of(own)}, true,
                      true};
    EXPECT_EQ(found_ids("samtal", {}, owner), Ids{own});
    SearchScope nothing_bound{association_id(), std::vector<std::int64_t>{}, true, true};
    EXPECT_EQ(found_ids("samtal", {}, nothing_bound), Ids{});
    SearchScope board{association_id(), std::nullopt, false, false};
    EXPECT_EQ(found_ids("samtal", {}, board), Ids{}) << "nothing is reviewed yet";
    WorkflowStore workflow(database(), system_clock());
    ASSERT_TRUE(workflow.review(other, 0, (*workflow.state(other))->revision));
    EXPECT_EQ(found_ids("samtal", {}, board), Ids{other});
}

TEST_P(SearchIndexTest, RebuildingWritesTheSamePassages) {
    save_one("a", report_saying("Kärnhuset", "Motiverande samtal."));
    ASSERT_TRUE(SearchIndex(database()).catch_up());
    const int before = row_count(database(), "search_passages");
    const auto rebuilt = SearchIndex(database()).rebuild();
    ASSERT_TRUE(rebuilt) << rebuilt.error().message;
    EXPECT_EQ(*rebuilt, before);
    EXPECT_EQ(found_ids("samtal").size(), 1U);
}

// A saved report is only queued for the index in its own transaction; the search writes the
// queued reports' passages first, so it finds a report the moment it is committed, by any
// connection.
TEST_P(SearchIndexTest, AReportIsFoundAsSoonAsItIsCommitted) {
    Database other_connection = open_database();
    ReportStore other_store(other_connection, system_clock());
    const auto saved =
        other_store.save_document(association_id(), source_document("a"),
                                  {report_saying("Kärnhuset", "Motiverande samtal.")});
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_EQ(row_count(database(), "search_pending"), 1);
    EXPECT_EQ(row_count(database(), "search_passages"), 0) << "not written in the import";

    EXPECT_EQ(found_ids("samtal"), Ids{saved->reports.at(0).report_id});
    EXPECT_EQ(row_count(database(), "search_pending"), 0);
}

TEST_P(SearchIndexTest, CatchingUpWritesEachQueuedReportOnceFromItsLatestVersion) {
    const auto first = save_one("a", report_saying("Kärnhuset", "Motiverande samtal."));
    const auto second = save_one("b", report_saying("Nästa steg", "Motiverande samtal."));
    save_one("c", report_saying("Kärnhuset", "Studiebesök på verkstaden."));
    EXPECT_EQ(row_count(database(), "search_pending"), 3) << "the first report twice";

    const auto caught_up = SearchIndex(database()).catch_up();
    ASSERT_TRUE(caught_up) << caught_up.error().message;
    EXPECT_EQ(*caught_up, 2);
    EXPECT_EQ(row_count(database(), "search_pending"), 0);
    EXPECT_EQ(row_count(database(), "search_passages"), 2);
    EXPECT_EQ(found_ids("samtal"), Ids{second});
    EXPECT_EQ(found_ids("studiebesök"), Ids{first});
    EXPECT_EQ(SearchIndex(database()).catch_up().value_or(-1), 0) << "nothing left to write";
}

// A process killed while it writes the queued reports (in the middle of the drain's
// transaction) leaves the queue as it was, and the next search writes them.
TEST_P(SearchIndexTest, AQueueLeftByAKilledProcessIsWrittenByTheNextSearch) {
    const auto report = save_one("a", report_saying("Kärnhuset", "Motiverande samtal."));
    const pid_t child = fork();
    if (child == 0) {
        // A connection of its own, and no destructor of the parent's objects runs here.
        auto connection = Database::open(url());
        if (!connection)
            _exit(2);
        auto& session = connection->session();
        Transaction transaction(session, GetParam());
        drain_search_passage_queue(session, GetParam());
        ::kill(::getpid(), SIGKILL);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the drain was killed";
    EXPECT_EQ(row_count(database(), "search_pending"), 1);

    EXPECT_EQ(found_ids("samtal"), Ids{report});
    EXPECT_EQ(row_count(database(), "search_pending"), 0);
}

// The page is cut from the ranking of every matching report, whichever page is asked for:
// the pages follow one another without gaps or repeats, best first, and each report brings
// its best passages first.
TEST_P(SearchIndexTest, PagesFollowOneAnotherInTheRankingOfEveryMatchingReport) {
    const std::vector<std::string> texts = {
        "Handledaren följde upp.",
        "Handledaren och handledarens kollega.",
        "Handledare, handledare och handledare: handledarna var många.",
        "Ett långt stycke om annat än det sökta, där ordet handledare står en gång bland "
        "många andra ord som inte alls handlar om det.",
        "Handledare handledare.",
    };
    for (std::size_t index = 0; index < texts.size(); ++index) {
        Report report = report_saying("Insats " + std::to_string(index), texts[index]);
        report.sections.push_back({"2.6", "Övrigt", "Ingen handledare den här gången."});
        save_one("r" + std::to_string(index), report);
    }
    const auto everything = search("handledare");
    ASSERT_EQ(everything.total, 5);
    ASSERT_EQ(everything.reports.size(), 5U);
    for (std::size_t index = 1; index < everything.reports.size(); ++index)
        EXPECT_GE(everything.reports[index - 1].score, everything.reports[index].score);
    for (const auto& report : everything.reports) {
        ASSERT_EQ(report.passages.size(), 2U);
        EXPECT_EQ(report.score, report.passages[0].score) << "a report ranks by its best";
        EXPECT_GE(report.passages[0].score, report.passages[1].score);
    }

    SwedishStemmer stemmer;
    std::vector<std::int64_t> paged;
    for (int offset = 0; offset < 6; offset += 2) {
        SearchRequest request;
        request.query = parse_search_query("handledare", stemmer);
        request.scope = {association_id(), std::nullopt, true, true};
        request.limit = 2;
        request.offset = offset;
        const auto page = SearchIndex(database()).search(request);
        ASSERT_TRUE(page) << page.error().message;
        EXPECT_EQ(page->total, 5);
        for (const auto& report : page->reports)
            paged.push_back(report.report_id);
    }
    Ids ranked;
    for (const auto& report : everything.reports)
        ranked.push_back(report.report_id);
    EXPECT_EQ(paged, ranked);
}

// SQLite's ranking (search/SqliteRank.h): how often a passage holds the words, not how long
// it is, the rarer of two words weighing more.
TEST_P(SearchIndexTest, SqliteRanksByHowOftenThePassageHoldsTheWords) {
    if (GetParam() != DatabaseBackend::Sqlite)
        GTEST_SKIP() << "SQLite's ranking function";
    const auto twice_long = save_one(
        "a", report_saying("A", "Handledaren har under kvartalet träffat deltagarna varje vecka "
                                "på arbetsplatserna i kommunen, och handledaren skriver nu."));
    const auto once_short = save_one("b", report_saying("B", "Handledaren kom."));
    const auto once_long = save_one(
        "c", report_saying("C", "Under kvartalet har gruppen träffats varje vecka och gjort "
                                "studiebesök på flera arbetsplatser; handledaren var med."));
    const auto scores = [&](const std::string& text) {
        std::map<std::int64_t, double> by_report;
        for (const auto& report : search(text).reports)
            by_report[report.report_id] = report.score;
        return by_report;
    };
    auto one_word = scores("handledaren");
    ASSERT_EQ(one_word.size(), 3U);
    EXPECT_GT(one_word[twice_long], one_word[once_short]);
    EXPECT_GT(one_word[once_short], 0);
    EXPECT_EQ(one_word[once_short], one_word[once_long]) << "length does not count";

    for (int index = 0; index < 4; ++index)
        save_one("common" + std::to_string(index),
                 report_saying("D" + std::to_string(index), "Budgeten följdes upp."));
    const auto more_rare = save_one(
        "d", report_saying("E", "Trädgården: budgeten för trädgården och trädgårdens redskap."));
    const auto more_common = save_one(
        "e", report_saying("F", "Budgeten: budgeten för trädgården och budgetens uppföljning."));
    auto two_words = scores("budgeten trädgården");
    ASSERT_EQ(two_words.size(), 2U);
    EXPECT_GT(two_words[more_rare], two_words[more_common]) << "the rarer word weighs more";
}

// Ten thousand reports written as rows (not through the importer, to keep the test fast),
// indexed by a rebuild; the search pages through them and finds the one rare word.
TEST_P(SearchIndexTest, SearchesTenThousandReports) {
    auto& session = database().session();
    session << "INSERT INTO interventions (association_id, name, normalised_name) "
               "VALUES (:association, 'Stora insatsen', 'stora insatsen')",
        soci::use(association_id());
    session << "INSERT INTO documents (association_id, file_name, format, document_kind, "
               "content_hash, imported_at) VALUES (:association, 'alla.txt', 'txt', "
               "'kvartalsrapport', 'alla', '2024-10-10T08:00:00Z')",
        soci::use(association_id());
    const std::string numbers =
        "WITH RECURSIVE n (x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10000) ";
    session << numbers +
                   "INSERT INTO reports (intervention_id, kind, period_start, period_end, "
                   "period_key) SELECT (SELECT MAX(id) FROM interventions), 'kvartalsrapport', "
                   "'2024-07-01', '2024-09-30', 'nr ' || x FROM n";
    session << "INSERT INTO report_versions (report_id, version, document_id, imported_at, "
               "content_hash, intervention_name) SELECT id, 1, (SELECT MAX(id) FROM documents), "
               "'2024-10-10T08:00:00Z', 'hash ' || id, 'Stora insatsen' FROM reports";
    session << "INSERT INTO report_sections (version_id, position, section_id, title, text) "
               "SELECT v.id, 0, '2.1', 'Aktiviteter', 'Rapport ' || v.report_id || ': "
               "deltagarna har haft arbetsträning och samtal med handledare.' || CASE WHEN "
               "v.report_id = 7777 THEN ' Hästunderstödd terapi prövades.' ELSE '' END "
               "FROM report_versions v";
    const auto rebuilt = SearchIndex(database()).rebuild();
    ASSERT_TRUE(rebuilt) << rebuilt.error().message;
    ASSERT_EQ(*rebuilt, 10'000);

    const auto rare = search("hästunderstödd");
    ASSERT_EQ(rare.total, 1);
    EXPECT_EQ(rare.reports.at(0).passages.at(0).text.find("Rapport 7777:"), 0U);
    SwedishStemmer stemmer;
    SearchRequest request;
    request.query = parse_search_query("arbetsträningen deltagare", stemmer);
    request.scope = {association_id(), std::nullopt, true, true};
    request.offset = 9'990;
    const auto last_page = SearchIndex(database()).search(request);
    ASSERT_TRUE(last_page) << last_page.error().message;
    EXPECT_EQ(last_page->total, 10'000);
    EXPECT_EQ(last_page->reports.size(), 10U);
}

using SearchMigrationTest = StorageTest;

// A database as the program with schema version 16 left it, its passages indexed as they
// were written: opening it keeps them searchable (on PostgreSQL they move to the narrow
// search_matches), and a passage written afterwards is found as well.
TEST_P(SearchMigrationTest, AVersionSixteenDatabaseKeepsItsSearchIndex) {
    {
        auto session = connect_without_migrating();
        if (GetParam() == DatabaseBackend::Sqlite) {
            // Database::open registers the index's tokenizer on each connection; this
            // connection is made without it.
            auto* backend = static_cast<soci::sqlite3_session_backend*>(session->get_backend());
            ASSERT_TRUE(register_swedish_tokenizer(reinterpret_cast<::sqlite3*>(backend->conn_)));
        }
        ASSERT_EQ(migrate(*session, GetParam(), 16).value_or(0), 16);
        *session << "INSERT INTO associations (name, normalised_name) VALUES ('Ett', 'ett')";
        *session << "INSERT INTO interventions (association_id, name, normalised_name) "
                    "VALUES (1, 'Kärnhuset 2.0', 'kärnhuset 2 0')";
        *session << "INSERT INTO reports (intervention_id, kind, period_start, period_end, "
                    "period_key) VALUES (1, 'kvartalsrapport', '2024-07-01', '2024-09-30', "
                    "'2024-07-01/2024-09-30')";
        *session << "INSERT INTO search_passages (association_id, report_id, source, position, "
                    "section_id, title, text) VALUES (1, 1, 'section', 0, '2.1', 'Aktiviteter', "
                    "'Deltagarna har börjat arbetsträna.')";
    }

    auto database = open_database();

    SwedishStemmer stemmer;
    SearchRequest request;
    request.scope = {1, std::nullopt, true, true};
    request.query = parse_search_query("deltagare", stemmer);
    const auto found = SearchIndex(database).search(request);
    ASSERT_TRUE(found) << found.error().message;
    EXPECT_EQ(found->total, 1);
    database.session() << "INSERT INTO search_passages (association_id, report_id, source, "
                          "position, section_id, title, text) VALUES (1, 1, 'goal', 0, '', '', "
                          "'Fler deltagare i arbete.')";
    EXPECT_EQ(SearchIndex(database).search(request)->reports.at(0).passages.size(), 2U);
    database.session() << "DELETE FROM search_passages";
    EXPECT_EQ(SearchIndex(database).search(request)->total, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchMigrationTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

INSTANTIATE_TEST_SUITE_P(Backends, SearchIndexTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
