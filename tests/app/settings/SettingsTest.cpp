#include "app/settings/Settings.h"

#include "AppTestSupport.h"
#include "storage/UserStore.h"

namespace finsam::testing {
namespace {

using SettingsTest = UseCaseTest;

FieldMap settings_form(const std::string& registry_pattern) {
    return FieldMap({{"name", "Gävleborg"},
                     {"registry_pattern", registry_pattern},
                     {"deadline_days", "15"},
                     {"quarterly_template", "kvartalsrapport"},
                     {"final_template", "slutrapport"},
                     {"revision", "1"}});
}

TEST_F(SettingsTest, APatternWithoutTheCaseIsRefusedAtItsField) {
    const FieldMap form = settings_form("SFG {yy}.{n:02}");

    const auto saved = save_settings(as("kansli"), form.fields());

    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::Invalid);
    ASSERT_EQ(saved.error().fields.size(), 1u);
    EXPECT_EQ(saved.error().fields.front().field, "registry_pattern");
    EXPECT_NE(saved.error().fields.front().message.find("{seq}"), std::string::npos);
    const auto page = settings_overview(as("kansli"));
    ASSERT_TRUE(page);
    EXPECT_EQ(page->settings.registry_pattern, "SFG {yy}-{seq:02}.{n:02}");
}

TEST_F(SettingsTest, TheSmallCountThresholdIsSavedAndReachesTheBoardsPolicy) {
    FieldMap form = settings_form("SFG {yy}-{seq:02}.{n:02}");
    form.set("small_count_threshold", "10");

    ASSERT_TRUE(save_settings(as("kansli"), form.fields()));

    const auto member = UserStore(database(), clock()).find_login("styrelse");
    ASSERT_TRUE(member && *member);
    const User& board_member = (*member)->first;
    EXPECT_EQ(board_member.small_count_threshold, 10);
    EXPECT_TRUE(AccessPolicy(board_member).disclosure().hides(7, Unit::Count));
}

TEST_F(SettingsTest, AThresholdBelowTwoIsRefusedAtItsField) {
    for (const std::string typed : {"1", "0", "fem", "51"}) {
        FieldMap form = settings_form("SFG {yy}-{seq:02}.{n:02}");
        form.set("small_count_threshold", typed);

        const auto saved = save_settings(as("kansli"), form.fields());

        ASSERT_FALSE(saved) << typed;
        ASSERT_EQ(saved.error().fields.size(), 1u) << typed;
        EXPECT_EQ(saved.error().fields.front().field, "small_count_threshold");
    }
    EXPECT_EQ(settings_overview(as("kansli"))->settings.small_count_threshold, 5);
}

} // namespace
} // namespace finsam::testing
