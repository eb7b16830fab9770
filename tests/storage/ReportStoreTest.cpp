#include "StorageTestSupport.h"
#include "storage/SociConversions.h"

#include <stdexcept>

namespace finsam::testing {
namespace {

using ReportStoreTest = StoreTest;

TEST_P(ReportStoreTest, EveryFieldSurvivesASaveAndALoad) {
    const Report report = full_report();

    const auto saved = save("hash-1", {report});

    EXPECT_FALSE(saved.duplicate_document);
    ASSERT_EQ(saved.reports.size(), 1U);
    EXPECT_EQ(saved.reports[0].outcome, SaveOutcome::Created);
    EXPECT_EQ(saved.reports[0].version, 1);
    const auto loaded = store().load_report(saved.reports[0].report_id);
    ASSERT_TRUE(loaded) << loaded.error().message;
    EXPECT_EQ(loaded->id, saved.reports[0].report_id);
    EXPECT_EQ(loaded->intervention_id, saved.reports[0].intervention_id);
    ASSERT_EQ(loaded->versions.size(), 1U);
    const auto& version = loaded->versions[0];
    EXPECT_EQ(version.version, 1);
    EXPECT_EQ(version.imported_at.iso().size(), std::string("2024-10-10T08:15:00Z").size());
    EXPECT_EQ(version.source.file_name, "hash-1.pdf");
    EXPECT_EQ(version.source.format, SourceFormat::Pdf);
    EXPECT_EQ(version.source.content_hash, "hash-1");
    EXPECT_EQ(version.source.document_kind, ReportKind::Quarterly);
    expect_same_report(version.report, report);
}

// An övrig rapport is kept as any report; its period is what the document covers, so it does
// not become the insats's period as a slutrapport's does.
TEST_P(ReportStoreTest, AnOvrigReportIsKeptAndLeavesTheInsatsPeriodAlone) {
    Report report = quarterly_report("Kompassen", date(2024, 1, 1), date(2024, 6, 30));
    report.kind = ReportKind::Other;
    report.sections = {{"resultat", "Resultat hittills", "27 deltagare."}};
    report.warnings = {{"read_without_template", "read without a template"}};
    SourceDocument source = source_document("hash-1");
    source.document_kind = ReportKind::Other;

    const auto saved = store().save_document(association_id(), source, {report});

    ASSERT_TRUE(saved) << saved.error().message;
    const auto loaded = store().load_report(saved->reports[0].report_id);
    ASSERT_TRUE(loaded) << loaded.error().message;
    EXPECT_EQ(loaded->versions[0].source.document_kind, ReportKind::Other);
    expect_same_report(loaded->versions[0].report, report);
    std::optional<std::string> insats_start;
    std::string kind;
    database().session() << "SELECT i.period_start, r.kind FROM interventions i JOIN reports r "
                            "ON r.intervention_id = i.id",
        soci::into(insats_start), soci::into(kind);
    EXPECT_EQ(kind, "ovrig");
    EXPECT_FALSE(insats_start);
}

TEST_P(ReportStoreTest, MissingOptionalFieldsStayMissing) {
    Report report = quarterly_report("Räkna med mig", date(2026, 1, 1), date(2026, 3, 31));
    report.kind = ReportKind::Final;
    report.period.start.reset();

    const auto saved = save("hash-1", {report});
    const auto loaded = store().load_report(saved.reports[0].report_id);

    ASSERT_TRUE(loaded) << loaded.error().message;
    expect_same_report(loaded->versions[0].report, report);
}

TEST_P(ReportStoreTest, EveryGoalFieldSurvivesWithAndWithoutTargetUnitAndMeasure) {
    Report report = quarterly_report("Räkna med mig", date(2026, 1, 1), date(2026, 3, 31));
    report.goals = {
        {"Minst 40 deltagare.", 40, Unit::Count, Measure::ParticipantsTarget},
        {"Hälften till arbete.", 50.25, Unit::Percent, Measure::EndedToWork},
        {"Bara ett mål.", std::nullopt, std::nullopt, std::nullopt},
        {"Ett mål med bara ett tal.", 0.1, std::nullopt, std::nullopt},
        {"Ett mål med bara en enhet.", std::nullopt, Unit::Percent, std::nullopt},
        {"Ett mål med bara ett mått.", std::nullopt, std::nullopt, Measure::EndedToStudies},
        {"", 0, Unit::Count, Measure::ParticipantsTotal},
    };

    const auto saved = save("hash-1", {report});
    const auto loaded = store().load_report(saved.reports[0].report_id);

    ASSERT_TRUE(loaded) << loaded.error().message;
    ASSERT_EQ(loaded->versions.size(), 1U);
    ASSERT_EQ(loaded->versions[0].report.goals.size(), report.goals.size());
    for (std::size_t index = 0; index < report.goals.size(); ++index) {
        SCOPED_TRACE("goal " + std::to_string(index));
        const auto& goal = loaded->versions[0].report.goals[index];
        EXPECT_EQ(goal.text, report.goals[index].text);
        EXPECT_EQ(goal.target, report.goals[index].target);
        EXPECT_EQ(goal.unit, report.goals[index].unit);
        EXPECT_EQ(goal.measure, report.goals[index].measure);
    }
    expect_same_report(loaded->versions[0].report, report);

    std::optional<double> target;
    std::optional<std::string> unit;
    std::optional<std::string> measure;
    database().session() << "SELECT target, unit, measure FROM report_goals WHERE position = 2",
        soci::into(target), soci::into(unit), soci::into(measure);
    EXPECT_EQ(target, std::nullopt);
    EXPECT_EQ(unit, std::nullopt);
    EXPECT_EQ(measure, std::nullopt);
    database().session() << "SELECT target, unit, measure FROM report_goals WHERE position = 1",
        soci::into(target), soci::into(unit), soci::into(measure);
    EXPECT_EQ(target, 50.25);
    EXPECT_EQ(unit, "percent");
    EXPECT_EQ(measure, "ended_to_work");
}

TEST_P(ReportStoreTest, AStoredGoalUnitOutsideTheVocabularyIsRefused) {
    const auto saved = save("hash-1", {full_report()});
    std::int64_t version_id = 0;
    database().session() << "SELECT id FROM report_versions", soci::into(version_id);

    auto insert_goal_in_kronor = [&] {
        database().session() << "INSERT INTO report_goals (version_id, position, text, unit) "
                                "VALUES (:version_id, 99, 'Mål', 'kronor')",
            soci::use(version_id);
    };

    EXPECT_THROW(insert_goal_in_kronor(), soci::soci_error);
    EXPECT_EQ(row_count(database(), "report_goals"), 3);
    EXPECT_TRUE(store().load_report(saved.reports[0].report_id));
}

TEST_P(ReportStoreTest, ListsInterventionsWithTheirReportCounts) {
    Report first = full_report();
    Report second = full_report();
    second.period = {date(2024, 10, 1), date(2024, 12, 31)};
    Report other = quarterly_report("Räkna med mig", date(2026, 1, 1), date(2026, 3, 31));
    save("hash-1", {first, second, other});

    const auto interventions = store().list_interventions(association_id());

    ASSERT_TRUE(interventions) << interventions.error().message;
    ASSERT_EQ(interventions->size(), 2U);
    EXPECT_EQ((*interventions)[0].name, "Kärnhuset 2.0");
    EXPECT_EQ((*interventions)[0].owner, "Sandvikens kommun");
    EXPECT_EQ((*interventions)[0].kind, "individual");
    EXPECT_EQ((*interventions)[0].report_count, 2);
    EXPECT_EQ((*interventions)[1].name, "Räkna med mig");
    EXPECT_EQ((*interventions)[1].owner, std::nullopt);
    EXPECT_EQ((*interventions)[1].kind, "");
    EXPECT_EQ((*interventions)[1].report_count, 1);
}

TEST_P(ReportStoreTest, ListsReportsWithTheLatestWarningCountAndFilters) {
    Report first = full_report();
    Report other = quarterly_report("Räkna med mig", date(2026, 1, 1), date(2026, 3, 31));
    const auto saved = save("hash-1", {first, other});

    const auto all = store().list_reports(association_id(), std::nullopt);
    const auto filtered = store().list_reports(association_id(), saved.reports[1].intervention_id);

    ASSERT_TRUE(all) << all.error().message;
    ASSERT_EQ(all->size(), 2U);
    const auto& summary = (*all)[0];
    EXPECT_EQ(summary.id, saved.reports[0].report_id);
    EXPECT_EQ(summary.intervention_id, saved.reports[0].intervention_id);
    EXPECT_EQ(summary.intervention_name, "Kärnhuset 2.0");
    EXPECT_EQ(summary.kind, "kvartalsrapport");
    EXPECT_EQ(summary.period_start, "2024-07-01");
    EXPECT_EQ(summary.period_end, "2024-09-30");
    EXPECT_EQ(summary.latest_version, 1);
    EXPECT_EQ(summary.warning_count, 2);
    ASSERT_TRUE(filtered) << filtered.error().message;
    ASSERT_EQ(filtered->size(), 1U);
    EXPECT_EQ((*filtered)[0].id, saved.reports[1].report_id);
    EXPECT_EQ((*filtered)[0].warning_count, 0);
}

TEST_P(ReportStoreTest, TheSameFileTwiceIsADuplicateAndWritesNothing) {
    save("hash-1", {full_report()});
    const int versions_before = row_count(database(), "report_versions");

    Report changed = full_report();
    changed.sections[0].text = "Ny text.";
    const auto again = save("hash-1", {changed});

    EXPECT_TRUE(again.duplicate_document);
    EXPECT_TRUE(again.reports.empty());
    EXPECT_EQ(row_count(database(), "documents"), 1);
    EXPECT_EQ(row_count(database(), "report_versions"), versions_before);
    EXPECT_TRUE(store().has_document("hash-1"));
    EXPECT_FALSE(store().has_document("hash-2"));
}

TEST_P(ReportStoreTest, NamesMatchAcrossCaseSpaceAndDashes) {
    Report plain = quarterly_report("Kärnhuset 2.0", date(2024, 7, 1), date(2024, 9, 30));
    Report shouting = quarterly_report("KÄRNHUSET 2.0 ", date(2024, 10, 1), date(2024, 12, 31));
    Report hyphen = quarterly_report("Lokal individinriktad insats efter Trisam - Hudiksvall",
                                     date(2024, 7, 1), date(2024, 9, 30));
    Report en_dash = quarterly_report("Lokal individinriktad insats efter Trisam – Hudiksvall",
                                      date(2024, 10, 1), date(2024, 12, 31));

    const auto first = save("hash-1", {plain, hyphen});
    const auto second = save("hash-2", {shouting, en_dash});

    EXPECT_EQ(second.reports[0].intervention_id, first.reports[0].intervention_id);
    EXPECT_EQ(second.reports[1].intervention_id, first.reports[1].intervention_id);
    EXPECT_NE(first.reports[0].intervention_id, first.reports[1].intervention_id);
    EXPECT_EQ(second.reports[0].outcome, SaveOutcome::Created);
    EXPECT_EQ(row_count(database(), "interventions"), 2);
    const auto interventions = store().list_interventions(association_id());
    ASSERT_TRUE(interventions);
    // The insats keeps the name it was first seen with.
    EXPECT_EQ((*interventions)[0].name, "Kärnhuset 2.0");
}

TEST_P(ReportStoreTest, LaterReportsOnlyFillInWhatTheInterventionLacks) {
    Report quarterly = quarterly_report("Kärnhuset 2.0", date(2024, 7, 1), date(2024, 9, 30));
    quarterly.partners = {"Försäkringskassan"};
    Report final_report = quarterly_report("kärnhuset 2.0", date(2023, 1, 1), date(2025, 6, 30));
    final_report.kind = ReportKind::Final;
    final_report.intervention.owner = "Sandvikens kommun";
    final_report.intervention.kind = InterventionKind::Individual;
    final_report.funds = {1'000'000, 900'000};
    final_report.partners = {"FÖRSÄKRINGSKASSAN", "Arbetsförmedlingen"};
    Report later = quarterly_report("Kärnhuset 2.0", date(2024, 10, 1), date(2024, 12, 31));
    later.intervention.owner = "Gävle kommun";
    later.intervention.kind = InterventionKind::Structural;
    later.funds = {5, 5};

    save("hash-1", {quarterly});
    save("hash-2", {final_report});
    save("hash-3", {later});

    std::optional<std::string> owner;
    std::optional<std::string> kind;
    std::optional<std::string> period_start;
    std::optional<std::string> period_end;
    std::int64_t granted = 0;
    std::int64_t used = 0;
    database().session() << "SELECT owner, kind, period_start, period_end, granted_sek, used_sek "
                            "FROM interventions",
        soci::into(owner), soci::into(kind), soci::into(period_start), soci::into(period_end),
        soci::into(granted), soci::into(used);
    EXPECT_EQ(owner, "Sandvikens kommun");
    EXPECT_EQ(kind, "individual");
    // The quarters are not the insats's period; the slutrapport's insatstid is.
    EXPECT_EQ(period_start, "2023-01-01");
    EXPECT_EQ(period_end, "2025-06-30");
    EXPECT_EQ(granted, 1'000'000);
    EXPECT_EQ(used, 900'000);
    EXPECT_EQ(row_count(database(), "intervention_partners"), 2);
}

TEST_P(ReportStoreTest, AFailingReportLeavesNoTraceOfTheDocument) {
    Report valid = full_report();
    Report broken = quarterly_report("Räkna med mig", date(2026, 1, 1), date(2026, 3, 31));
    // A measure the schema does not accept (it has no name), as a bug in a caller would give.
    broken.figures = {{static_cast<Measure>(99), 3, Unit::Count, "2.1", "Tre deltagare."}};

    const auto result =
        store().save_document(association_id(), source_document("hash-1"), {valid, broken});

    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, StorageError::Code::Query);
    EXPECT_EQ(result.error().message.find("Tre deltagare"), std::string::npos)
        << result.error().message;
    EXPECT_FALSE(store().has_document("hash-1"));
    for (const auto* table : {"documents", "interventions", "intervention_partners", "reports",
                              "report_versions", "report_sections", "report_figures"})
        EXPECT_EQ(row_count(database(), table), 0) << table;
    // The same file can be imported once the problem is fixed.
    EXPECT_EQ(save("hash-1", {valid}).reports.size(), 1U);
}

TEST_P(ReportStoreTest, AReportWithoutAnInterventionNameSavesNothing) {
    Report unnamed = quarterly_report(" – ", date(2026, 1, 1), date(2026, 3, 31));

    const auto result = store().save_document(association_id(), source_document("hash-1"),
                                              {full_report(), unnamed});

    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find("report 2"), std::string::npos);
    EXPECT_EQ(row_count(database(), "documents"), 0);
    EXPECT_EQ(row_count(database(), "reports"), 0);
}

TEST_P(ReportStoreTest, ADocumentWithoutReportsIsStillRecorded) {
    const auto saved = save("hash-1", {});

    EXPECT_FALSE(saved.duplicate_document);
    EXPECT_TRUE(saved.reports.empty());
    EXPECT_TRUE(store().has_document("hash-1"));
}

TEST_P(ReportStoreTest, LoadingAnUnknownReportIsNotFound) {
    const auto loaded = store().load_report(4711);

    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, StorageError::Code::NotFound);
}

// A store prepares its statements once and runs them for every document: nothing of one
// document or report may be left in them for the next.
TEST_P(ReportStoreTest, OneStoreSavesManyDocumentsEachWithItsOwnRows) {
    std::vector<Report> reports;
    for (int index = 0; index < 6; ++index) {
        Report report =
            index % 2 == 0 ? full_report()
                           : quarterly_report("Räkna med mig", date(2026, 1, 1), date(2026, 3, 31));
        report.intervention.name += " " + std::to_string(index);
        for (int extra = 0; extra < index; ++extra) {
            report.sections.push_back({"3." + std::to_string(extra), "Övrigt", "Text."});
            report.partners.push_back("Part " + std::to_string(extra));
        }
        if (index == 3)
            report.goals = {{"Mål " + std::to_string(index), 1.5, std::nullopt, std::nullopt}};
        if (index == 4) {
            report.goals.clear();
            report.figures.clear();
            report.warnings.clear();
            report.partners.clear();
        }
        reports.push_back(std::move(report));
    }

    std::vector<SaveResult> saved;
    for (std::size_t index = 0; index < reports.size(); ++index)
        saved.push_back(save("hash-" + std::to_string(index), {reports[index]}));

    for (std::size_t index = 0; index < reports.size(); ++index) {
        SCOPED_TRACE("document " + std::to_string(index));
        ASSERT_EQ(saved[index].reports.size(), 1U);
        EXPECT_EQ(saved[index].reports[0].outcome, SaveOutcome::Created);
        const auto loaded = store().load_report(saved[index].reports[0].report_id);
        ASSERT_TRUE(loaded) << loaded.error().message;
        ASSERT_EQ(loaded->versions.size(), 1U);
        EXPECT_EQ(loaded->versions[0].source.content_hash, "hash-" + std::to_string(index));
        expect_same_report(loaded->versions[0].report, reports[index]);
    }
    const auto interventions = store().list_interventions(association_id());
    ASSERT_TRUE(interventions) << interventions.error().message;
    EXPECT_EQ(interventions->size(), reports.size());
}

// Two importers on one database take turns: each sees what the other committed, and on
// SQLite a statement kept between documents must not hold an old snapshot of the file.
TEST_P(ReportStoreTest, TwoStoresOnOneDatabaseTakeTurns) {
    auto other_database = open_database();
    ReportStore other(other_database, system_clock());
    auto save_with = [this](ReportStore& writer, const std::string& content_hash,
                            const Report& report) {
        auto result =
            writer.save_document(association_id(), source_document(content_hash), {report});
        if (!result)
            throw std::runtime_error("save_document failed: " + result.error().message);
        return *result;
    };
    Report first = full_report();
    Report corrected = full_report();
    corrected.sections[0].text = "Rättad text.";
    Report next_quarter = full_report();
    next_quarter.period = {date(2024, 10, 1), date(2024, 12, 31)};

    const auto created = save_with(store(), "hash-1", first);
    const auto version_two = save_with(other, "hash-2", corrected);
    const auto version_three = save_with(store(), "hash-3", first);
    const auto another_report = save_with(other, "hash-4", next_quarter);

    EXPECT_EQ(created.reports[0].outcome, SaveOutcome::Created);
    EXPECT_EQ(version_two.reports[0].outcome, SaveOutcome::NewVersion);
    EXPECT_EQ(version_two.reports[0].version, 2);
    EXPECT_EQ(version_three.reports[0].outcome, SaveOutcome::NewVersion);
    EXPECT_EQ(version_three.reports[0].version, 3);
    EXPECT_EQ(another_report.reports[0].outcome, SaveOutcome::Created);
    EXPECT_EQ(another_report.reports[0].intervention_id, created.reports[0].intervention_id);
    EXPECT_TRUE(save_with(store(), "hash-4", next_quarter).duplicate_document);
    EXPECT_TRUE(save_with(other, "hash-3", first).duplicate_document);
    EXPECT_EQ(row_count(database(), "documents"), 4);
    EXPECT_EQ(row_count(database(), "report_versions"), 4);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
