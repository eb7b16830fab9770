#include "ingest/GoalReader.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

TemplateDefinition template_named(const std::string& id) {
    return *load_template(testing::templates_dir() / (id + ".json"));
}

TEST(GoalReader, ReadsMeasurableGoals) {
    auto work_or_studies = measurable_goal("30% av deltagarna har fått arbete/påbörjat studier.");
    EXPECT_EQ(work_or_studies.target, 30);
    EXPECT_EQ(work_or_studies.unit, Unit::Percent);
    EXPECT_EQ(work_or_studies.measure, Measure::EndedToWorkOrStudies);

    auto participants = measurable_goal("Totalt 45 deltagare under projekttiden");
    EXPECT_EQ(participants.target, 45);
    EXPECT_EQ(participants.unit, Unit::Count);
    EXPECT_EQ(participants.measure, Measure::ParticipantsTotal);

    auto in_words = measurable_goal("Tjugo deltagare ska ha fått arbete");
    EXPECT_EQ(in_words.target, 20);
    EXPECT_EQ(in_words.measure, Measure::EndedToWork);

    auto percent_wins = measurable_goal("2 av 12 deltagare eller 15 % går vidare till studier");
    EXPECT_EQ(percent_wins.target, 15);
    EXPECT_EQ(percent_wins.measure, Measure::EndedToStudies);
}

TEST(GoalReader, LeavesWhatIsNotMeasurableOrNotAboutWorkUnmeasured) {
    auto qualitative = measurable_goal("Samverkan mellan parterna har ökat");
    EXPECT_FALSE(qualitative.target);
    EXPECT_FALSE(qualitative.measure);

    auto health = measurable_goal("70% av deltagarna upplever förbättrad hälsa");
    EXPECT_EQ(health.target, 70);
    EXPECT_FALSE(health.measure);

    auto work_training = measurable_goal("50% går vidare till arbetsträning");
    EXPECT_FALSE(work_training.measure);

    auto negated = measurable_goal("Av de som inte närmat sig arbete/studier har 90% en vardag");
    EXPECT_FALSE(negated.measure);
}

TEST(GoalReader, TakesListItemsAndIntroducedParagraphsOfACompiledReport) {
    std::vector<Section> sections{
        {"bakgrund", "Bakgrund", "o Inte ett mål."},
        {"mal", "Mål",
         "Huvudmålet är bättre hälsa hos 70 % av deltagarna.\n\nMer konkret är målet att:\n\n"
         "o 10 deltagare får arbete\no Samverkan ökar"}};
    auto goals = read_goals(sections, template_named("projektredovisning"));
    ASSERT_EQ(goals.size(), 3u);
    EXPECT_EQ(goals[0].text, "Huvudmålet är bättre hälsa hos 70 % av deltagarna.");
    EXPECT_EQ(goals[1].text, "10 deltagare får arbete");
    EXPECT_EQ(goals[1].measure, Measure::EndedToWork);
    EXPECT_EQ(goals[2].text, "Samverkan ökar");
}

TEST(GoalReader, TakesOnlyListItemsOfAQuarterlyReportAndTheGoalBeforeItsStatus) {
    std::vector<Section> sections{
        {"2.4", "Insatsens mål samt delmål",
         "Målet om 50 deltagare nås inte i år.\n\n"
         "- Genomförd implementeringsplan; De aktiviteter som planerades är gjorda.\n"
         "- Presentation för nämnd genomförd; Klart i mars."}};
    auto goals = read_goals(sections, template_named("kvartalsrapport"));
    ASSERT_EQ(goals.size(), 2u);
    EXPECT_EQ(goals[0].text, "Genomförd implementeringsplan");
    EXPECT_EQ(goals[1].text, "Presentation för nämnd genomförd");
}

} // namespace
} // namespace finsam
