#include "StorageTestSupport.h"
#include "storage/SurveyAnswerStore.h"
#include "storage/SurveyAnswerValues.h"
#include "storage/SurveyRoundStore.h"

#include <algorithm>
#include <filesystem>

namespace finsam::testing {
namespace {

// A condition on the values makes both backends read the table itself rather than an index
// (whose entries are sorted by insats, survey and week).
constexpr const char* k_keys_in_stored_order =
    "SELECT id FROM survey_answers WHERE answer_values <> ''";

class SurveyStoreTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        m_intervention_id = intervention_named("Insats A");
    }

    std::int64_t intervention_named(const std::string& name) {
        const auto saved =
            save(name, {quarterly_report(name, date(2026, 1, 1), date(2026, 3, 31))});
        return saved.reports.front().intervention_id;
    }

    SurveyRound round_of(std::int64_t intervention_id, const std::string& token,
                         bool requires_code = false) {
        SurveyRound round;
        round.intervention_id = intervention_id;
        round.survey_id = "sjalvskattning";
        round.survey_version = 2;
        round.time_point = SurveyTimePoint::Start;
        round.respondent = RespondentKind::Participant;
        round.token = token;
        round.requires_code = requires_code;
        auto opened = SurveyRoundStore(database()).open_round(association_id(), round);
        if (!opened)
            throw std::runtime_error(opened.error().message);
        return *opened;
    }

    static SurveyAnswer answer_to(const SurveyRound& round, IsoWeek week, int health) {
        SurveyAnswer answer;
        answer.survey_id = round.survey_id;
        answer.intervention_id = round.intervention_id;
        answer.time_point = round.time_point;
        answer.respondent = round.respondent;
        answer.week = week;
        answer.values = {{"halsa", ScaleValue{health}},
                         {"hjalpte", ChoiceValue{{"samtal", "grupp"}}},
                         {"rekommendera", YesNoValue{true}},
                         {"forbattra", TextValue{"Fler träffar"}}};
        return answer;
    }

    SurveyAnswerQuery query_of(std::int64_t intervention_id) const {
        SurveyAnswerQuery query;
        query.association_id = association_id();
        query.intervention_id = intervention_id;
        query.survey_id = "sjalvskattning";
        return query;
    }

    std::int64_t m_intervention_id = 0;
};

TEST_P(SurveyStoreTest, ARoundIsFoundByItsTokenAndClosed) {
    const auto round = round_of(m_intervention_id, "token-a");
    SurveyRoundStore rounds(database());

    const auto found = rounds.find_by_token("token-a");
    const auto closed = rounds.set_open(round.id, false);
    const auto after = rounds.find(round.id);

    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->id, round.id);
    EXPECT_EQ((*found)->association_id, association_id());
    EXPECT_EQ((*found)->survey_version, 2);
    EXPECT_EQ((*found)->time_point, SurveyTimePoint::Start);
    EXPECT_TRUE((*found)->open);
    EXPECT_FALSE(*rounds.find_by_token("token-b"));
    ASSERT_TRUE(closed);
    EXPECT_FALSE((*after)->open);
    EXPECT_EQ(rounds.rounds_of_intervention(m_intervention_id)->size(), 1u);
}

TEST_P(SurveyStoreTest, ARoundIsOnlyOpenedForTheForbundsOwnInsats) {
    const auto other_association = *store().ensure_association("Samordningsförbundet Annat");
    const auto saved = store().save_document(
        other_association, source_document("other"),
        {quarterly_report("Annan insats", date(2026, 1, 1), date(2026, 3, 31))});
    ASSERT_TRUE(saved);
    SurveyRound round;
    round.intervention_id = saved->reports.front().intervention_id;
    round.survey_id = "sjalvskattning";
    round.token = "token-x";

    const auto opened = SurveyRoundStore(database()).open_round(association_id(), round);

    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, StorageError::Code::NotFound);
}

TEST_P(SurveyStoreTest, AnAnswerKeepsItsFieldsAndNothingElse) {
    const auto round = round_of(m_intervention_id, "token-a");
    SurveyAnswerStore answers(database());

    ASSERT_TRUE(answers.submit(round.id, answer_to(round, IsoWeek{2026, 50}, 7), std::nullopt));
    const auto read = answers.answers(query_of(m_intervention_id));

    ASSERT_TRUE(read) << read.error().message;
    ASSERT_EQ(read->size(), 1u);
    EXPECT_EQ(read->front(), answer_to(round, IsoWeek{2026, 50}, 7));
    std::string columns;
    soci::rowset<soci::row> rows = database().session().prepare << "SELECT * FROM survey_answers";
    for (const auto& row : rows) {
        for (std::size_t index = 0; index < row.size(); ++index)
            columns += row.get_properties(index).get_name() + " ";
    }
    EXPECT_EQ(columns, "id intervention_id survey_id time_point respondent week answer_values ");
}

