#include "app/search/SearchReports.h"

#include "StorageTestSupport.h"
#include "app/FieldSource.h"
#include "storage/WorkflowStore.h"

namespace finsam::testing {
namespace {

/// The board layout's headings the tests filter by, as templates/board/projektredovisning.json
/// has them.
BoardLayout layout() {
    BoardLayout layout;
    layout.parts = {
        {"mal", "Mål", {{ReportKind::Quarterly, {"2.4"}}, {ReportKind::Final, {"5.1"}}}}};
    layout.lessons = {{"framgangsfaktorer", "Framgångsfaktorer", {{ReportKind::Final, {"6.4"}}}},
                      {"systemfel", "Problem i stödsystemet", {{ReportKind::Final, {"6.5"}}}},
                      {"lardomar", "Lärdomar", {{ReportKind::Final, {"6.1"}}}},
                      {"tom", "Ingenstans", {}}};
    return layout;
}

FieldMap fields_of(std::map<std::string, std::string> values) {
    return FieldMap(std::move(values));
}

std::string marked(const std::vector<TextPart>& parts) {
    std::string text;
    for (const auto& part : parts)
        text += part.hit ? "<" + part.text + ">" : part.text;
    return text;
}

/// A förbund with two insatser: Kärnhuset's kvartalsrapport (registered, returned with a
/// comment) and Nästa steg's slutrapport (reviewed); users kansli, styrelse and the
/// insatsägare of Kärnhuset.
class SearchReportsTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped())
            return;
        Report quarterly = quarterly_report("Kärnhuset", date(2024, 7, 1), date(2024, 9, 30));
        quarterly.sections = {{"2.1", "Aktiviteter",
                               "Deltagarna har haft arbetsträning. 3 deltagare har fått arbete "
                               "efter arbetsträningen."}};
        const auto first = save("a", {quarterly}).reports.at(0);
        m_karnhuset_report = first.report_id;
        m_karnhuset = first.intervention_id;
        Report final_report = quarterly_report("Nästa steg", date(2022, 1, 1), date(2024, 6, 30));
        final_report.kind = ReportKind::Final;
        final_report.sections = {
            {"6.4", "Framgångsfaktorer", "Arbetsträning nära hemmet och en fast kontakt."},
            {"6.5", "Identifierade systemfel", "Långa väntetider till arbetsträning."},
            {"5.2", "Arbetssätt", "Arbetsträning varje vecka; 2 deltagare slutade."}};
        m_final_report = save("b", {final_report}).reports.at(0).report_id;
        WorkflowStore workflow(database(), system_clock());
        ASSERT_TRUE(
            workflow.review(m_final_report, 0, (*workflow.state(m_final_report))->revision));
        ASSERT_TRUE(workflow.return_report(m_karnhuset_report, 0,
                                           "Beskriv arbetsträningen och handledarens roll.",
                                           (*workflow.state(m_karnhuset_report))->revision));
        m_users["kansli"] = {1, association_id(), "kansli", "Karin", Role::Kansli, {}, false, 5};
        m_users["styrelse"] = {2, association_id(), "styrelse", "Sven", Role::Board, {}, false, 5};
        m_users["agare"] = {
            3, association_id(), "agare", "Anna", Role::InterventionOwner, {m_karnhuset}, false, 5};
    }

    SearchResults search_as(const std::string& username, FieldMap fields) {
        const auto asked = search_asked(fields.fields(), m_layout);
        EXPECT_TRUE(asked) << "the fields are read";
        if (!asked)
            return {};
        AppContext context(database(), m_users.at(username), system_clock(), m_templates,
                           Channel::Api);
        auto results = search_reports(context, *asked, m_layout);
        EXPECT_TRUE(results) << results.error().log_message;
        return results ? *results : SearchResults{};
    }

    std::vector<std::int64_t> found_by(const std::string& username, FieldMap fields) {
        std::vector<std::int64_t> ids;
        for (const auto& hit : search_as(username, std::move(fields)).hits)
            ids.push_back(hit.report_id);
        return ids;
    }

    BoardLayout m_layout = layout();
    ReportTemplates m_templates;
    std::map<std::string, User> m_users;
    std::int64_t m_karnhuset = 0;
    std::int64_t m_karnhuset_report = 0;
    std::int64_t m_final_report = 0;
};

using Ids = std::vector<std::int64_t>;

TEST_P(SearchReportsTest, TheKansliFindsEveryReportWithItsHitsMarked) {
    const auto results = search_as("kansli", fields_of({{"q", "arbetsträningar"}}));
    ASSERT_TRUE(results.searched);
    EXPECT_EQ(results.total, 2);
    ASSERT_EQ(results.hits.size(), 2U);
    const auto& karnhuset =
        results.hits[0].report_id == m_karnhuset_report ? results.hits[0] : results.hits[1];
    EXPECT_EQ(karnhuset.intervention_name, "Kärnhuset");
    EXPECT_EQ(karnhuset.status, ReportStatus::Returned);
    ASSERT_EQ(karnhuset.passages.size(), 2U) << "the section and the kansli's comment";
    std::vector<std::string> shown;
    for (const auto& passage : karnhuset.passages)
        shown.push_back(passage.heading + ": " + marked(passage.excerpt));
    std::sort(shown.begin(), shown.end());
    EXPECT_EQ(shown, (std::vector<std::string>{
                         "Aktiviteter: Deltagarna har haft <arbetsträning>. 3 deltagare har fått "
                         "arbete efter <arbetsträningen>.",
                         "Kansliets begäran om komplettering: Beskriv <arbetsträningen> och "
                         "handledarens roll."}));
}

