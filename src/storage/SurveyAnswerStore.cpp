#include "storage/SurveyAnswerStore.h"

#include "storage/Guarded.h"
#include "storage/SurveyAnswerValues.h"
#include "storage/Transaction.h"

#include <sodium.h>
#include <stdexcept>

namespace finsam {

namespace {

/// A random positive 63-bit key from the operating system's generator: no sequence, so the
/// key says nothing of when the answer came. Two answers drawing the same key (about one in
/// 10^9 at 100,000 answers) make the second fail like any failed write.
std::int64_t random_answer_key() {
    static const bool initialised = sodium_init() >= 0;
    if (!initialised)
        throw std::runtime_error("libsodium cannot be initialised");
    std::uint64_t bits = 0;
    do {
        randombytes_buf(&bits, sizeof bits);
        bits &= 0x7fff'ffff'ffff'ffffULL;
    } while (bits == 0);
    return static_cast<std::int64_t>(bits);
}

/// Whether the round is open and is the one the answer is to; whether it requires a code.
struct RoundCheck {
    bool matches = false;
    bool requires_code = false;
};

RoundCheck check_round(soci::session& session, std::int64_t round_id, const SurveyAnswer& answer) {
    const std::string time_point(to_string(answer.time_point));
    const std::string respondent(to_string(answer.respondent));
    int requires_code = 0;
    session << "SELECT requires_code FROM survey_rounds WHERE id = :id AND is_open = 1 AND "
               "intervention_id = :intervention_id AND survey_id = :survey_id AND "
               "time_point = :time_point AND respondent = :respondent",
        soci::use(round_id), soci::use(answer.intervention_id), soci::use(answer.survey_id),
        soci::use(time_point), soci::use(respondent), soci::into(requires_code);
    return {session.got_data(), requires_code != 0};
}

void spend_code(soci::session& session, std::int64_t round_id,
                const std::optional<std::string>& code_hash) {
    if (!code_hash)
        throw StorageFailure({StorageError::Code::NotFound, "the round requires a code"});
    soci::statement spend = (session.prepare << "DELETE FROM survey_codes WHERE round_id = "
                                                ":round_id AND code_hash = :code_hash",
                             soci::use(round_id), soci::use(*code_hash));
    spend.execute(true);
    if (spend.get_affected_rows() != 1)
        throw StorageFailure({StorageError::Code::NotFound, "no such unspent code"});
}

void insert_answer(soci::session& session, const SurveyAnswer& answer) {
    const std::int64_t key = random_answer_key();
    const std::string time_point(to_string(answer.time_point));
    const std::string respondent(to_string(answer.respondent));
    const std::string week = format_iso_week(answer.week);
    const std::string values = answer_values_json(answer.values);
    session << "INSERT INTO survey_answers (id, intervention_id, survey_id, time_point, "
               "respondent, week, answer_values) VALUES (:id, :intervention_id, :survey_id, "
               ":time_point, :respondent, :week, :answer_values)",
        soci::use(key), soci::use(answer.intervention_id), soci::use(answer.survey_id),
        soci::use(time_point), soci::use(respondent), soci::use(week), soci::use(values);
}

/// The answer's row as read, before its texts become values.
struct AnswerRow {
    SurveyAnswer answer;
    std::string time_point;
    std::string respondent;
    std::string week;
    std::string values;

