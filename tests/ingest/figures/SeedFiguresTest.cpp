#include "FigureMatchers.h"
#include "TestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::describe;
using testing::values_of;

// The whole of a seed document as one section: no cleaning, headings and page furniture in
// the middle of sentences, as the worst case the extractor meets.
std::optional<std::vector<Figure>> seed_figures(const std::string& prefix) {
    const auto path = testing::seed_file(prefix);
    if (!path)
        return std::nullopt;
    return extract_figures({Section{"all", "", testing::read_file(*path)}});
}

bool contains(const std::vector<double>& values, double value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

std::string missing_seed(const std::string& prefix) {
    return "seed " + prefix + " not found in " FINSAM_SEEDS_DIR;
}

TEST(SeedFigures, QuarterlyReportKarnhuset) {
    const auto read = seed_figures("000");
    if (!read)
        GTEST_SKIP() << missing_seed("000");
    const std::vector<Figure>& figures = *read;
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), (std::vector<double>{39, 39, 39}))
        << describe(figures);
    EXPECT_EQ(values_of(figures, Measure::ParticipantsCurrent), (std::vector<double>{25, 25}));
    EXPECT_EQ(values_of(figures, Measure::ParticipantsEnded), (std::vector<double>{16, 15, 15}));
    EXPECT_EQ(values_of(figures, Measure::EndedToWork), (std::vector<double>{5, 5}));
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{50});
    for (double absent : {2022.0, 2023.0, 2024.0, 1.0, 2.0, 7.0})
        EXPECT_FALSE(testing::has_value(figures, absent)) << absent << "\n" << describe(figures);

    const auto warnings = find_conflicting_figures(figures);
    ASSERT_EQ(warnings.size(), 1U);
    EXPECT_NE(warnings[0].message.find("participants_ended"), std::string::npos);
}

TEST(SeedFigures, QuarterlyReportRaknaMedMig) {
    const auto read = seed_figures("001");
    if (!read)
        GTEST_SKIP() << missing_seed("001");
    const std::vector<Figure>& figures = *read;
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{84})
        << describe(figures);
    EXPECT_FALSE(testing::has_value(figures, 100)) << describe(figures);
    EXPECT_FALSE(testing::has_value(figures, 7)) << "sju personer sökt utbildning\n"
                                                 << describe(figures);
}

TEST(SeedFigures, FinalReportTrisam) {
    const auto read = seed_figures("003");
    if (!read)
        GTEST_SKIP() << missing_seed("003");
    const std::vector<Figure>& figures = *read;
    EXPECT_TRUE(contains(values_of(figures, Measure::ParticipantsTarget), 10)) << describe(figures);
    for (double absent : {75.0, 20.0, 25.0, 100000.0, 96997.0})
        EXPECT_FALSE(testing::has_value(figures, absent)) << absent << "\n" << describe(figures);
    EXPECT_TRUE(values_of(figures, Measure::ParticipantsEnded).empty()) << describe(figures);
}

TEST(SeedFigures, ProjectCompilationCrescoCreare) {
    const auto read = seed_figures("004");
    if (!read)
        GTEST_SKIP() << missing_seed("004");
    const std::vector<Figure>& figures = *read;
    EXPECT_TRUE(contains(values_of(figures, Measure::ParticipantsTotal), 374)) << describe(figures);
    EXPECT_TRUE(contains(values_of(figures, Measure::ParticipantsWomen), 208));
    EXPECT_TRUE(contains(values_of(figures, Measure::ParticipantsMen), 166));
    EXPECT_TRUE(contains(values_of(figures, Measure::ParticipantsEnded), 139));
    EXPECT_TRUE(contains(values_of(figures, Measure::EndedToWork, Unit::Percent), 21));
    EXPECT_TRUE(contains(values_of(figures, Measure::EndedToStudies, Unit::Percent), 5));
    EXPECT_TRUE(contains(values_of(figures, Measure::EndedToWorkOrStudies, Unit::Percent), 26));
    EXPECT_TRUE(contains(values_of(figures, Measure::ParticipantsTotal), 17));
    EXPECT_TRUE(contains(values_of(figures, Measure::ParticipantsCurrent), 5));

    // "13 kommuner", "22-60 år", "10,7 deltagare i snitt", and the goal "30% av deltagarna har
    // fått arbete/påbörjat studier".
    EXPECT_FALSE(contains(values_of(figures, Measure::ParticipantsTotal), 13)) << describe(figures);
    for (double absent : {22.0, 60.0, 10.7, 2022.0, 30.0})
        EXPECT_FALSE(testing::has_value(figures, absent)) << absent << "\n" << describe(figures);
    EXPECT_FALSE(contains(values_of(figures, Measure::EndedToWorkOrStudies, Unit::Percent), 30));
}

} // namespace
} // namespace finsam