TEST_P(SearchReportsTest, TheBoardFindsOnlyReviewedReportsWithSmallCountsMasked) {
    EXPECT_EQ(found_by("styrelse", fields_of({{"q", "arbetsträning"}})), Ids{m_final_report});
    EXPECT_EQ(found_by("styrelse", fields_of({{"q", "handledarens"}})), Ids{})
        << "neither the unreviewed report nor the kansli's comment";
    const auto results = search_as("styrelse", fields_of({{"q", "vecka"}}));
    ASSERT_EQ(results.hits.size(), 1U);
    EXPECT_FALSE(results.hits[0].status) << "the board sees no work status";
    EXPECT_EQ(marked(results.hits[0].passages.at(0).excerpt),
              "Arbetsträning varje <vecka>; [litet antal] deltagare slutade.");
}

TEST_P(SearchReportsTest, TheBoardCannotFindAMaskedCountByItsNumber) {
    const auto results = search_as("styrelse", fields_of({{"q", R"("2 deltagare")"}}));
    ASSERT_EQ(results.hits.size(), 1U) << "the number is left out of the board's query";
    EXPECT_EQ(marked(results.hits[0].passages.at(0).excerpt),
              "Arbetsträning varje vecka; [litet antal] <deltagare> slutade.");
    EXPECT_FALSE(search_as("styrelse", fields_of({{"q", "2"}})).searched);
}

TEST_P(SearchReportsTest, TheInsatsagareFindsOnlyTheirOwnInsatsersReports) {
    EXPECT_EQ(found_by("agare", fields_of({{"q", "arbetsträning"}})), Ids{m_karnhuset_report});
    EXPECT_EQ(found_by("agare", fields_of({{"q", "väntetider"}})), Ids{});
}

TEST_P(SearchReportsTest, AvsnittLimitsTheSearchToTheLessons) {
    FieldMap lessons = fields_of({{"q", "arbetsträning"}});
    lessons.add("avsnitt", "framgangsfaktorer,systemfel");
    const auto results = search_as("kansli", lessons);
    ASSERT_EQ(results.hits.size(), 1U);
    EXPECT_EQ(results.hits[0].report_id, m_final_report);
    std::vector<std::string> sections;
    for (const auto& passage : results.hits[0].passages)
        sections.push_back(passage.section_id);
    std::sort(sections.begin(), sections.end());
    EXPECT_EQ(sections, (std::vector<std::string>{"6.4", "6.5"}));

    EXPECT_EQ(found_by("kansli", fields_of({{"q", "arbetsträning"}, {"avsnitt", "kommentarer"}})),
              Ids{m_karnhuset_report});
    EXPECT_EQ(found_by("kansli", fields_of({{"q", "arbetsträning"}, {"avsnitt", "tom"}})), Ids{});
}

TEST_P(SearchReportsTest, FiltersByInsatsNameKindStatusAndPeriod) {
    EXPECT_EQ(found_by("kansli", fields_of({{"q", "arbetsträning"}, {"insats", "Nästa Steg"}})),
              Ids{m_final_report});
    EXPECT_EQ(found_by("kansli", fields_of({{"q", "arbetsträning"}, {"typ", "kvartalsrapport"}})),
              Ids{m_karnhuset_report});
    EXPECT_EQ(found_by("kansli", fields_of({{"q", "arbetsträning"}, {"status", "reviewed"}})),
              Ids{m_final_report});
    EXPECT_EQ(found_by("kansli", fields_of({{"q", "arbetsträning"}, {"period", "2024Q3"}})),
              Ids{m_karnhuset_report});

    const FieldMap unknown = fields_of({{"q", "x"}, {"insats", "Finns inte"}});
    const auto asked = search_asked(unknown.fields(), m_layout);
    ASSERT_TRUE(asked);
    AppContext context(database(), m_users.at("kansli"), system_clock(), m_templates, Channel::Api);
    const auto missing = search_reports(context, *asked, m_layout);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_P(SearchReportsTest, FieldsThatCannotBeReadAreNamed) {
    const FieldMap typed = fields_of({{"q", "x"},
                                      {"typ", "dagbok"},
                                      {"period", "förra året"},
                                      {"avsnitt", "framgangsfaktorer,okant"},
                                      {"status", "klar"},
                                      {"sida", "0"}});
    const auto asked = search_asked(typed.fields(), m_layout);
    ASSERT_FALSE(asked);
    std::vector<std::string> fields;
    for (const auto& error : asked.error().fields)
        fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"period", "typ", "avsnitt", "status", "sida"}));
}

TEST_P(SearchReportsTest, RebuildingTheIndexIsTheCommandLinesOnly) {
    AppContext web(database(), m_users.at("kansli"), system_clock(), m_templates, Channel::Web);
    const auto refused = rebuild_search_index(web);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    AppContext command_line(database(), m_users.at("kansli"), system_clock(), m_templates,
                            Channel::CommandLine);
    const auto rebuilt = rebuild_search_index(command_line);
    ASSERT_TRUE(rebuilt);
    EXPECT_EQ(*rebuilt, 5) << "three sections, one section and a comment";
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchReportsTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
