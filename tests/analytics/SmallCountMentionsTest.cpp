#include "analytics/SmallCountMentions.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

std::vector<std::string> excerpts(std::string_view text) {
    std::vector<std::string> found;
    for (const auto& mention : small_count_mentions(text, 5))
        found.push_back(mention.excerpt);
    return found;
}

TEST(SmallCountMentionsTest, FindsASmallCountOfPeopleInDigitsOrWords) {
    EXPECT_EQ(excerpts("Under perioden har 3 deltagare fått arbete.").size(), 1u);
    EXPECT_EQ(excerpts("Tre av kvinnorna har börjat studera.").size(), 1u);
    EXPECT_EQ(excerpts("Två unga män avslutade insatsen i mars.").size(), 1u);
    EXPECT_EQ(excerpts("Det gäller 4 av 12 deltagare.").size(), 1u);
}

TEST(SmallCountMentionsTest, FindsACountWhosePeopleGoWithoutSaying) {
    EXPECT_EQ(mask_small_count_mentions(
                  "Två har avslutats: en har börjat på folkhögskola och en har flyttat.", 5),
              "[litet antal] har avslutats: [litet antal] har börjat på folkhögskola och "
              "[litet antal] har flyttat.");
    EXPECT_EQ(mask_small_count_mentions("Elva unga kom och fyra har efteråt sökt arbete.", 5),
              "Elva unga kom och [litet antal] har efteråt sökt arbete.");
    EXPECT_EQ(mask_small_count_mentions("Sex av dem, varav fyra med anställningsstöd.", 5),
              "Sex av dem, varav [litet antal] med anställningsstöd.");
    EXPECT_EQ(mask_small_count_mentions("Av de avslutade har fyra fått arbete.", 5),
              "Av de avslutade har [litet antal] fått arbete.");
    EXPECT_EQ(mask_small_count_mentions("Tre av dem fick praktik.", 5),
              "[litet antal] av dem fick praktik.");
}

TEST(SmallCountMentionsTest, ANumberThatLabelsOrAnArticleIsNoCount) {
    EXPECT_TRUE(excerpts("Under kvartal 2 har verksamheten vuxit.").empty());
    EXPECT_TRUE(excerpts("I steg 3 började gruppen med praktik.").empty());
    EXPECT_TRUE(excerpts("En deltagare berättar att hon har en kontakt på lagret.").empty());
    EXPECT_TRUE(excerpts("Vi har en kontakt och tre projekt i gång.").empty());
    EXPECT_TRUE(excerpts("Sex har avslutats.").empty()) << "not below the threshold";
}

TEST(SmallCountMentionsTest, TheExcerptShowsTheWordsAroundTheCount) {
    const auto found = excerpts("Under perioden har 3 deltagare fått arbete på heltid.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found.front().find("3 deltagare fått arbete"), std::string::npos);
}

TEST(SmallCountMentionsTest, LargeCountsAndCountsOfOtherThingsAreNoMention) {
    EXPECT_TRUE(excerpts("Totalt har 12 deltagare skrivits in.").empty());
    EXPECT_TRUE(excerpts("Gruppen träffas 2 gånger i veckan under 3 månader.").empty());
    EXPECT_TRUE(excerpts("Under 3 månader har 40 deltagare deltagit.").empty());
    EXPECT_TRUE(excerpts("Vi har 0 deltagare på väntelistan.").empty());
}

TEST(SmallCountMentionsTest, TheThresholdDecidesWhatIsSmall) {
    EXPECT_EQ(small_count_mentions("Sex deltagare och 6 kvinnor.", 5).size(), 0u);
    EXPECT_EQ(small_count_mentions("Det var 6 kvinnor.", 10).size(), 1u);
}

TEST(SmallCountMentionsTest, TheBoardReadsSmallCountsMaskedAndTheRestAsWritten) {
    EXPECT_EQ(mask_small_count_mentions("Under perioden har 3 deltagare fått arbete.", 5),
              "Under perioden har [litet antal] deltagare fått arbete.");
    EXPECT_EQ(mask_small_count_mentions("Tre av kvinnorna studerar.\n\nTotalt 12 deltagare.", 5),
              "[litet antal] av kvinnorna studerar.\n\nTotalt 12 deltagare.");
    EXPECT_EQ(mask_small_count_mentions("Fördelning (2 män, 4 kvinnor) i\u00a0maj.", 5),
              "Fördelning ([litet antal] män, [litet antal] kvinnor) i\u00a0maj.");
    const std::string_view unchanged = "Gruppen träffas 2 gånger i veckan med 40 deltagare.";
    EXPECT_EQ(mask_small_count_mentions(unchanged, 5), unchanged);
}

} // namespace
} // namespace finsam
