#include "storage/RedactionStore.h"

#include "storage/Guarded.h"
#include "storage/ReportContentHash.h"
#include "storage/ReportQueries.h"
#include "storage/SearchPassages.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"
#include "storage/VersionLock.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace finsam {

namespace {

std::int64_t version_row_id(soci::session& session, std::int64_t report_id, int version) {
    std::int64_t id = 0;
    session << "SELECT id FROM report_versions WHERE report_id = :report_id AND version = "
               ":version",
        soci::use(report_id), soci::use(version), soci::into(id);
    if (!session.got_data())
        fail_version_not_found(report_id, version);
    return id;
}

/// The positions of a version's rows in a child table, in the order load_report reads them:
/// the n-th is the row that became the n-th element of the loaded list.
std::vector<int> positions_of(soci::session& session, std::string_view table,
                              std::int64_t version_id) {
    int position = 0;
    soci::statement statement =
        (session.prepare << "SELECT position FROM " + std::string(table) +
                                " WHERE version_id = :version_id ORDER BY position",
         soci::use(version_id), soci::into(position));
    statement.execute();
    std::vector<int> positions;
    while (statement.fetch())
        positions.push_back(position);
    return positions;
}

/// Calls `write(position, row)` for each row of a version's list that the redaction changed.
template <typename Row, typename Write>
void write_changed_rows(soci::session& session, std::string_view table, std::int64_t version_id,
                        const std::vector<Row>& before, const std::vector<Row>& after,
                        Write write) {
    std::optional<std::vector<int>> positions;
    for (std::size_t index = 0; index < after.size(); ++index) {
        if (before[index] == after[index])
            continue;
        if (!positions)
            positions = positions_of(session, table, version_id);
        write(positions->at(index), after[index]);
    }
}

/// Writes the texts the redaction changed and the version's new content hash.
void write_redacted(soci::session& session, std::int64_t version_id, const Report& before,
                    const Report& after) {
    const std::string content_hash = report_content_hash(after);
    session << "UPDATE report_versions SET owner = :owner, reporter_name = :reporter_name, "
               "content_hash = :content_hash WHERE id = :id",
        soci::use(after.intervention.owner), soci::use(after.reporter.name),
        soci::use(content_hash), soci::use(version_id);
    write_changed_rows(session, "report_sections", version_id, before.sections, after.sections,
                       [&](int position, const Section& section) {
                           session << "UPDATE report_sections SET title = :title, text = :text "
                                      "WHERE version_id = :version_id AND position = :position",
                               soci::use(section.title), soci::use(section.text),
                               soci::use(version_id), soci::use(position);
                       });
    write_changed_rows(session, "report_goals", version_id, before.goals, after.goals,
                       [&](int position, const Goal& goal) {
                           session << "UPDATE report_goals SET text = :text "
                                      "WHERE version_id = :version_id AND position = :position",
                               soci::use(goal.text), soci::use(version_id), soci::use(position);
                       });
    write_changed_rows(session, "report_figures", version_id, before.figures, after.figures,
                       [&](int position, const Figure& figure) {
                           session << "UPDATE report_figures SET quote = :quote "
                                      "WHERE version_id = :version_id AND position = :position",
                               soci::use(figure.quote), soci::use(version_id), soci::use(position);
                       });
    write_changed_rows(session, "report_warnings", version_id, before.warnings, after.warnings,
                       [&](int position, const Warning& warning) {
                           session << "UPDATE report_warnings SET message = :message "
                                      "WHERE version_id = :version_id AND position = :position",
                               soci::use(warning.message), soci::use(version_id),
                               soci::use(position);
                       });
    write_changed_rows(session, "report_partners", version_id, before.partners, after.partners,
                       [&](int position, const std::string& partner) {
                           session << "UPDATE report_partners SET name = :name "
                                      "WHERE version_id = :version_id AND position = :position",
                               soci::use(partner), soci::use(version_id), soci::use(position);
                       });
}

std::string display_name_of(soci::session& session, std::optional<std::int64_t> user_id) {
    std::optional<std::string> name;
    if (user_id) {
        session << "SELECT display_name FROM users WHERE id = :id", soci::use(*user_id),
            soci::into(name);
    }
    return name.value_or("");
}

} // namespace

tl::expected<RedactionOutcome, StorageError>
RedactionStore::redact(std::int64_t report_id, int version, const Redaction& redaction,
                       RedactionScope scope, std::int64_t user_id) {
    auto& session = m_database.session();
    return guarded("redacting a report version", [&] {
        Transaction transaction(session, m_database.backend());
        lock_report_versions(session, report_id, version);
        const auto stored = read_report(session, report_id);
        if (!stored)
            fail_version_not_found(report_id, version);
        const auto& versions = stored->versions;
        const auto named = std::find_if(versions.begin(), versions.end(),
                                        [&](const auto& each) { return each.version == version; });
        if (named == versions.end())
            fail_version_not_found(report_id, version);

        RedactionOutcome outcome;
        outcome.missing_phrases = redaction.missing_from(named->report);
        if (!outcome.missing_phrases.empty())
            return outcome;

        const Timestamp now = m_clock.now();
        const std::optional<std::int64_t> user =
            user_id > 0 ? std::optional(user_id) : std::nullopt;
        const std::string user_name = display_name_of(session, user);
        for (const auto& stored_version : versions) {
            if (scope == RedactionScope::OneVersion && stored_version.version != version)
                continue;
            Report redacted = stored_version.report;
            const int passages = redaction.apply_to(redacted);
            if (passages == 0)
                continue;
            const std::int64_t version_id =
                version_row_id(session, report_id, stored_version.version);
            write_redacted(session, version_id, stored_version.report, redacted);
            session << "INSERT INTO version_redactions (version_id, at, user_id, passages) "
                       "VALUES (:version_id, :at, :user_id, :passages)",
                soci::use(version_id), soci::use(now), soci::use(user), soci::use(passages);
            outcome.redacted.push_back({stored_version.version, now, user, user_name, passages});
        }
        // What was removed must not be found either.
        if (!outcome.redacted.empty())
            refresh_search_passages(session, m_database.backend(), report_id);
        transaction.commit();
        return outcome;
    });
}

tl::expected<std::vector<VersionRedaction>, StorageError>
RedactionStore::redactions(std::int64_t report_id) {
    auto& session = m_database.session();
    return guarded("listing a report's redactions", [&] {
        VersionRedaction row;
        std::optional<std::string> user_name;
        soci::statement statement =
            (session.prepare << "SELECT v.version, r.at, r.user_id, u.display_name, r.passages "
                                "FROM version_redactions r "
                                "JOIN report_versions v ON v.id = r.version_id "
                                "LEFT JOIN users u ON u.id = r.user_id "
                                "WHERE v.report_id = :report_id ORDER BY r.id",
             soci::use(report_id), soci::into(row.version), soci::into(row.at),
             soci::into(row.user_id), soci::into(user_name), soci::into(row.passages));
        statement.execute();
        std::vector<VersionRedaction> redactions;
        while (statement.fetch()) {
            row.user_name = user_name.value_or("");
            redactions.push_back(row);
        }
        return redactions;
    });
}

} // namespace finsam
