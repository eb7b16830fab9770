#include "storage/InterventionStore.h"

#include "StorageTestSupport.h"

namespace finsam::testing {
namespace {

using InterventionStoreTest = StoreTest;

InterventionDetails new_intervention(std::int64_t association_id) {
    InterventionDetails details;
    details.association_id = association_id;
    details.name = "Gröna steget";
    details.owner = "Dalby kommun";
    details.contact = "Lena Ledare";
    details.kind = InterventionKind::Individual;
    details.period_start = date(2024, 1, 1);
    details.period_end = date(2025, 12, 31);
    details.granted_sek = 1'200'000;
    details.partners = {"Arbetsförmedlingen", "Försäkringskassan"};
    details.goals = {
        {"30 % till arbete eller studier", 30, Unit::Percent, Measure::EndedToWorkOrStudies},
        {"Bra samverkan", std::nullopt, std::nullopt, std::nullopt}};
    return details;
}

TEST_P(InterventionStoreTest, CreatedInsatserLoadWithEveryField) {
    InterventionStore interventions(database());

    const auto id = interventions.create(new_intervention(association_id()));
    ASSERT_TRUE(id) << id.error().message;
    const auto loaded = interventions.load(*id);

    ASSERT_TRUE(loaded && *loaded);
    const auto& details = **loaded;
    EXPECT_EQ(details.name, "Gröna steget");
    EXPECT_EQ(details.contact, "Lena Ledare");
    EXPECT_EQ(details.kind, InterventionKind::Individual);
    EXPECT_EQ(details.granted_sek, 1'200'000);
    EXPECT_EQ(details.partners,
              (std::vector<std::string>{"Arbetsförmedlingen", "Försäkringskassan"}));
    ASSERT_EQ(details.goals.size(), 2u);
    EXPECT_EQ(details.goals[0].measure, Measure::EndedToWorkOrStudies);
    EXPECT_EQ(details.goals[1].target, std::nullopt);
    EXPECT_FALSE(details.goals_from_reports);
    EXPECT_EQ(details.revision, 1);
}

TEST_P(InterventionStoreTest, AGoalsSurveyMeasureIsKeptAndReplaced) {
    InterventionStore interventions(database());
    auto details = new_intervention(association_id());
    const SurveyMeasure share{"sjalvskattning", "halsa", SurveyGoalRule::ShareAtOrAbove, 7};
    const SurveyMeasure change{"sjalvskattning", "halsa", SurveyGoalRule::MeanChange};
    const SurveyMeasure yes{"exempeldalen_uppfoljning", "rekommendera",
                            SurveyGoalRule::ShareAtOrAbove};
    details.goals = {{"70 % upplever bättre hälsa", 70, Unit::Percent, std::nullopt, share},
                     {"Hälsan ökar 1,5 steg", 1.5, std::nullopt, std::nullopt, change}};
    const auto id = interventions.create(details);
    ASSERT_TRUE(id) << id.error().message;

    auto loaded = **interventions.load(*id);
    ASSERT_EQ(loaded.goals.size(), 2u);
    EXPECT_EQ(loaded.goals[0].survey, share);
    EXPECT_EQ(loaded.goals[0].measure, std::nullopt);
    EXPECT_EQ(loaded.goals[1].survey, change);
    EXPECT_EQ(loaded.goals[1].target, 1.5);
    EXPECT_EQ(loaded.goals[1].unit, std::nullopt);

    loaded.goals = {{"8 av 10 rekommenderar", 80, Unit::Percent, std::nullopt, yes},
                    {"Bra samverkan", std::nullopt, std::nullopt, std::nullopt}};
    ASSERT_TRUE(interventions.update(loaded));
    const auto again = **interventions.load(*id);
    ASSERT_EQ(again.goals.size(), 2u);
    EXPECT_EQ(again.goals[0].survey, yes);
    EXPECT_EQ(again.goals[0].survey->at_or_above, std::nullopt);
    EXPECT_EQ(again.goals[1].survey, std::nullopt);
}

TEST_P(InterventionStoreTest, ASecondInsatsOfTheSameNameIsAConflict) {
    InterventionStore interventions(database());
    ASSERT_TRUE(interventions.create(new_intervention(association_id())));

    auto same = new_intervention(association_id());
    same.name = "GRÖNA  steget";
    const auto again = interventions.create(same);

    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StorageError::Code::Conflict);
}

TEST_P(InterventionStoreTest, AnEditFromAStaleFormIsRefused) {
    InterventionStore interventions(database());
    const auto id = *interventions.create(new_intervention(association_id()));
    auto first_tab = **interventions.load(id);
    auto second_tab = first_tab;

    first_tab.used_sek = 400'000;
    first_tab.goals.pop_back();
    const auto saved = interventions.update(first_tab);
    second_tab.ended_on = date(2025, 6, 30);
    const auto stale = interventions.update(second_tab);

    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_EQ(*saved, 2);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, StorageError::Code::Stale);
    const auto loaded = **interventions.load(id);
    EXPECT_EQ(loaded.used_sek, 400'000);
    EXPECT_EQ(loaded.ended_on, std::nullopt);
    EXPECT_EQ(loaded.goals.size(), 1u);
}

TEST_P(InterventionStoreTest, GoalsComeFromTheLatestReportUntilTheKansliSetsThem) {
    Report report = quarterly_report("Stegvis", date(2024, 1, 1), date(2024, 3, 31));
    report.goals = {{"45 deltagare", 45, Unit::Count, Measure::ParticipantsTotal}};
    const auto saved = save("h", {report});
    InterventionStore interventions(database());

    auto details = **interventions.load(saved.reports[0].intervention_id);

    ASSERT_EQ(details.goals.size(), 1u);
    EXPECT_TRUE(details.goals_from_reports);
    EXPECT_EQ(details.goals[0].target, 45);
    ASSERT_TRUE(interventions.update(details));
    EXPECT_FALSE((**interventions.load(details.id)).goals_from_reports);
}

TEST_P(InterventionStoreTest, TheListGivesEachInsatsItsOwnPartsInNameOrder) {
    Report report = quarterly_report("Stegvis", date(2024, 1, 1), date(2024, 3, 31));
    report.goals = {{"45 deltagare", 45, Unit::Count, Measure::ParticipantsTotal}};
    const auto saved = save("h", {report});
    const std::int64_t stegvis = saved.reports[0].intervention_id;
    InterventionStore interventions(database());
    const auto groena = *interventions.create(new_intervention(association_id()));
    auto other = new_intervention(association_id());
    other.name = "Aktiv vardag";
    other.partners = {"Region Exempel"};
    other.goals = {{"Totalt 20 deltagare", 20, Unit::Count, Measure::ParticipantsTotal}};
    const auto aktiv = *interventions.create(other);

    const auto listed = interventions.list(association_id());

    ASSERT_TRUE(listed) << listed.error().message;
    ASSERT_EQ(listed->size(), 3u);
    const auto& first = (*listed)[0];
    const auto& second = (*listed)[1];
    const auto& third = (*listed)[2];
    EXPECT_EQ(first.id, aktiv);
    EXPECT_EQ(first.partners, std::vector<std::string>{"Region Exempel"});
    ASSERT_EQ(first.goals.size(), 1u);
    EXPECT_EQ(first.goals[0].text, "Totalt 20 deltagare");
    EXPECT_FALSE(first.goals_from_reports);
    EXPECT_EQ(second.id, groena);
    EXPECT_EQ(second.partners,
              (std::vector<std::string>{"Arbetsförmedlingen", "Försäkringskassan"}));
    EXPECT_EQ(second.goals.size(), 2u);
    EXPECT_EQ(third.id, stegvis);
    ASSERT_EQ(third.goals.size(), 1u);
    EXPECT_EQ(third.goals[0].text, "45 deltagare");
    EXPECT_TRUE(third.goals_from_reports);
}

/// Compares what a listing reads, so that a failure names the field that differs.
void expect_same_listing(const InterventionDetails& actual, const InterventionDetails& expected) {
    EXPECT_EQ(actual.id, expected.id);
    EXPECT_EQ(actual.association_id, expected.association_id);
    EXPECT_EQ(actual.name, expected.name);
    EXPECT_EQ(actual.owner, expected.owner);
    EXPECT_EQ(actual.kind, expected.kind);
    EXPECT_EQ(actual.period_start, expected.period_start);
    EXPECT_EQ(actual.partners, expected.partners);
    EXPECT_EQ(actual.goals, expected.goals);
    EXPECT_EQ(actual.goals_from_reports, expected.goals_from_reports);
    EXPECT_EQ(actual.owner_user_ids, expected.owner_user_ids);
    EXPECT_EQ(actual.revision, expected.revision);
}

TEST_P(InterventionStoreTest, EveryForbundsInsatserAreThoseOfEachForbundsOwnList) {
    const auto stegvis =
        save("h", {quarterly_report("Stegvis", date(2024, 1, 1), date(2024, 3, 31))})
            .reports[0]
            .intervention_id;
    InterventionStore interventions(database());
    const auto groena = *interventions.create(new_intervention(association_id()));
    const auto other = *store().ensure_association("Samordningsförbundet Södra");
    auto of_other = new_intervention(other);
    of_other.name = "Aktiv vardag";
    const auto aktiv = *interventions.create(of_other);

    const auto every = interventions.list_every();

    ASSERT_TRUE(every) << every.error().message;
    ASSERT_EQ(every->size(), 3u);
    const auto ours = *interventions.list(association_id());
    const auto theirs = *interventions.list(other);
    ASSERT_EQ(ours.size(), 2u);
    EXPECT_EQ(ours[0].id, groena);
    EXPECT_EQ(ours[1].id, stegvis);
    expect_same_listing((*every)[0], ours[0]);
    expect_same_listing((*every)[1], ours[1]);
    ASSERT_EQ(theirs.size(), 1u);
    EXPECT_EQ(theirs[0].id, aktiv);
    EXPECT_EQ(theirs[0].partners, of_other.partners);
    expect_same_listing((*every)[2], theirs[0]);
}

INSTANTIATE_TEST_SUITE_P(Backends, InterventionStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
