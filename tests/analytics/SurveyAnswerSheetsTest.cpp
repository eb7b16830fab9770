#include "analytics/SurveyAnswerSheets.h"

#include "analytics/SurveyResults.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

SurveyQuestion question(std::string id, QuestionKind kind,
                        std::map<RespondentKind, std::string> texts,
                        std::vector<ChoiceOption> options = {}) {
    SurveyQuestion made;
    made.id = std::move(id);
    made.kind = kind;
    made.texts = std::move(texts);
    made.options = std::move(options);
    return made;
}

SurveyDefinition follow_up() {
    SurveyDefinition survey;
    survey.id = "uppfoljning";
    survey.name = "Uppföljning";
    survey.respondents = {RespondentKind::Participant, RespondentKind::Caseworker};
    survey.questions = {
        question("halsa", QuestionKind::Scale,
                 {{RespondentKind::Participant, "Hur mår du?"},
                  {RespondentKind::Caseworker, "Hur mår deltagaren?"}}),
        question("tro", QuestionKind::Scale, {{RespondentKind::Caseworker, "Tror du på jobb?"}}),
        question("stod", QuestionKind::MultipleChoice,
                 {{RespondentKind::Participant, "Vilket stöd?"}},
                 {{"samtal", "Samtal"}, {"praktik", "Praktik"}}),
        question("hot", QuestionKind::YesNo, {{RespondentKind::Participant, "Hotad?"}}),
        question("ovrigt", QuestionKind::FreeText, {{RespondentKind::Participant, "Mer?"}}),
    };
    return survey;
}

SurveyAnswer answer(std::map<std::string, AnswerValue> values) {
    return SurveyAnswer{"uppfoljning",        7,
                        SurveyTimePoint::End, RespondentKind::Participant,
                        IsoWeek{2024, 20},    std::move(values)};
}

TEST(SurveyAnswerSheetsTest, QuestionsHaveTheParticipantsWordingAndTheirOptions) {
    const std::vector<ResultQuestion> questions = result_questions(follow_up());

    ASSERT_EQ(questions.size(), 5u);
    EXPECT_EQ(questions[0].text, "Hur mår du?");
    EXPECT_EQ(questions[0].options.size(), 10u);
    EXPECT_EQ(questions[0].scale_min, 1);
    EXPECT_EQ(questions[1].text, "Tror du på jobb?"); // asked of the caseworker only
    EXPECT_EQ(questions[2].options, (std::vector<std::string>{"Samtal", "Praktik"}));
    EXPECT_EQ(questions[3].options, (std::vector<std::string>{"Ja", "Nej"}));
    EXPECT_EQ(questions[4].kind, QuestionKind::FreeText);
}

TEST(SurveyAnswerSheetsTest, ValuesBecomeOptionPositions) {
    const SurveyDefinition survey = follow_up();
    const std::vector<AnswerSheet> sheets =
        answer_sheets(survey, {answer({{"halsa", ScaleValue{7}},
                                       {"stod", ChoiceValue{{"praktik", "samtal"}}},
                                       {"hot", YesNoValue{false}},
                                       {"ovrigt", TextValue{"Bra"}},
                                       {"borttagen", ScaleValue{3}}})});

    ASSERT_EQ(sheets.size(), 1u);
    EXPECT_EQ(sheets[0].time, SurveyTimePoint::End);
    const SurveyResults results = compute_survey_results(result_questions(survey), sheets);
    EXPECT_DOUBLE_EQ(*results.questions[0].groups[0].mean.value, 7.0);
    EXPECT_EQ(results.questions[2].groups[0].options[0].count.value, 1);
    EXPECT_EQ(results.questions[2].groups[0].options[1].count.value, 1);
    EXPECT_EQ(results.questions[3].groups[0].options[k_no_option].count.value, 1);
    EXPECT_EQ(results.questions[4].groups[0].texts, (std::vector<std::string>{"Bra"}));
}

TEST(SurveyAnswerSheetsTest, AValueOfTheWrongKindOrAnUnknownCodeCountsForNothing) {
    const SurveyDefinition survey = follow_up();
    const std::vector<AnswerSheet> sheets =
        answer_sheets(survey, {answer({{"halsa", YesNoValue{true}}}),
                               answer({{"stod", ChoiceValue{{"okand"}}}})});

    const SurveyResults results = compute_survey_results(result_questions(survey), sheets);
    EXPECT_EQ(results.questions[0].groups[0].answer_count.value, 0);
    // A multiple choice answered with only an unknown code is an answer choosing nothing.
    EXPECT_EQ(results.questions[2].groups[0].answer_count.value, 1);
    EXPECT_EQ(results.questions[2].groups[0].options[0].count.value, 0);
}

} // namespace
} // namespace finsam
