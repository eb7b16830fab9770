#include "ingest/text/InterventionParts.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

std::vector<std::string> names(const std::vector<InterventionPart>& parts) {
    std::vector<std::string> found;
    for (const auto& part : parts)
        found.push_back(part.intervention_name);
    return found;
}

TEST(InterventionParts, BoldInsatsHeadingsUnderAnUpperCaseGroupHeading) {
    const auto lines = layout_lines("VERKSAMHETSBERÄTTELSE 2024\nFörbundet har haft ett bra år "
                                    "med många nya insatser.\n\nINSATSER\n**Kompassen**\n"
                                    "Kompassen har haft 30 deltagare.\nResultat\nSju i arbete.\n"
                                    "**Steget före**\nSteget före har haft 12 deltagare.\n"
                                    "EKONOMI\nFörbundets ekonomi är god.\n");
    const auto parts = split_by_intervention(lines);

    EXPECT_EQ(names(parts), (std::vector<std::string>{"Kompassen", "Steget före"}));
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(lines[parts[0].end - 1].text, "Sju i arbete.") << "its Resultat stays in it";
    EXPECT_EQ(lines[parts[1].end].text, "EKONOMI");
}

TEST(InterventionParts, InsatsHeadingsKnownByTheirLabelsWithoutAGroup) {
    const auto lines = layout_lines("## Kompassen\nProjektägare: Exempeldalens kommun\nText.\n"
                                    "## Om året\nText om året.\n"
                                    "## Steget före\nProjektägare: Region Exempel\nText.\n");
    EXPECT_EQ(names(split_by_intervention(lines)),
              (std::vector<std::string>{"Kompassen", "Steget före"}));
}

TEST(InterventionParts, GroupHeadingsGiveTheKind) {
    const auto lines = layout_lines("1. Individinriktade insatser\n1.1 Kompassen\nText.\n"
                                    "2. Strukturinriktade insatser\n2.1 Forum\nText.\n");
    const auto parts = split_by_intervention(lines);
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0].kind, InterventionKind::Individual);
    EXPECT_EQ(parts[1].kind, InterventionKind::Structural);
}

TEST(InterventionParts, OneInsatsIsNoSplit) {
    const auto lines = layout_lines("## Kompassen\nProjektägare: Exempeldalens kommun\n"
                                    "## Resultat\nText.\n## Om året\nText.\n");
    EXPECT_TRUE(split_by_intervention(lines).empty());
}

} // namespace
} // namespace finsam
