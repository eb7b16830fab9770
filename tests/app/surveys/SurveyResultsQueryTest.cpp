#include "app/surveys/SurveyResultsQuery.h"

#include "AppTestSupport.h"
#include "storage/SurveyAnswerStore.h"
#include "storage/SurveyRoundStore.h"

#include <gtest/gtest.h>
#include <map>

namespace finsam {
namespace {

using testing::date;

// The clock stands at 2024-10-08: the first half of 2024 has ended, the second has not.
class SurveyResultsQueryTest : public testing::UseCaseTest {
protected:
    void SetUp() override {
        UseCaseTest::SetUp();
        auto catalog = load_survey_catalog(surveys_folder(testing::templates_dir()));
        ASSERT_TRUE(catalog) << catalog.error().reason;
        m_catalog = std::move(*catalog);
    }

    /// The round of a time point, opened the first time it is asked for: an answer must match
    /// its round.
    std::int64_t round_of(SurveyTimePoint time_point) {
        if (const auto found = m_rounds.find(time_point); found != m_rounds.end())
            return found->second;
        SurveyRound round;
        round.intervention_id = karnhuset();
        round.survey_id = "sjalvskattning";
        round.time_point = time_point;
        round.token = "token-" + std::string(to_string(time_point));
        auto opened = SurveyRoundStore(database()).open_round(association(), round);
        EXPECT_TRUE(opened) << opened.error().message;
        return m_rounds[time_point] = opened ? opened->id : 0;
    }

    /// Answers the health question with each value, in the week given.
    void answer_health(SurveyTimePoint time_point, IsoWeek week,
                       std::initializer_list<int> values) {
        SurveyAnswerStore answers(database());
        for (const int value : values) {
            SurveyAnswer answer{"sjalvskattning",
                                karnhuset(),
                                time_point,
                                RespondentKind::Participant,
                                week,
                                {{"halsa", ScaleValue{value}}}};
            ASSERT_TRUE(answers.submit(round_of(time_point), answer, std::nullopt));
        }
    }

    AppResult<SurveyResultsPage> results_for(const std::string& user, const std::string& period,
                                             const std::string& survey = "sjalvskattning") {
        return survey_results_page(
            as(user), m_catalog,
            SurveyResultsRequest{karnhuset(), survey, *parse_period_selection(period)});
    }

    SurveyCatalog m_catalog;
    std::map<SurveyTimePoint, std::int64_t> m_rounds;
};

const GroupResult& health_start(const SurveyResultsPage& page) {
    return page.shown.results.questions.at(0).groups.at(0);
}

TEST_F(SurveyResultsQueryTest, TheKansliSeesTheWholePeriodWithSmallGroupsMarked) {
    answer_health(SurveyTimePoint::Start, IsoWeek{2024, 10}, {5, 5, 5, 5, 5, 6, 6, 6, 6, 6});
    answer_health(SurveyTimePoint::Start, IsoWeek{2024, 40}, {2, 3});

    const auto page = results_for("kansli", "2024");

    ASSERT_TRUE(page) << static_cast<int>(page.error().code);
    EXPECT_EQ(page->survey_name, "Självskattning");
    EXPECT_EQ(page->intervention_name, "Kärnhuset 2.0");
    EXPECT_TRUE(page->kansli_copy);
    EXPECT_EQ(page->shown.scope, SurveyResultsScope::WholePeriod);
    EXPECT_EQ(health_start(*page).answer_count.value, 12);
    EXPECT_DOUBLE_EQ(*health_start(*page).mean.value, 60.0 / 12);
    EXPECT_TRUE(health_start(*page).options[1].count.marked); // the single 2
}

TEST_F(SurveyResultsQueryTest, TheBoardSeesOnlyEndedHalfYears) {
    answer_health(SurveyTimePoint::Start, IsoWeek{2024, 10}, {5, 5, 5, 5, 5, 6, 6, 6, 6, 6});
    answer_health(SurveyTimePoint::Start, IsoWeek{2024, 40}, {2, 3});

    for (const std::string user : {"styrelse", "agare"}) {
        const auto page = results_for(user, "2024");

        ASSERT_TRUE(page);
        EXPECT_FALSE(page->kansli_copy);
        EXPECT_EQ(page->shown.scope, SurveyResultsScope::EndedHalfYears);
        ASSERT_EQ(page->shown.periods.size(), 1u);
        EXPECT_EQ(page->shown.periods[0], (Period{date(2024, 1, 1), date(2024, 6, 30)}));
        EXPECT_EQ(health_start(*page).answer_count.value, 10); // the autumn's 2 not yet
        EXPECT_DOUBLE_EQ(*health_start(*page).mean.value, 5.5);
    }
}

TEST_F(SurveyResultsQueryTest, TheBoardSeesNothingOfAQuarterOrOfAHalfYearNotEnded) {
    answer_health(SurveyTimePoint::Start, IsoWeek{2024, 10}, {5, 5, 5, 5, 5, 6, 6, 6, 6, 6});

    for (const std::string period : {"2024Q1", "2024H2"}) {
        const auto page = results_for("styrelse", period);
        ASSERT_TRUE(page);
        EXPECT_EQ(page->shown.scope, SurveyResultsScope::NothingToShow);
        EXPECT_TRUE(page->shown.results.questions.empty());
    }
}

TEST_F(SurveyResultsQueryTest, ASmallGroupIsHiddenFromTheBoard) {
    answer_health(SurveyTimePoint::End, IsoWeek{2024, 20}, {7, 8, 8});

    const auto page = results_for("styrelse", "2024H1");

    ASSERT_TRUE(page);
    const GroupResult& end = page->shown.results.questions.at(0).groups.at(0);
    EXPECT_TRUE(end.answer_count.hidden);
    EXPECT_FALSE(end.mean.value);
}

TEST_F(SurveyResultsQueryTest, WithoutASurveyAskedForThePageShowsThatOfTheNewestRound) {
    const auto before_any_round = results_for("kansli", "2024", "");
    round_of(SurveyTimePoint::Start);
    const auto after_a_round = results_for("kansli", "2024", "");

    ASSERT_TRUE(before_any_round && after_a_round);
    ASSERT_FALSE(before_any_round->surveys.empty());
    EXPECT_EQ(before_any_round->survey_id, before_any_round->surveys.front().id)
        << "the förbund's first";
    EXPECT_NE(before_any_round->survey_id, "sjalvskattning") << "or the test shows nothing";
    EXPECT_EQ(after_a_round->survey_id, "sjalvskattning");
}

TEST_F(SurveyResultsQueryTest, AnUnknownSurveyIsNotFound) {
    const auto page = results_for("kansli", "2024", "finns-inte");
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace finsam
