#include "app/interventions/Interventions.h"

#include "AppTestSupport.h"
#include "app/reports/ConfirmFigures.h"
#include "app/reports/ReportWorkflow.h"
#include "storage/ReportStore.h"
#include "storage/UserStore.h"
#include "storage/WorkflowStore.h"

namespace finsam::testing {
namespace {

using InterventionsTest = UseCaseTest;

TEST_F(InterventionsTest, TheBoardSeesNeitherUnreviewedReportsNorTheirFigures) {
    const auto shown = show_intervention(as("styrelse"), karnhuset());

    ASSERT_TRUE(shown);
    EXPECT_TRUE(shown->reports.empty());
    EXPECT_TRUE(shown->timeline.empty());
    EXPECT_FALSE(shown->can_edit);
    EXPECT_FALSE(shown->can_report);
}

TEST_F(InterventionsTest, TheBoardsTimelineHidesSmallCounts) {
    WorkflowStore workflow(database(), system_clock());
    const int revision = (**workflow.state(imported_report())).revision;
    ASSERT_TRUE(act_on_report(as("kansli"), imported_report(), WorkflowAction::Review,
                              {revision, "", "", ""}));
    ASSERT_TRUE(confirm_figures(as("kansli"), imported_report(), 1));

    const auto board = show_intervention(as("styrelse"), karnhuset());
    const auto kansli = show_intervention(as("kansli"), karnhuset());

    ASSERT_TRUE(board && kansli);
    ASSERT_EQ(board->timeline.size(), 2u);
    for (const auto& point : board->timeline) {
        if (point.measure == Measure::ParticipantsEnded) {
            EXPECT_TRUE(point.suppressed);
            EXPECT_EQ(point.value, std::nullopt);
        } else {
            EXPECT_EQ(point.value, 12);
        }
    }
    for (const auto& point : kansli->timeline)
        EXPECT_FALSE(point.suppressed);
}

TEST_F(InterventionsTest, TheBoardsTimelineLeavesOutFiguresTheKansliHasNotConfirmed) {
    WorkflowStore workflow(database(), system_clock());
    const int revision = (**workflow.state(imported_report())).revision;
    ASSERT_TRUE(act_on_report(as("kansli"), imported_report(), WorkflowAction::Review,
                              {revision, "", "", ""}));

    const auto board = show_intervention(as("styrelse"), karnhuset());

    ASSERT_TRUE(board);
    for (const auto& point : board->timeline)
        EXPECT_EQ(point.value, std::nullopt) << to_string(point.measure);
}

TEST_F(InterventionsTest, OnlyTheKansliSavesAnInsats) {
    const FieldMap form(std::map<std::string, std::string>{{"name", "Ny insats"}});
    const auto refused = save_intervention(as("agare"), surveys(), std::nullopt, form.fields());
    const auto saved = save_intervention(as("kansli"), surveys(), std::nullopt, form.fields());

    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_EQ(saved->name, "Ny insats");
}

TEST_F(InterventionsTest, AnEditWithoutItsRevisionIsInvalid) {
    const FieldMap form(std::map<std::string, std::string>{{"name", "Kärnhuset 2.0"}});
    const auto refused = save_intervention(as("kansli"), surveys(), karnhuset(), form.fields());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_EQ(refused.error().fields.front().field, "revision");
}

// Another förbund's insatsägare, a user of another role, an id of no user and one that is no
// number are all refused at the field, before anything is bound.
TEST_F(InterventionsTest, OnlyTheForbundsOwnInsatsagareAreBound) {
    const auto other = *ReportStore(database(), clock()).ensure_association("Annat förbund");
    const auto foreign =
        *UserStore(database(), clock())
             .add({other, "annan", "Anders Annan", Role::InterventionOwner, "hash", {}});
    for (const std::string& owner :
         Strings{std::to_string(foreign), std::to_string(user("kansli").id), "999999", "x"}) {
        FieldMap form(std::map<std::string, std::string>{{"name", "Ny insats " + owner}});
        form.add("owner_user_ids", owner);

        const auto refused =
            save_intervention(as("kansli"), surveys(), std::nullopt, form.fields());

        ASSERT_FALSE(refused) << owner;
        EXPECT_EQ(refused.error().code, ErrorCode::Invalid) << owner;
        ASSERT_EQ(refused.error().fields.size(), 1u) << owner;
        EXPECT_EQ(refused.error().fields.front().field, "owner_user_ids") << owner;
    }
    const auto listed = list_interventions(as("kansli"));
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->size(), 1u);
}

TEST_F(InterventionsTest, TheForbundsInsatsagareIsBound) {
    FieldMap form(std::map<std::string, std::string>{{"name", "Ny insats"}});
    form.add("owner_user_ids", std::to_string(user("agare").id));

    const auto saved = save_intervention(as("kansli"), surveys(), std::nullopt, form.fields());

    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_EQ(saved->owner_user_ids, std::vector<std::int64_t>{user("agare").id});
}

/// The real surveys and the förbund's own follow-up survey, answered at the end only: a
/// single choice, a yes/no question and free text.
SurveyCatalog surveys_with_own(const SurveyCatalog& real) {
    SurveyDefinition own;
    own.id = "uppfoljning";
    own.name = "Uppföljning";
    own.association = "Gävleborg";
    own.respondents = {RespondentKind::Participant};
    own.time_points = {SurveyTimePoint::End};
    const auto text = [](const char* wording) {
        return std::map<RespondentKind, std::string>{{RespondentKind::Participant, wording}};
    };
    own.questions = {
        {"helhet", QuestionKind::SingleChoice, text("Helheten?"), "", "", {{"bra", "Bra"}}, true},
        {"rekommendera", QuestionKind::YesNo, text("Rekommenderar du den?"), "", "", {}, true},
        {"forbattra", QuestionKind::FreeText, text("Vad kan bli bättre?"), "", "", {}, false},
    };
    std::vector<SurveyDefinition> all = real.all();
    all.push_back(std::move(own));
    return *SurveyCatalog::make(std::move(all));
}

/// The insats form of a new insats with one goal measured by a survey: the fields given, over
/// "70 % mår bättre" measured by the share answering 7 or more to Självskattning's health
/// question at the end.
FieldMap survey_goal_form(const std::map<std::string, std::string>& changes = {}) {
    std::map<std::string, std::string> fields{{"name", "Må bra"},
                                              {"goal_text_0", "70 % mår bättre"},
                                              {"goal_target_0", "70"},
                                              {"goal_unit_0", "count"},
                                              {"goal_measure_0", "participants_total"},
                                              {"goal_survey_0", "sjalvskattning"},
                                              {"goal_question_0", "halsa"},
                                              {"goal_rule_0", "share_at_or_above"},
                                              {"goal_at_or_above_0", "7"}};
    for (const auto& [field, value] : changes)
        fields[field] = value;
    return FieldMap(fields);
}

TEST_F(InterventionsTest, TheKansliMeasuresAGoalByASurvey) {
    const FieldMap form = survey_goal_form();

    const auto saved = save_intervention(as("kansli"), surveys(), std::nullopt, form.fields());

    ASSERT_TRUE(saved) << saved.error().log_message;
    ASSERT_EQ(saved->goals.size(), 1u);
    const Goal& goal = saved->goals.front();
    EXPECT_EQ(goal.survey,
              (SurveyMeasure{"sjalvskattning", "halsa", SurveyGoalRule::ShareAtOrAbove, 7}));
    EXPECT_EQ(goal.target, 70);
    EXPECT_EQ(goal.unit, Unit::Percent); // a share, whatever unit the form had selected
    EXPECT_EQ(goal.measure, std::nullopt);
}

TEST_F(InterventionsTest, AChangeInStepsAndAYesNoShareAreMeasuresToo) {
    const FieldMap change = survey_goal_form(
        {{"goal_rule_0", "mean_change"}, {"goal_target_0", "1,5"}, {"goal_at_or_above_0", ""}});
    const FieldMap yes = survey_goal_form({{"name", "Rekommenderas"},
                                           {"goal_survey_0", "uppfoljning"},
                                           {"goal_question_0", "rekommendera"},
                                           {"goal_at_or_above_0", "7"}});

    const auto by_change =
        save_intervention(as("kansli"), surveys(), std::nullopt, change.fields());
    const SurveyCatalog with_own = surveys_with_own(surveys());
    const auto by_yes = save_intervention(as("kansli"), with_own, std::nullopt, yes.fields());

    ASSERT_TRUE(by_change) << by_change.error().log_message;
    EXPECT_EQ(by_change->goals.front().survey->rule, SurveyGoalRule::MeanChange);
    EXPECT_EQ(by_change->goals.front().survey->at_or_above, std::nullopt);
    EXPECT_EQ(by_change->goals.front().target, 1.5);
    EXPECT_EQ(by_change->goals.front().unit, std::nullopt);
    ASSERT_TRUE(by_yes) << by_yes.error().log_message;
    EXPECT_EQ(by_yes->goals.front().survey->question_id, "rekommendera");
    EXPECT_EQ(by_yes->goals.front().survey->at_or_above, std::nullopt); // ja counts
}

TEST_F(InterventionsTest, NeitherTheInsatsagareNorTheBoardSetsASurveyMeasure) {
    const FieldMap form = survey_goal_form();
    for (const std::string username : {"agare", "styrelse"}) {
        const auto refused =
            save_intervention(as(username), surveys(), std::nullopt, form.fields());
        ASSERT_FALSE(refused) << username;
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << username;
    }
}

TEST_F(InterventionsTest, AWrongSurveyMeasureIsRefusedAtItsField) {
    const std::vector<std::pair<std::map<std::string, std::string>, std::string>> wrong{
        {{{"goal_survey_0", "finns_inte"}}, "goal_survey_0"},
        {{{"goal_survey_0", "exempeldalen_uppfoljning"}, {"goal_question_0", "rekommendera"}},
         "goal_survey_0"}, // another förbund's own
        {{{"goal_question_0", "finns_inte"}}, "goal_question_0"},
        {{{"goal_survey_0", "uppfoljning"}, {"goal_question_0", "forbattra"}},
         "goal_question_0"}, // free text
        {{{"goal_survey_0", "uppfoljning"}, {"goal_question_0", "helhet"}},
         "goal_question_0"}, // a single choice
        {{{"goal_survey_0", "bip"}, {"goal_question_0", "arbetsformaga"}},
         "goal_question_0"}, // the caseworker's only
        {{{"goal_survey_0", "valdsscreening"}, {"goal_question_0", "slagen_skadad"}},
         "goal_rule_0"}, // asked at the start only
        {{{"goal_survey_0", "uppfoljning"},
          {"goal_question_0", "rekommendera"},
          {"goal_rule_0", "mean_change"}},
         "goal_rule_0"},
        {{{"goal_rule_0", "snittet"}}, "goal_rule_0"},
        {{{"goal_at_or_above_0", "11"}}, "goal_at_or_above_0"},
        {{{"goal_target_0", "120"}}, "goal_target_0"},
        {{{"goal_target_0", ""}}, "goal_target_0"},
        {{{"goal_rule_0", "mean_change"}, {"goal_target_0", "12"}}, "goal_target_0"},
        {{{"goal_text_0", ""}}, "goal_text_0"},
    };
    const SurveyCatalog with_own = surveys_with_own(surveys());
    for (const auto& [changes, field] : wrong) {
        const FieldMap form = survey_goal_form(changes);

        const auto refused = save_intervention(as("kansli"), with_own, std::nullopt, form.fields());

        ASSERT_FALSE(refused) << field;
        EXPECT_EQ(refused.error().code, ErrorCode::Invalid) << field;
        ASSERT_EQ(refused.error().fields.size(), 1u) << field;
        EXPECT_EQ(refused.error().fields.front().field, field);
        EXPECT_FALSE(refused.error().fields.front().message.empty());
    }
}

TEST_F(InterventionsTest, TheFormOffersTheForbundsSurveysAndShowsWhatWasPosted) {
    const FieldMap posted = survey_goal_form({{"goal_question_0", "finns_inte"}});
    const FieldSource fields = posted.fields();

    const auto form = intervention_form(as("kansli"), surveys(), std::nullopt, &fields);

    ASSERT_TRUE(form) << form.error().log_message;
    EXPECT_FALSE(form->surveys.empty());
    ASSERT_EQ(form->details.goals.size(), 1u);
    EXPECT_EQ(form->details.goals.front().survey->question_id, "finns_inte");
}

} // namespace
} // namespace finsam::testing