TEST_P(SurveyStoreTest, AClosedRoundOrAnotherInsatsTakesNoAnswer) {
    const auto round = round_of(m_intervention_id, "token-a");
    SurveyAnswerStore answers(database());
    auto elsewhere = answer_to(round, IsoWeek{2026, 50}, 7);
    elsewhere.time_point = SurveyTimePoint::End;

    const auto mismatched = answers.submit(round.id, elsewhere, std::nullopt);
    ASSERT_TRUE(SurveyRoundStore(database()).set_open(round.id, false));
    const auto closed =
        answers.submit(round.id, answer_to(round, IsoWeek{2026, 50}, 7), std::nullopt);

    ASSERT_FALSE(mismatched);
    EXPECT_EQ(mismatched.error().code, StorageError::Code::Stale);
    ASSERT_FALSE(closed);
    EXPECT_EQ(closed.error().code, StorageError::Code::Stale);
    EXPECT_EQ(row_count(database(), "survey_answers"), 0);
}

TEST_P(SurveyStoreTest, ACodeIsSpentOnceAndLeavesNoTrace) {
    const auto round = round_of(m_intervention_id, "token-a", true);
    SurveyRoundStore rounds(database());
    ASSERT_TRUE(rounds.add_codes(round.id, {"hash-1", "hash-2"}));
    SurveyAnswerStore answers(database());
    const auto answer = answer_to(round, IsoWeek{2026, 50}, 7);

    const auto without = answers.submit(round.id, answer, std::nullopt);
    const auto first = answers.submit(round.id, answer, "hash-1");
    const auto again = answers.submit(round.id, answer, "hash-1");
    const auto unknown = answers.submit(round.id, answer, "hash-9");

    ASSERT_FALSE(without);
    EXPECT_EQ(without.error().code, StorageError::Code::NotFound);
    ASSERT_TRUE(first) << first.error().message;
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StorageError::Code::NotFound);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, StorageError::Code::NotFound);
    EXPECT_EQ(row_count(database(), "survey_answers"), 1);
    EXPECT_EQ(*rounds.unspent_codes(round.id), 1);
    int spent_rows = 0;
    database().session() << "SELECT COUNT(*) FROM survey_codes WHERE code_hash = 'hash-1'",
        soci::into(spent_rows);
    EXPECT_EQ(spent_rows, 0);
}

TEST_P(SurveyStoreTest, AnswersAreReadBackInNoOrderOfArrival) {
    const auto round = round_of(m_intervention_id, "token-a");
    SurveyAnswerStore answers(database());
    // Twenty answers in arrival order, told apart by their weeks.
    for (unsigned week = 1; week <= 20; ++week)
        ASSERT_TRUE(
            answers.submit(round.id, answer_to(round, IsoWeek{2026, week}, 5), std::nullopt));

    const auto read = answers.answers(query_of(m_intervention_id));
    std::vector<std::int64_t> stored_keys;
    soci::rowset<std::int64_t> keys = database().session().prepare << k_keys_in_stored_order;
    for (const auto key : keys)
        stored_keys.push_back(key);

    ASSERT_TRUE(read);
    ASSERT_EQ(read->size(), 20u);
    const bool in_arrival_order = std::is_sorted(
        read->begin(), read->end(),
        [](const SurveyAnswer& left, const SurveyAnswer& right) { return left.week < right.week; });
    EXPECT_FALSE(in_arrival_order); // one chance in 20! that random keys come out sorted
    EXPECT_TRUE(std::all_of(stored_keys.begin(), stored_keys.end(),
                            [](std::int64_t key) { return key > 0; }));
    if (GetParam() == DatabaseBackend::Sqlite) {
        EXPECT_TRUE(std::is_sorted(stored_keys.begin(), stored_keys.end()));
    }
}

TEST_P(SurveyStoreTest, ReshufflingLeavesTheAnswersInKeyOrderWithOneTransactionId) {
    const auto round = round_of(m_intervention_id, "token-a");
    SurveyAnswerStore answers(database());
    for (unsigned week = 1; week <= 20; ++week)
        ASSERT_TRUE(
            answers.submit(round.id, answer_to(round, IsoWeek{2026, week}, 5), std::nullopt));
    const auto before = answers.answers(query_of(m_intervention_id));

    ASSERT_TRUE(answers.reshuffle());
    const auto after = answers.answers(query_of(m_intervention_id));

    ASSERT_TRUE(before && after);
    EXPECT_EQ(*before, *after);
    std::vector<std::int64_t> stored_keys;
    soci::rowset<std::int64_t> keys = database().session().prepare << k_keys_in_stored_order;
    for (const auto key : keys)
        stored_keys.push_back(key);
    EXPECT_TRUE(std::is_sorted(stored_keys.begin(), stored_keys.end()));
    if (GetParam() == DatabaseBackend::Postgresql) {
        int transaction_ids = 0;
        database().session() << "SELECT COUNT(DISTINCT xmin::text) FROM survey_answers",
            soci::into(transaction_ids);
        EXPECT_EQ(transaction_ids, 1);
    }
}

