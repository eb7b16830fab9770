#include "app/InputGuard.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

bool refused(std::string_view text, std::size_t max_bytes = 1'000) {
    return text_problem(text, max_bytes).has_value();
}

TEST(InputGuardTest, OrdinaryTextWithTabsAndLineBreaksMayBeStored) {
    EXPECT_FALSE(refused("Åtta deltagare.\n\tNästa rad, på svenska: åäö ÅÄÖ é ü – ”citat”"));
    EXPECT_FALSE(refused("Windows-rader\r\n"));
}

TEST(InputGuardTest, TextThatIsNotUtf8IsRefused) {
    EXPECT_TRUE(refused("trasig \xC3\x28"));                    // a lead byte without its follower
    EXPECT_TRUE(refused("\xC0\x80"));                           // an overlong NUL
    EXPECT_TRUE(refused("\xED\xA0\x80"));                       // a UTF-16 surrogate
    EXPECT_TRUE(refused("\xF4\x90\x80\x80"));                   // above U+10FFFF
    EXPECT_TRUE(refused("latin-1 \xE5\xE4\xF6"));               // åäö in Latin-1
    EXPECT_TRUE(refused(std::string_view("slut \xE2\x80", 7))); // cut off
}

TEST(InputGuardTest, NulAndOtherControlCharactersAreRefused) {
    EXPECT_TRUE(refused(std::string_view("noll\0byte", 9)));
    EXPECT_TRUE(refused("escape \x1B[31m"));
    EXPECT_TRUE(refused("backsteg \b"));
}

TEST(InputGuardTest, TextLongerThanItsFieldIsRefused) {
    EXPECT_FALSE(refused(std::string(1'000, 'a'), 1'000));
    EXPECT_TRUE(refused(std::string(1'001, 'a'), 1'000));
    EXPECT_EQ(max_field_bytes("section:2.1"), 100'000u);
    EXPECT_EQ(max_field_bytes("purpose"), 10'000u);
    EXPECT_EQ(max_field_bytes("goal_text_3"), 10'000u);
    EXPECT_EQ(max_field_bytes("name"), 1'000u);
}

TEST(InputGuardTest, APersonnummerIsRefusedExceptInAPassword) {
    EXPECT_TRUE(refused("Deltagare 811218-9876"));
    EXPECT_FALSE(text_problem("811218-9876", 1'000, true).has_value());
}

TEST(InputGuardTest, EveryFieldSentIsCheckedAndNamedInItsProblem) {
    FieldMap sent(std::map<std::string, std::string>{
        {"name", "Insats"}, {"owner", "Kommun 811218-9876"}, {"_csrf", "811218-9876"}});
    sent.add("owner_users", "1");
    sent.add("owner_users", std::string("\xFF"));
    const auto problems = sent_field_problems(sent.fields());
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].field, "owner");
    EXPECT_EQ(problems[1].field, "owner_users");
}

TEST(InputGuardTest, ARevisionMustBeAWholeNumberThatFits) {
    std::vector<FieldError> errors;
    const FieldMap seven(std::map<std::string, std::string>{{"revision", "7"}});
    EXPECT_EQ(sent_revision(seven.fields(), 3, errors), 7);
    const FieldMap none;
    EXPECT_EQ(sent_revision(none.fields(), 3, errors), 3);
    EXPECT_TRUE(errors.empty());
    for (const std::string bad : {"4294967297", "-1", "0", "1e3", "7 "}) {
        errors.clear();
        const FieldMap sent(std::map<std::string, std::string>{{"revision", bad}});
        EXPECT_EQ(sent_revision(sent.fields(), 3, errors), 3) << bad;
        EXPECT_EQ(errors.size(), 1u) << bad;
    }
}

} // namespace
} // namespace finsam
