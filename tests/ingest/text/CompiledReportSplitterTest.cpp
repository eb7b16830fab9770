#include "ingest/text/CompiledReportSplitter.h"

#include "TextFixtures.h"
#include "ingest/text/CleanLines.h"
#include "ingest/text/TemplateRecognizer.h"

namespace finsam {
namespace {

using testing::template_named;

std::vector<ReportPart> parts_of(std::string_view text) {
    auto definition = template_named("projektredovisning");
    return split_compiled_report(clean_lines(text, definition.boilerplate), definition);
}

TEST(CompiledReportSplitter, SplitsByOwnerLabelAndFollowsGroupHeadings) {
    auto text = " Individinriktade insatser \n\nFörsta insatsen \n\nProjektägare/ansvarig part \n"
                "Exempelby kommun \n\nPeriod \n220101-220831 \n\nBakgrund \nText ett.\n"
                " Andra insatsen \n\nProjektägare/ansvarig part \nFörsäkringskassan \n\n"
                "Strukturinriktade insatser \n\nTredje insatsen \n\nProjektägare/ansvarig part \n"
                "Region Exempel \n";
    auto parts = parts_of(text);
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].intervention_name, "Första insatsen");
    EXPECT_EQ(parts[0].kind, InterventionKind::Individual);
    EXPECT_EQ(parts[1].intervention_name, "Andra insatsen");
    EXPECT_EQ(parts[1].kind, InterventionKind::Individual);
    EXPECT_EQ(parts[2].intervention_name, "Tredje insatsen");
    EXPECT_EQ(parts[2].kind, InterventionKind::Structural);
    // The group heading belongs to no part's text.
    for (const auto& line : parts[1].lines)
        EXPECT_EQ(line.find("Strukturinriktade"), std::string::npos);
}

TEST(CompiledReportSplitter, DropsTheTailOfAnInsatsWhenTheFileStartsMidway) {
    auto text = "mer text om en tidigare insats.\n\nAnalys \nSlutsatser.\n\n"
                "Nästa insats \n\nProjektägare/ansvarig part \nExempelby kommun \n";
    auto parts = parts_of(text);
    ASSERT_EQ(parts.size(), 1u);
    EXPECT_EQ(parts[0].intervention_name, "Nästa insats");
    EXPECT_EQ(parts[0].kind, InterventionKind::Unknown);
}

TEST(TemplateRecognizer, PicksTheTemplateWithMostPhrases) {
    std::vector<TemplateDefinition> templates{template_named("kvartalsrapport"),
                                              template_named("slutrapport"),
                                              template_named("projektredovisning")};
    auto pick = [&](std::vector<std::string> lines) {
        const auto* found = recognise_template(lines, templates);
        return found ? found->id : std::string("none");
    };
    EXPECT_EQ(pick({"Kvartalsrapport", "Kvartalsrapporten gäller för perioden",
                    "OBS! Vid insatsens slut ska mall för slutrapport användas."}),
              "kvartalsrapport");
    EXPECT_EQ(pick({"Slutrapport", "Insatstid – åååå-mm-dd", "Utnyttjade medel"}), "slutrapport");
    EXPECT_EQ(pick({"Promise", "Projektägare/ansvarig part", "Hjo kommun"}), "projektredovisning");
    EXPECT_EQ(pick({"Inköpslista", "mjölk", "bröd"}), "none");
}

} // namespace
} // namespace finsam
