#include "domain/ReportStatus.h"

#include "domain/Role.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using enum ReportStatus;
using enum WorkflowAction;

TEST(ReportStatusTest, FollowsTheKanslisWorkflow) {
    EXPECT_EQ(status_after(Draft, Submit), Submitted);
    EXPECT_EQ(status_after(Submitted, Register), Registered);
    EXPECT_EQ(status_after(Registered, Review), Reviewed);
    EXPECT_EQ(status_after(Submitted, Return), Returned);
    EXPECT_EQ(status_after(Registered, Return), Returned);
    EXPECT_EQ(status_after(Returned, Submit), Submitted);
}

TEST(ReportStatusTest, RefusesStepsOutOfOrder) {
    EXPECT_EQ(status_after(Draft, Register), std::nullopt);
    EXPECT_EQ(status_after(Draft, Review), std::nullopt);
    EXPECT_EQ(status_after(Submitted, Submit), std::nullopt);
    EXPECT_EQ(status_after(Submitted, Review), std::nullopt);
    EXPECT_EQ(status_after(Reviewed, Return), std::nullopt);
    EXPECT_EQ(status_after(Registered, Submit), std::nullopt);
    EXPECT_EQ(status_after(Returned, Register), std::nullopt);
}

TEST(ReportStatusTest, NamesRoundTrip) {
    for (const auto status : {Draft, Submitted, Registered, Reviewed, Returned})
        EXPECT_EQ(report_status_from_string(to_string(status)), status);
    for (const auto action : {Submit, Register, Return, Review})
        EXPECT_EQ(workflow_action_from_string(to_string(action)), action);
    for (const auto role : {Role::Admin, Role::Kansli, Role::InterventionOwner, Role::Board})
        EXPECT_EQ(role_from_string(to_string(role)), role);
    EXPECT_EQ(role_from_string("insatsägare"), std::nullopt);
    EXPECT_EQ(report_status_from_string(""), std::nullopt);
}

} // namespace
} // namespace finsam
