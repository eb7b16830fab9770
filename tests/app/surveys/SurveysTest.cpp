#include "AppTestSupport.h"
#include "app/surveys/OneTimeCodes.h"
#include "app/surveys/SurveyAnswering.h"
#include "app/surveys/SurveyRounds.h"
#include "storage/AuditStore.h"
#include "storage/SurveyAnswerStore.h"

namespace finsam::testing {
namespace {

SurveyDefinition follow_up_survey() {
    SurveyDefinition survey;
    survey.id = "uppfoljning";
    survey.name = "Uppföljning";
    survey.respondents = {RespondentKind::Participant};
    survey.time_points = {SurveyTimePoint::Start, SurveyTimePoint::End};
    const auto text = [](const char* wording) {
        return std::map<RespondentKind, std::string>{{RespondentKind::Participant, wording}};
    };
    survey.questions = {
        {"halsa", QuestionKind::Scale, text("Hur mår du?"), "Dåligt", "Bra", {}, true},
        {"stod",
         QuestionKind::MultipleChoice,
         text("Vilket stöd?"),
         "",
         "",
         {{"samtal", "Samtal"}, {"grupp", "Grupp"}},
         false},
        {"nojd", QuestionKind::YesNo, text("Nöjd?"), "", "", {}, true},
        {"ord", QuestionKind::FreeText, text("Något mer?"), "", "", {}, false},
    };
    return survey;
}

class SurveysTest : public UseCaseTest {
protected:
    void SetUp() override {
        UseCaseTest::SetUp();
        m_catalog = *SurveyCatalog::make({follow_up_survey()});
    }

    SurveyRound open_round(bool codes = false) {
        FieldMap form(
            {{"enkat", "uppfoljning"}, {"tillfalle", "start"}, {"svarande", "participant"}});
        if (codes)
            form.set("engangskoder", "ja");
        auto opened = open_survey_round(as("kansli"), m_catalog, karnhuset(), posted(form));
        EXPECT_TRUE(opened);
        return *opened;
    }

    AppResult<SubmitOutcome> submit(const SurveyRound& round, FieldMap form) {
        return submit_survey_answer(database(), m_catalog, clock(), m_nonces, round.token,
                                    posted(std::move(form)));
    }

    std::vector<SurveyAnswer> stored() {
        SurveyAnswerQuery query;
        query.association_id = association();
        query.survey_id = "uppfoljning";
        return *SurveyAnswerStore(database()).answers(query);
    }

    static FieldMap full_answer() {
        FieldMap form({{"q_halsa", "7"}, {"q_nojd", "ja"}, {"q_ord", "  Bra träffar  "}});
        form.add("q_stod", "samtal");
        form.add("q_stod", "grupp");
        return form;
    }

    SurveyCatalog m_catalog;
    SubmissionNonces m_nonces;
};

TEST_F(SurveysTest, AnAnswerIsStoredWithItsWeekAndNothingOfWhoSentIt) {
    const auto round = open_round();

    const auto outcome = submit(round, full_answer());

    ASSERT_TRUE(outcome) << (outcome ? "" : outcome.error().log_message);
    EXPECT_EQ(*outcome, SubmitOutcome::Stored);
    const auto answers = stored();
    ASSERT_EQ(answers.size(), 1u);
    EXPECT_EQ(answers.front().intervention_id, karnhuset());
    EXPECT_EQ(answers.front().week, (IsoWeek{2024, 41}));
    EXPECT_EQ(answers.front().values.at("halsa"), AnswerValue{ScaleValue{7}});
    EXPECT_EQ(answers.front().values.at("stod"), AnswerValue{(ChoiceValue{{"samtal", "grupp"}})});
    EXPECT_EQ(answers.front().values.at("nojd"), AnswerValue{YesNoValue{true}});
    EXPECT_EQ(answers.front().values.at("ord"), AnswerValue{TextValue{"Bra träffar"}});
    const auto trail = AuditStore(database()).list(association(), 50);
    ASSERT_TRUE(trail);
    for (const auto& event : *trail)
        EXPECT_NE(event.action, AuditAction::Submit) << "an answer is no staff action";
}

TEST_F(SurveysTest, WhatIsNoAnswerToTheQuestionIsRefusedAtItsField) {
    const auto round = open_round();
    FieldMap form({{"q_halsa", "11"}, {"q_ord", "Mitt nummer är 19121212-1212"}});
    form.add("q_stod", "pengar");

    const auto outcome = submit(round, form);

    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, ErrorCode::Invalid);
    std::vector<std::string> fields;
    for (const auto& error : outcome.error().fields)
        fields.push_back(error.field);
    EXPECT_EQ(fields, (Strings{"q_halsa", "q_stod", "q_nojd", "q_ord"}));
    EXPECT_EQ(outcome.error().fields.front().message, "Fråga 1: Välj ett värde från 1 till 10.");
    EXPECT_TRUE(stored().empty());
}

TEST_F(SurveysTest, TheSameFormSentTwiceIsStoredOnce) {
    const auto round = open_round();
    FieldMap form = full_answer();
    form.set(k_nonce_field, SubmissionNonces::issue());

    const auto first = submit(round, form);
    const auto second = submit(round, form);
    form.set(k_nonce_field, SubmissionNonces::issue());
    const auto another = submit(round, form);

    EXPECT_EQ(*first, SubmitOutcome::Stored);
    EXPECT_EQ(*second, SubmitOutcome::AlreadyReceived);
    EXPECT_EQ(*another, SubmitOutcome::Stored);
    EXPECT_EQ(stored().size(), 2u);
}

TEST_F(SurveysTest, AOneTimeCodeIsSpentOnceHoweverItIsTyped) {
    const auto round = open_round(true);
    const auto batch =
        make_one_time_codes(as("agare"), round.id, posted(FieldMap({{"antal", "3"}, {"_", ""}})));
    ASSERT_TRUE(batch);
    ASSERT_EQ(batch->codes.size(), 3u);
    FieldMap without = full_answer();
    FieldMap typed = full_answer();
    typed.set(k_code_field, " " + normalised_one_time_code(batch->codes[0]) + " ");
    std::string lower_case = batch->codes[0];
    for (auto& character : lower_case)
        character = static_cast<char>(std::tolower(static_cast<unsigned char>(character)));
    FieldMap again = full_answer();
    again.set(k_code_field, lower_case);

    const auto missing = submit(round, without);
    const auto first = submit(round, typed);
    const auto second = submit(round, again);

    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().fields.front().field, k_code_field);
    ASSERT_TRUE(first);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Invalid);
    EXPECT_EQ(second.error().fields.front().field, k_code_field);
    EXPECT_EQ(stored().size(), 1u);
    const auto listed = intervention_surveys(as("kansli"), m_catalog, karnhuset());
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->rounds.size(), 1u);
    EXPECT_EQ(listed->rounds.front().unspent_codes, 2);
}

