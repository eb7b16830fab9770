#include "domain/NameNormalisation.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

TEST(NormaliseInterventionNameTest, LowerCasesSwedishLetters) {
    EXPECT_EQ(normalise_intervention_name("ÅTERSTART ÄLVDALEN ÖST"), "återstart älvdalen öst");
    EXPECT_EQ(normalise_intervention_name("ÉN Väg"), "én väg");
}

TEST(NormaliseInterventionNameTest, IgnoresCaseAndSurroundingSpace) {
    EXPECT_EQ(normalise_intervention_name("Kärnhuset 2.0"),
              normalise_intervention_name("KÄRNHUSET 2.0 "));
}

TEST(NormaliseInterventionNameTest, TreatsEveryDashAlike) {
    const auto hyphen =
        normalise_intervention_name("Lokal individinriktad insats efter Trisam - Hudiksvall");
    EXPECT_EQ(hyphen, "lokal individinriktad insats efter trisam hudiksvall");
    EXPECT_EQ(normalise_intervention_name("Lokal individinriktad insats efter Trisam – Hudiksvall"),
              hyphen);
    EXPECT_EQ(normalise_intervention_name("Lokal individinriktad insats efter Trisam—Hudiksvall"),
              hyphen);
}

TEST(NormaliseInterventionNameTest, FoldsPunctuationAndWhiteSpaceRuns) {
    EXPECT_EQ(normalise_intervention_name("  Räkna\tmed\u00a0mig!  (IPS) "), "räkna med mig ips");
    EXPECT_EQ(normalise_intervention_name("Kärnhuset 2.0"), "kärnhuset 2 0");
}

TEST(NormaliseInterventionNameTest, ComposesDecomposedLetters) {
    // "a" followed by a combining diaeresis, as some PDF converters write "ä".
    EXPECT_EQ(normalise_intervention_name("Ka\u0308rnhuset"), "kärnhuset");
}

TEST(NormaliseInterventionNameTest, EmptyAndPunctuationOnlyNamesBecomeEmpty) {
    EXPECT_EQ(normalise_intervention_name(""), "");
    EXPECT_EQ(normalise_intervention_name(" – . "), "");
}

TEST(NormaliseInterventionNameTest, SurvivesBytesThatAreNotUtf8) {
    EXPECT_EQ(normalise_intervention_name("K\xe4rnhuset"), "k rnhuset");
    EXPECT_EQ(normalise_intervention_name("\xff\xfe"), "");
}

} // namespace
} // namespace finsam
