#include "storage/SurveyRoundStore.h"

#include "storage/Guarded.h"
#include "storage/InsertedId.h"
#include "storage/Transaction.h"

#include <stdexcept>

namespace finsam {

namespace {

constexpr const char* k_round_columns =
    "SELECT r.id, i.association_id, r.intervention_id, r.survey_id, r.survey_version, "
    "r.time_point, r.respondent, r.token, r.requires_code, r.is_open "
    "FROM survey_rounds r JOIN interventions i ON i.id = r.intervention_id ";

/// A round's row as read, before its names become enums.
struct RoundRow {
    SurveyRound round;
    std::string time_point;
    std::string respondent;
    int requires_code = 0;
    int is_open = 0;

    void exchange_into(soci::statement& statement) {
        statement.exchange(soci::into(round.id));
        statement.exchange(soci::into(round.association_id));
        statement.exchange(soci::into(round.intervention_id));
        statement.exchange(soci::into(round.survey_id));
        statement.exchange(soci::into(round.survey_version));
        statement.exchange(soci::into(time_point));
        statement.exchange(soci::into(respondent));
        statement.exchange(soci::into(round.token));
        statement.exchange(soci::into(requires_code));
        statement.exchange(soci::into(is_open));
    }

    SurveyRound read() const {
        SurveyRound read_round = round;
        const auto known_time_point = survey_time_point_from_string(time_point);
        const auto known_respondent = respondent_kind_from_string(respondent);
        if (!known_time_point || !known_respondent)
            throw std::runtime_error(
                "a stored survey round has an unknown time point or respondent");
        read_round.time_point = *known_time_point;
        read_round.respondent = *known_respondent;
        read_round.requires_code = requires_code != 0;
        read_round.open = is_open != 0;
        return read_round;
    }
};

template <typename Binding>
std::vector<SurveyRound> read_rounds(soci::session& session, const std::string& condition,
                                     Binding binding) {
    RoundRow row;
    soci::statement statement(session);
    row.exchange_into(statement);
    statement.exchange(binding);
    statement.alloc();
    statement.prepare(k_round_columns + condition);
    statement.define_and_bind();
    statement.execute(false);
    std::vector<SurveyRound> rounds;
    while (statement.fetch())
        rounds.push_back(row.read());
    return rounds;
}

std::optional<SurveyRound> first_of(std::vector<SurveyRound> rounds) {
    if (rounds.empty())
        return std::nullopt;
    return std::move(rounds.front());
}

} // namespace

tl::expected<SurveyRound, StorageError> SurveyRoundStore::open_round(std::int64_t association_id,
                                                                     const SurveyRound& round) {
    auto& session = m_database.session();
    return guarded("opening a survey round", [&] {
        Transaction transaction(session, m_database.backend());
        int known = 0;
        session << "SELECT COUNT(*) FROM interventions WHERE id = :id AND association_id = :a",
            soci::use(round.intervention_id), soci::use(association_id), soci::into(known);
        if (known != 1)
            throw StorageFailure({StorageError::Code::NotFound, "no such insats in the förbund"});
        const std::string time_point(to_string(round.time_point));
        const std::string respondent(to_string(round.respondent));
        const int requires_code = round.requires_code ? 1 : 0;
        const int is_open = round.open ? 1 : 0;
        IdInsert insert(session, m_database.backend(),
                        "INSERT INTO survey_rounds (intervention_id, survey_id, survey_version, "
                        "time_point, respondent, token, requires_code, is_open) VALUES "
                        "(:intervention_id, :survey_id, :survey_version, :time_point, "
                        ":respondent, :token, :requires_code, :is_open)",
                        soci::use(round.intervention_id), soci::use(round.survey_id),
                        soci::use(round.survey_version), soci::use(time_point),
                        soci::use(respondent), soci::use(round.token), soci::use(requires_code),
                        soci::use(is_open));
        SurveyRound stored = round;
        stored.id = insert.execute();
        stored.association_id = association_id;
        transaction.commit();
        return stored;
    });
}

tl::expected<std::optional<SurveyRound>, StorageError>
SurveyRoundStore::find_by_token(const std::string& token) {
    return guarded("finding a survey round", [&] {
        return first_of(
            read_rounds(m_database.session(), "WHERE r.token = :token", soci::use(token)));
    });
}

tl::expected<std::optional<SurveyRound>, StorageError>
SurveyRoundStore::find(std::int64_t round_id) {
    return guarded("finding a survey round", [&] {
        return first_of(read_rounds(m_database.session(), "WHERE r.id = :id", soci::use(round_id)));
    });
}

tl::expected<std::vector<SurveyRound>, StorageError>
SurveyRoundStore::rounds_of_intervention(std::int64_t intervention_id) {
    return guarded("listing survey rounds", [&] {
        return read_rounds(m_database.session(),
                           "WHERE r.intervention_id = :intervention_id ORDER BY r.id DESC",
                           soci::use(intervention_id));
    });
}

tl::expected<void, StorageError> SurveyRoundStore::set_open(std::int64_t round_id, bool open) {
    auto& session = m_database.session();
    return guarded("opening or closing a survey round", [&] {
        const int is_open = open ? 1 : 0;
        soci::statement update = (session.prepare << "UPDATE survey_rounds SET is_open = :open "
                                                     "WHERE id = :id",
                                  soci::use(is_open), soci::use(round_id));
        update.execute(true);
        if (update.get_affected_rows() != 1)
            throw StorageFailure({StorageError::Code::NotFound, "no such survey round"});
    });
}

tl::expected<void, StorageError>
SurveyRoundStore::add_codes(std::int64_t round_id, const std::vector<std::string>& code_hashes) {
    auto& session = m_database.session();
    return guarded("adding one-time codes", [&] {
        Transaction transaction(session, m_database.backend());
        std::string code_hash;
        soci::statement insert = (session.prepare << "INSERT INTO survey_codes (round_id, "
                                                     "code_hash) VALUES (:round_id, :code_hash)",
                                  soci::use(round_id), soci::use(code_hash));
        for (const auto& hash : code_hashes) {
            code_hash = hash;
            insert.execute(true);
        }
        transaction.commit();
    });
}

tl::expected<int, StorageError> SurveyRoundStore::unspent_codes(std::int64_t round_id) {
    return guarded("counting one-time codes", [&] {
        int count = 0;
        m_database.session() << "SELECT COUNT(*) FROM survey_codes WHERE round_id = :round_id",
            soci::use(round_id), soci::into(count);
        return count;
    });
}

} // namespace finsam