TEST_F(SurveysTest, AnEmptyFormIsToldOfTheMissingCodeWithTheMissingAnswers) {
    const auto round = open_round(true);

    const auto empty = submit(round, FieldMap({{"q_ord", ""}, {"_", ""}}));

    ASSERT_FALSE(empty);
    ASSERT_EQ(empty.error().code, ErrorCode::Invalid);
    std::vector<std::string> fields;
    for (const auto& error : empty.error().fields)
        fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"q_halsa", "q_nojd", k_code_field}));
}

TEST_F(SurveysTest, AClosedRoundTakesNoAnswerUntilItIsOpenedAgain) {
    const auto round = open_round();
    ASSERT_TRUE(set_survey_round_state(as("kansli"), round.id, RoundState::Closed));

    const auto closed = submit(round, full_answer());
    const auto form = survey_to_answer(database(), m_catalog, round.token);
    ASSERT_TRUE(set_survey_round_state(as("kansli"), round.id, RoundState::Open));
    const auto reopened = submit(round, full_answer());

    ASSERT_FALSE(closed);
    EXPECT_EQ(closed.error().code, ErrorCode::SurveyClosed);
    ASSERT_FALSE(form);
    EXPECT_EQ(form.error().code, ErrorCode::SurveyClosed);
    EXPECT_TRUE(reopened);
    EXPECT_EQ(survey_to_answer(database(), m_catalog, "ingen-sadan-lank").error().code,
              ErrorCode::NotFound);
}

TEST_F(SurveysTest, ARoundIsOpenedForASurveyTimePointAndRespondentTheSurveyHas) {
    FieldMap form({{"enkat", "uppfoljning"}, {"tillfalle", "during"}, {"svarande", "caseworker"}});
    FieldMap unknown({{"enkat", "annan"}, {"tillfalle", "start"}, {"svarande", "participant"}});

    const auto refused = open_survey_round(as("kansli"), m_catalog, karnhuset(), posted(form));
    const auto no_survey = open_survey_round(as("kansli"), m_catalog, karnhuset(), posted(unknown));

    ASSERT_FALSE(refused);
    ASSERT_EQ(refused.error().fields.size(), 2u);
    EXPECT_EQ(refused.error().fields[0].field, "tillfalle");
    EXPECT_EQ(refused.error().fields[1].field, "svarande");
    ASSERT_FALSE(no_survey);
    EXPECT_EQ(no_survey.error().fields.front().field, "enkat");
}

TEST_F(SurveysTest, TheBoardRunsNoSurveysAndStaffActionsAreAudited) {
    FieldMap form({{"enkat", "uppfoljning"}, {"tillfalle", "start"}, {"svarande", "participant"}});

    const auto board = open_survey_round(as("styrelse"), m_catalog, karnhuset(), posted(form));
    const auto round = open_round();
    ASSERT_TRUE(set_survey_round_state(as("agare"), round.id, RoundState::Closed));

    ASSERT_FALSE(board);
    EXPECT_EQ(board.error().code, ErrorCode::Forbidden);
    const auto events = *AuditStore(database()).list(association(), 50);
    int survey_events = 0;
    for (const auto& event : events) {
        if (event.object == AuditObject::SurveyRound)
            ++survey_events;
    }
    EXPECT_EQ(survey_events, 2); // opened, closed
}

} // namespace
} // namespace finsam::testing