    SurveyAnswer read() const {
        SurveyAnswer read_answer = answer;
        const auto known_time_point = survey_time_point_from_string(time_point);
        const auto known_respondent = respondent_kind_from_string(respondent);
        const auto known_week = parse_iso_week(week);
        auto known_values = parse_answer_values(values);
        if (!known_time_point || !known_respondent || !known_week || !known_values)
            throw std::runtime_error("a stored survey answer cannot be read");
        read_answer.time_point = *known_time_point;
        read_answer.respondent = *known_respondent;
        read_answer.week = *known_week;
        read_answer.values = std::move(*known_values);
        return read_answer;
    }
};

/// `AND a.time_point IN ('start', …)`; the names are this program's own, never input.
std::string time_point_condition(const std::vector<SurveyTimePoint>& time_points) {
    if (time_points.empty())
        return "";
    std::string condition = " AND a.time_point IN (";
    for (std::size_t index = 0; index < time_points.size(); ++index) {
        condition += index == 0 ? "'" : ", '";
        condition += to_string(time_points[index]);
        condition += "'";
    }
    return condition + ")";
}

} // namespace

tl::expected<void, StorageError>
SurveyAnswerStore::submit(std::int64_t round_id, const SurveyAnswer& answer,
                          const std::optional<std::string>& code_hash) {
    auto& session = m_database.session();
    return guarded("storing a survey answer", [&] {
        Transaction transaction(session, m_database.backend());
        const auto round = check_round(session, round_id, answer);
        if (!round.matches)
            throw StorageFailure({StorageError::Code::Stale, "the survey round is not open"});
        if (round.requires_code)
            spend_code(session, round_id, code_hash);
        insert_answer(session, answer);
        transaction.commit();
    });
}

tl::expected<std::vector<SurveyAnswer>, StorageError>
SurveyAnswerStore::answers(const SurveyAnswerQuery& query) {
    auto& session = m_database.session();
    return guarded("reading survey answers", [&] {
        AnswerRow row;
        const std::string first_week = query.first_week ? format_iso_week(*query.first_week) : "";
        const std::string last_week = query.last_week ? format_iso_week(*query.last_week) : "";
        const std::int64_t intervention_id = query.intervention_id.value_or(0);
        std::string sql = "SELECT a.intervention_id, a.survey_id, a.time_point, a.respondent, "
                          "a.week, a.answer_values FROM survey_answers a JOIN interventions i "
                          "ON i.id = a.intervention_id WHERE i.association_id = :association_id "
                          "AND a.survey_id = :survey_id";
        soci::statement statement(session);
        statement.exchange(soci::into(row.answer.intervention_id));
        statement.exchange(soci::into(row.answer.survey_id));
        statement.exchange(soci::into(row.time_point));
        statement.exchange(soci::into(row.respondent));
        statement.exchange(soci::into(row.week));
        statement.exchange(soci::into(row.values));
        statement.exchange(soci::use(query.association_id));
        statement.exchange(soci::use(query.survey_id));
        if (query.intervention_id) {
            sql += " AND a.intervention_id = :intervention_id";
            statement.exchange(soci::use(intervention_id));
        }
        if (query.first_week) {
            sql += " AND a.week >= :first_week";
            statement.exchange(soci::use(first_week));
        }
        if (query.last_week) {
            sql += " AND a.week <= :last_week";
            statement.exchange(soci::use(last_week));
        }
        sql += time_point_condition(query.time_points) + " ORDER BY a.id";
        statement.alloc();
        statement.prepare(sql);
        statement.define_and_bind();
        statement.execute(false);
        std::vector<SurveyAnswer> answers;
        while (statement.fetch())
            answers.push_back(row.read());
        return answers;
    });
}

tl::expected<void, StorageError> SurveyAnswerStore::reshuffle() {
    if (m_database.backend() != DatabaseBackend::Postgresql)
        return {};
    auto& session = m_database.session();
    return guarded("rewriting the survey answers", [&] {
        Transaction transaction(session, m_database.backend());
        // No answer may arrive between the copy and the delete: it would be deleted uncopied.
        session << "LOCK TABLE survey_answers IN SHARE ROW EXCLUSIVE MODE";
        session << "CREATE TEMPORARY TABLE survey_answers_copy ON COMMIT DROP AS "
                   "SELECT * FROM survey_answers";
        session << "DELETE FROM survey_answers";
        session << "INSERT INTO survey_answers SELECT * FROM survey_answers_copy ORDER BY id";
        transaction.commit();
    });
}

tl::expected<bool, StorageError> SurveyAnswerStore::erase_arrival_traces() {
    auto& session = m_database.session();
    if (m_database.backend() == DatabaseBackend::Sqlite) {
        return guarded("checkpointing the write-ahead log", [&] {
            int busy = 0;
            int log_frames = 0;
            int checkpointed_frames = 0;
            session << "PRAGMA wal_checkpoint(TRUNCATE)", soci::into(busy), soci::into(log_frames),
                soci::into(checkpointed_frames);
            return false;
        });
    }
    auto transaction_ids = guarded("counting the answers' transactions", [&] {
        int count = 0;
        session << "SELECT COUNT(DISTINCT xmin::text) FROM survey_answers", soci::into(count);
        return count;
    });
    if (!transaction_ids)
        return tl::unexpected(transaction_ids.error());
    const bool rewrite = *transaction_ids > 1;
    if (rewrite) {
        if (auto rewritten = reshuffle(); !rewritten)
            return tl::unexpected(rewritten.error());
    }
    return guarded("vacuuming the survey tables", [&] {
        if (rewrite)
            session << "VACUUM FULL survey_answers";
        session << "VACUUM FULL survey_codes";
        return rewrite;
    });
}

} // namespace finsam
