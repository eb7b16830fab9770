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
    const auto refused = save_intervention(as("agare"), std::nullopt, form.fields());
    const auto saved = save_intervention(as("kansli"), std::nullopt, form.fields());

    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_EQ(saved->name, "Ny insats");
}

TEST_F(InterventionsTest, AnEditWithoutItsRevisionIsInvalid) {
    const FieldMap form(std::map<std::string, std::string>{{"name", "Kärnhuset 2.0"}});
    const auto refused = save_intervention(as("kansli"), karnhuset(), form.fields());
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

        const auto refused = save_intervention(as("kansli"), std::nullopt, form.fields());

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

    const auto saved = save_intervention(as("kansli"), std::nullopt, form.fields());

    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_EQ(saved->owner_user_ids, std::vector<std::int64_t>{user("agare").id});
}

} // namespace
} // namespace finsam::testing
