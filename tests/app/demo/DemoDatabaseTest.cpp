// `finsam demo`'s data read back from the database, on SQLite and (with
// FINSAM_TEST_POSTGRES_URL) on PostgreSQL.
#include "StorageTestSupport.h"
#include "app/demo/Demo.h"
#include "app/demo/ParticipantFlow.h"
#include "storage/ReportContentHash.h"

#include <chrono>
#include <map>
#include <numeric>
#include <span>

namespace finsam::testing {
namespace {

const Timestamp k_now = at("2026-05-20T12:00:00Z");

class DemoDatabaseTest : public StorageTest {};

/// The stated count of a measure's whole (no category) or of one part; -1 when not stated.
double stated(const std::vector<Figure>& figures, Measure measure, std::string_view category = {}) {
    for (const auto& figure : figures) {
        if (figure.measure == measure && figure.category == category)
            return figure.value;
    }
    return -1;
}

double sum_of_parts(const std::vector<Figure>& figures, Measure measure) {
    double sum = 0;
    for (const auto& figure : figures) {
        if (figure.measure == measure && !figure.category.empty())
            sum += figure.value;
    }
    return sum;
}

template <std::size_t N>
void expect_parts_stated(const std::vector<Figure>& figures, Measure measure,
                         const std::array<std::string_view, N>& codes) {
    for (const auto code : codes)
        EXPECT_GE(stated(figures, measure, code), 0) << to_string(measure) << " " << code;
}

/// Within one report: every split adds up to its whole, and nothing is negative.
void expect_parts_add_up(const Report& report) {
    const auto& figures = report.figures;
    for (const auto& figure : figures) {
        EXPECT_GE(figure.value, 0) << to_string(figure.measure);
        EXPECT_EQ(figure.unit, Unit::Count);
    }
    const double new_total = stated(figures, Measure::ParticipantsNew);
    const double ended = stated(figures, Measure::EndedInPeriod);
    const double current = stated(figures, Measure::ParticipantsCurrent);
    for (const auto measure :
         {Measure::ParticipantsNew, Measure::EndedInPeriod, Measure::ParticipantsCurrent})
        expect_parts_stated(figures, measure, k_demo_genders);
    EXPECT_EQ(sum_of_parts(figures, Measure::ParticipantsNew), new_total);
    EXPECT_EQ(sum_of_parts(figures, Measure::EndedInPeriod), ended);
    EXPECT_EQ(sum_of_parts(figures, Measure::ParticipantsCurrent), current);
    EXPECT_EQ(stated(figures, Measure::ParticipantsTotal),
              current + stated(figures, Measure::ParticipantsEnded));
    EXPECT_LE(stated(figures, Measure::ParticipantsWomen) +
                  stated(figures, Measure::ParticipantsMen),
              stated(figures, Measure::ParticipantsTotal));
    if (report.intervention.kind != InterventionKind::Individual)
        return;
    expect_parts_stated(figures, Measure::EndedByReason, k_demo_end_reasons);
    expect_parts_stated(figures, Measure::IncomeAtStart, k_demo_income_sources);
    expect_parts_stated(figures, Measure::IncomeAtEnd, k_demo_income_sources);
    expect_parts_stated(figures, Measure::ReferredBy, k_demo_referrers);
    expect_parts_stated(figures, Measure::TargetGroup, k_demo_target_groups);
    EXPECT_EQ(sum_of_parts(figures, Measure::EndedByReason), ended);
    EXPECT_EQ(sum_of_parts(figures, Measure::IncomeAtStart), ended);
    EXPECT_EQ(sum_of_parts(figures, Measure::IncomeAtEnd), ended);
    EXPECT_EQ(sum_of_parts(figures, Measure::ReferredBy), new_total);
    // A participant may belong to two target groups, never to none.
    EXPECT_GE(sum_of_parts(figures, Measure::TargetGroup), new_total);
    EXPECT_EQ(stated(figures, Measure::EndedToWorkOrStudies),
              stated(figures, Measure::EndedToWork) + stated(figures, Measure::EndedToStudies));
}

/// From one quarter to the next: the stock moves by exactly the new and the ended, per kön,
/// and the counts since the start grow by the quarter's flows.
void expect_quarter_follows(const std::vector<Figure>& previous, const std::vector<Figure>& next,
                            InterventionKind kind) {
    const auto before = [&](Measure measure, std::string_view category = {}) {
        return previous.empty() ? 0.0 : stated(previous, measure, category);
    };
    for (const auto gender : k_demo_genders) {
        const double active_before = before(Measure::ParticipantsCurrent, gender);
        const double came = stated(next, Measure::ParticipantsNew, gender);
        const double left = stated(next, Measure::EndedInPeriod, gender);
        EXPECT_LE(left, active_before + came) << gender;
        EXPECT_EQ(stated(next, Measure::ParticipantsCurrent, gender), active_before + came - left)
            << gender;
    }
    EXPECT_EQ(stated(next, Measure::ParticipantsTotal),
              before(Measure::ParticipantsTotal) + stated(next, Measure::ParticipantsNew));
    EXPECT_EQ(stated(next, Measure::ParticipantsEnded),
              before(Measure::ParticipantsEnded) + stated(next, Measure::EndedInPeriod));
    EXPECT_EQ(stated(next, Measure::ParticipantsWomen),
              before(Measure::ParticipantsWomen) +
                  stated(next, Measure::ParticipantsNew, "kvinna"));
    if (kind != InterventionKind::Individual)
        return;
    EXPECT_EQ(stated(next, Measure::EndedToWork),
              before(Measure::EndedToWork) + stated(next, Measure::EndedByReason, "arbete"));
    EXPECT_EQ(stated(next, Measure::EndedToStudies),
              before(Measure::EndedToStudies) + stated(next, Measure::EndedByReason, "studier"));
}

/// A slutrapport's period is the whole insats: all who came, all who ended, none left.
void expect_final_closes(const std::vector<Figure>& last_quarter,
                         const std::vector<Figure>& final) {
    EXPECT_EQ(stated(final, Measure::ParticipantsCurrent), 0);
    EXPECT_EQ(stated(final, Measure::ParticipantsNew), stated(final, Measure::ParticipantsTotal));
    EXPECT_EQ(stated(final, Measure::EndedInPeriod), stated(final, Measure::ParticipantsEnded));
    EXPECT_EQ(stated(final, Measure::ParticipantsTotal),
              stated(last_quarter, Measure::ParticipantsTotal));
    EXPECT_EQ(stated(last_quarter, Measure::ParticipantsCurrent), 0);
}

std::vector<std::int64_t> report_ids_in_order(Database& database) {
    std::vector<std::int64_t> ids;
    std::int64_t id = 0;
    soci::statement statement =
        (database.session().prepare << "SELECT id FROM reports ORDER BY intervention_id, "
                                       "period_end, kind, id",
         soci::into(id));
    statement.execute();
    while (statement.fetch())
        ids.push_back(id);
    return ids;
}

std::string stored_content_hash(Database& database, std::int64_t report_id) {
    std::string hash;
    database.session() << "SELECT content_hash FROM report_versions WHERE report_id = :id",
        soci::use(report_id), soci::into(hash);
    return hash;
}

TEST_P(DemoDatabaseTest, TheSmallSetsFiguresAddUpWhenReadBack) {
    auto database = open_database();

    const auto summary =
        create_demo(database, small_demo_scale(k_now), "Samordningsförbundet Demo");

    ASSERT_TRUE(summary) << summary.error().log_message;
    EXPECT_EQ(summary->associations, 1);
    EXPECT_EQ(summary->interventions, 12);
    EXPECT_EQ(row_count(database, "reports"), summary->reports);
    EXPECT_EQ(row_count(database, "report_versions"), summary->reports);
    EXPECT_EQ(row_count(database, "documents"), summary->reports);
    EXPECT_EQ(row_count(database, "report_figures"), summary->figures);
    EXPECT_EQ(row_count(database, "intervention_goals"), 9 * 3 + 3 * 2);
    ReportStore store(database, system_clock());
    std::int64_t intervention_id = 0;
    std::vector<Figure> previous;
    int final_reports = 0;
    for (const auto report_id : report_ids_in_order(database)) {
        const auto stored = store.load_report(report_id);
        ASSERT_TRUE(stored) << stored.error().message;
        ASSERT_EQ(stored->versions.size(), 1u);
        const Report& report = stored->versions.front().report;
        SCOPED_TRACE(report.intervention.name + " " + format_iso_or_empty(report.period.end));
        EXPECT_EQ(stored->versions.front().source.format, SourceFormat::WebForm);
        EXPECT_EQ(stored_content_hash(database, report_id), report_content_hash(report));
        expect_parts_add_up(report);
        if (stored->intervention_id != intervention_id) {
            intervention_id = stored->intervention_id;
            previous.clear();
        }
        if (report.kind == ReportKind::Final) {
            ++final_reports;
            expect_final_closes(previous, report.figures);
            continue;
        }
        expect_quarter_follows(previous, report.figures, report.intervention.kind);
        previous = report.figures;
    }
    EXPECT_GE(final_reports, 2);
}

TEST_P(DemoDatabaseTest, ForbundAreNumberedAndInsatserSpreadEvenly) {
    auto database = open_database();
    DemoScale scale = national_demo_scale();
    scale.association_count = 3;
    scale.intervention_count = 7;
    std::vector<int> progress;

    const auto summary = create_demo(database, scale, "unused",
                                     [&](int written, int) { progress.push_back(written); });

    ASSERT_TRUE(summary) << summary.error().log_message;
    EXPECT_EQ(progress, (std::vector<int>{1, 2, 3}));
    ReportStore store(database, system_clock());
    for (const auto& [name, insatser] :
         std::map<std::string, std::size_t>{{"Samordningsförbundet Demo 01", 3},
                                            {"Samordningsförbundet Demo 02", 2},
                                            {"Samordningsförbundet Demo 03", 2}}) {
        const auto association = store.ensure_association(name);
        ASSERT_TRUE(association);
        const auto interventions = store.list_interventions(*association);
        ASSERT_TRUE(interventions);
        EXPECT_EQ(interventions->size(), insatser) << name;
    }
    EXPECT_EQ(row_count(database, "associations"), 3);
}

TEST_P(DemoDatabaseTest, ADatabaseWithDataIsLeftAlone) {
    auto database = open_database();
    ASSERT_TRUE(ReportStore(database, system_clock()).ensure_association("Ett riktigt förbund"));

    const auto summary =
        create_demo(database, small_demo_scale(k_now), "Samordningsförbundet Demo");

    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.error().code, DemoError::Code::NotEmpty);
    EXPECT_EQ(row_count(database, "associations"), 1);
    EXPECT_EQ(row_count(database, "interventions"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoDatabaseTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