TEST_P(SurveyStoreTest, ErasingArrivalTracesLeavesNoOrderAndNoSpentCodeInTheFiles) {
    const auto round = round_of(m_intervention_id, "token-a", true);
    ASSERT_TRUE(SurveyRoundStore(database()).add_codes(round.id, {"hash-1", "hash-2", "hash-3"}));
    SurveyAnswerStore answers(database());
    for (unsigned week = 1; week <= 2; ++week)
        ASSERT_TRUE(answers.submit(round.id, answer_to(round, IsoWeek{2026, week}, 5),
                                   "hash-" + std::to_string(week)));
    const auto before = answers.answers(query_of(m_intervention_id));
    const auto file_of = [&](const std::string& table) {
        std::string file;
        database().session() << "SELECT pg_relation_filenode('" + table + "')::text",
            soci::into(file);
        return file;
    };
    const bool postgresql = GetParam() == DatabaseBackend::Postgresql;
    const std::string codes_file = postgresql ? file_of("survey_codes") : "";
    const std::string answers_file = postgresql ? file_of("survey_answers") : "";

    const auto erased = answers.erase_arrival_traces();
    const auto again = answers.erase_arrival_traces();

    ASSERT_TRUE(erased) << erased.error().message;
    ASSERT_TRUE(again) << again.error().message;
    const auto after = answers.answers(query_of(m_intervention_id));
    ASSERT_TRUE(before && after);
    EXPECT_EQ(*before, *after);
    EXPECT_EQ(*SurveyRoundStore(database()).unspent_codes(round.id), 1);
    if (postgresql) {
        EXPECT_TRUE(*erased);
        EXPECT_FALSE(*again) << "nothing new to rewrite";
        // Written anew: the old files, with the dead row versions, are gone.
        EXPECT_NE(file_of("survey_codes"), codes_file);
        EXPECT_NE(file_of("survey_answers"), answers_file);
        int transaction_ids = 0;
        database().session() << "SELECT COUNT(DISTINCT xmin::text) FROM survey_answers",
            soci::into(transaction_ids);
        EXPECT_EQ(transaction_ids, 1);
    } else {
        EXPECT_FALSE(*erased);
        EXPECT_EQ(std::filesystem::file_size(url() + "-wal"), 0u);
    }
}

TEST_P(SurveyStoreTest, TheQueryChoosesInsatsTimePointsAndWeeks) {
    const auto second_intervention = intervention_named("Insats B");
    const auto start = round_of(m_intervention_id, "token-a");
    auto end_round = start;
    end_round.time_point = SurveyTimePoint::End;
    end_round.token = "token-b";
    end_round = *SurveyRoundStore(database()).open_round(association_id(), end_round);
    const auto other = round_of(second_intervention, "token-c");
    SurveyAnswerStore answers(database());
    ASSERT_TRUE(answers.submit(start.id, answer_to(start, IsoWeek{2025, 52}, 3), std::nullopt));
    ASSERT_TRUE(answers.submit(start.id, answer_to(start, IsoWeek{2026, 2}, 4), std::nullopt));
    ASSERT_TRUE(
        answers.submit(end_round.id, answer_to(end_round, IsoWeek{2026, 20}, 8), std::nullopt));
    ASSERT_TRUE(answers.submit(other.id, answer_to(other, IsoWeek{2026, 2}, 6), std::nullopt));

    auto of_first = query_of(m_intervention_id);
    auto at_start_from_2026 = of_first;
    at_start_from_2026.time_points = {SurveyTimePoint::Start};
    at_start_from_2026.first_week = IsoWeek{2026, 1};
    auto of_forbund = of_first;
    of_forbund.intervention_id.reset();
    of_forbund.last_week = IsoWeek{2026, 10};
    auto other_survey = of_first;
    other_survey.survey_id = "bip";

    EXPECT_EQ(answers.answers(of_first)->size(), 3u);
    const auto chosen = answers.answers(at_start_from_2026);
    ASSERT_EQ(chosen->size(), 1u);
    EXPECT_EQ(std::get<ScaleValue>(chosen->front().values.at("halsa")).value, 4);
    EXPECT_EQ(answers.answers(of_forbund)->size(), 3u);
    EXPECT_TRUE(answers.answers(other_survey)->empty());
}

TEST(SurveyAnswerValuesTest, EveryKindOfValueReadsBack) {
    const std::map<std::string, AnswerValue> values = {{"a", ScaleValue{10}},
                                                       {"b", ChoiceValue{{"x"}}},
                                                       {"c", ChoiceValue{{}}},
                                                       {"d", YesNoValue{false}},
                                                       {"e", TextValue{"\"citat\" och å"}}};

    const auto json = answer_values_json(values);

    EXPECT_EQ(parse_answer_values(json), values);
    EXPECT_FALSE(parse_answer_values("[1]"));
    EXPECT_FALSE(parse_answer_values("{\"a\": [1]}"));
    EXPECT_FALSE(parse_answer_values("{\"a\": 1.5}"));
}

INSTANTIATE_TEST_SUITE_P(Backends, SurveyStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
