#include "app/accounts/OwnAccount.h"

#include "AppTestSupport.h"
#include "storage/AuditStore.h"

namespace finsam::testing {
namespace {

using OwnAccountTest = UseCaseTest;

TEST_F(OwnAccountTest, AUserSavesTheirAddressAndTurnsEmailOffAndTheTrailNeverHoldsTheAddress) {
    const auto saved = save_own_account(
        as("agare"),
        posted(FieldMap(std::map<std::string, std::string>{{"email", " anna@exempel.se "}})));

    ASSERT_TRUE(saved) << saved.error().log_message;
    const auto account = own_account(as("agare"));
    ASSERT_TRUE(account);
    EXPECT_EQ(account->mail.email, "anna@exempel.se");
    EXPECT_FALSE(account->mail.notifications);
    const auto trail = *AuditStore(database()).list(association(), 10);
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.front().action, AuditAction::Edit);
    EXPECT_EQ(trail.front().object, AuditObject::User);
    EXPECT_EQ(trail.front().detail, "e-mail address changed, e-mail notifications off");
    for (const auto& event : trail)
        EXPECT_EQ(event.detail.find("anna@"), std::string::npos) << event.detail;
}

TEST_F(OwnAccountTest, WhatIsNotAnAddressIsRefusedAtItsField) {
    for (const std::string typed : {"anna", "anna@exempel", "anna @exempel.se", "<a@b.se>"}) {
        const auto saved = save_own_account(
            as("agare"), posted(FieldMap({{"email", typed}, {"notifications", "1"}})));

        ASSERT_FALSE(saved) << typed;
        EXPECT_EQ(saved.error().code, ErrorCode::Invalid);
        ASSERT_EQ(saved.error().fields.size(), 1u);
        EXPECT_EQ(saved.error().fields[0].field, "email");
    }
    EXPECT_FALSE(own_account(as("agare"))->mail.email);
}

} // namespace
} // namespace finsam::testing
