// `finsam lessons` as the kansli would run it, on an example slutrapport of the repository.
#include "FinsamCommand.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using FinsamCommand = testing::FinsamCommand;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST_F(FinsamCommand, LessonsListThePeriodsLessonsByInsatsAndSearchThem) {
    ASSERT_EQ(run("import '" FINSAM_EXAMPLES_DIR "/slutrapporter/stegvis-slutrapport-2025.txt'")
                  .exit_status,
              0);

    const auto all = run("lessons --period 2025");
    ASSERT_EQ(all.exit_status, 0) << all.err;
    EXPECT_TRUE(contains(all.out, "Stegvis\n"));
    EXPECT_TRUE(
        contains(all.out, "  Framgångsfaktorer (Slutrapport 2023-09-01 – 2025-02-28, #1):"));
    EXPECT_TRUE(contains(all.out, "  Problem i stödsystemet (Slutrapport"));
    EXPECT_TRUE(contains(all.out, "  Lärdomar (Slutrapport"));

    const auto found = run("lessons --period 2025 --sok bostadsbolag --json");
    ASSERT_EQ(found.exit_status, 0) << found.err;
    const auto json = nlohmann::json::parse(found.out);
    ASSERT_EQ(json["insatser"].size(), 1U);
    const auto& headings = json["insatser"][0]["headings"];
    EXPECT_EQ(headings[0]["id"], "framgangsfaktorer");
    ASSERT_EQ(headings[0]["texts"].size(), 1U);
    EXPECT_TRUE(headings[1]["texts"].empty()) << "the system problems do not mention it";
    EXPECT_TRUE(contains(run("lessons --period 2025 --sok bostadsbolag").out, "»bostadsbolag«"));

    EXPECT_TRUE(
        contains(run("lessons --period 2023").out, "Lärdomar (Slutrapport 2023-09-01 – 2025-02-28"))
        << "a slutrapport speaks for every period it covers";
    EXPECT_EQ(run("lessons --period 2019").out, "Periodens rapporter har inga lärdomar ännu.\n");
}

TEST_F(FinsamCommand, LessonsSayWhatIsWrongWithThePeriod) {
    const auto wrong = run("lessons --period förr");

    EXPECT_EQ(wrong.exit_status, 2);
    EXPECT_TRUE(contains(wrong.err, "period: ")) << wrong.err;
}

} // namespace
} // namespace finsam
