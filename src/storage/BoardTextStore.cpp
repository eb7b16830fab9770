#include "storage/BoardTextStore.h"

#include "storage/Guarded.h"
#include "storage/SociConversions.h"

namespace finsam {

tl::expected<void, StorageError> BoardTextStore::save(std::int64_t intervention_id,
                                                      const std::string& period,
                                                      const std::string& heading,
                                                      const std::string& text,
                                                      std::optional<std::int64_t> user_id) {
    auto& session = m_database.session();
    return guarded("saving a text of the board report", [&] {
        const Timestamp now = m_clock.now();
        session << "INSERT INTO board_texts (intervention_id, period, heading, text, edited_at, "
                   "user_id) VALUES (:intervention_id, :period, :heading, :text, :edited_at, "
                   ":user_id) ON CONFLICT (intervention_id, period, heading) DO UPDATE SET "
                   "text = excluded.text, edited_at = excluded.edited_at, "
                   "user_id = excluded.user_id",
            soci::use(intervention_id), soci::use(period), soci::use(heading), soci::use(text),
            soci::use(now), soci::use(user_id);
    });
}

tl::expected<std::vector<BoardText>, StorageError>
BoardTextStore::texts(std::int64_t association_id, const std::string& period) {
    auto& session = m_database.session();
    return guarded("reading the texts of the board report", [&] {
        std::vector<BoardText> texts;
        BoardText row;
        std::optional<std::string> user_name;
        soci::statement statement =
            (session.prepare << "SELECT t.intervention_id, t.heading, t.text, t.edited_at, "
                                "t.user_id, u.display_name FROM board_texts t "
                                "JOIN interventions i ON i.id = t.intervention_id "
                                "LEFT JOIN users u ON u.id = t.user_id "
                                "WHERE i.association_id = :association_id AND t.period = :period "
                                "ORDER BY t.intervention_id, t.heading",
             soci::use(association_id), soci::use(period), soci::into(row.intervention_id),
             soci::into(row.heading), soci::into(row.text), soci::into(row.edited_at),
             soci::into(row.user_id), soci::into(user_name));
        statement.execute();
        while (statement.fetch()) {
            row.user_name = user_name.value_or("");
            texts.push_back(row);
        }
        return texts;
    });
}

tl::expected<void, StorageError>
BoardTextStore::choose_source(std::int64_t intervention_id, const std::string& period,
                              std::optional<std::int64_t> report_id,
                              std::optional<std::int64_t> user_id) {
    auto& session = m_database.session();
    return guarded("choosing the report of a board report's text", [&] {
        if (!report_id) {
            session << "DELETE FROM board_sources WHERE intervention_id = :intervention_id "
                       "AND period = :period",
                soci::use(intervention_id), soci::use(period);
            return;
        }
        const Timestamp now = m_clock.now();
        session << "INSERT INTO board_sources (intervention_id, period, report_id, chosen_at, "
                   "user_id) VALUES (:intervention_id, :period, :report_id, :chosen_at, "
                   ":user_id) ON CONFLICT (intervention_id, period) DO UPDATE SET "
                   "report_id = excluded.report_id, chosen_at = excluded.chosen_at, "
                   "user_id = excluded.user_id",
            soci::use(intervention_id), soci::use(period), soci::use(*report_id), soci::use(now),
            soci::use(user_id);
    });
}

tl::expected<std::map<std::int64_t, std::int64_t>, StorageError>
BoardTextStore::sources(std::int64_t association_id, const std::string& period) {
    auto& session = m_database.session();
    return guarded("reading the reports of the board report's texts", [&] {
        std::map<std::int64_t, std::int64_t> chosen;
        std::int64_t intervention_id = 0;
        std::int64_t report_id = 0;
        soci::statement statement =
            (session.prepare << "SELECT s.intervention_id, s.report_id FROM board_sources s "
                                "JOIN interventions i ON i.id = s.intervention_id "
                                "WHERE i.association_id = :association_id AND s.period = :period",
             soci::use(association_id), soci::use(period), soci::into(intervention_id),
             soci::into(report_id));
        statement.execute();
        while (statement.fetch())
            chosen[intervention_id] = report_id;
        return chosen;
    });
}

} // namespace finsam
