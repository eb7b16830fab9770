#include "storage/FigureConfirmationStore.h"

#include "storage/Guarded.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"
#include "storage/VersionLock.h"

#include <string>

namespace finsam {

namespace {

int latest_version(soci::session& session, std::int64_t report_id) {
    int latest = 0;
    session << "SELECT COALESCE(MAX(version), 0) FROM report_versions WHERE report_id = :id",
        soci::use(report_id), soci::into(latest);
    return latest;
}

/// The version's row id and the format of the document it came from.
std::pair<std::int64_t, std::string> version_source(soci::session& session, std::int64_t report_id,
                                                    int version) {
    std::int64_t version_id = 0;
    std::string format;
    session << "SELECT v.id, d.format FROM report_versions v "
               "JOIN documents d ON d.id = v.document_id "
               "WHERE v.report_id = :report_id AND v.version = :version",
        soci::use(report_id), soci::use(version), soci::into(version_id), soci::into(format);
    if (!session.got_data())
        fail_version_not_found(report_id, version);
    return {version_id, format};
}

FigureConfirmation read_confirmation(soci::session& session, std::int64_t version_id, int version) {
    FigureConfirmation confirmation;
    confirmation.version = version;
    std::optional<std::string> user_name;
    session << "SELECT c.at, c.user_id, u.display_name FROM figure_confirmations c "
               "LEFT JOIN users u ON u.id = c.user_id WHERE c.version_id = :version_id",
        soci::use(version_id), soci::into(confirmation.at), soci::into(confirmation.user_id),
        soci::into(user_name);
    confirmation.user_name = user_name.value_or("");
    return confirmation;
}

} // namespace

tl::expected<ConfirmationOutcome, StorageError>
FigureConfirmationStore::confirm(std::int64_t report_id, int version,
                                 std::optional<std::int64_t> user_id) {
    auto& session = m_database.session();
    return guarded("confirming a version's figures", [&] {
        Transaction transaction(session, m_database.backend());
        lock_report_versions(session, report_id, version);
        const auto [version_id, format] = version_source(session, report_id, version);
        ConfirmationOutcome outcome;
        if (version != latest_version(session, report_id)) {
            outcome.result = ConfirmationResult::NotLatest;
            return outcome;
        }
        if (source_format_from_string(format) == SourceFormat::WebForm) {
            outcome.result = ConfirmationResult::TypedInForm;
            return outcome;
        }
        const Timestamp now = m_clock.now();
        // The first confirmation stands; a second click or a second kansli changes nothing.
        soci::statement insert =
            (session.prepare << "INSERT INTO figure_confirmations (version_id, at, user_id) "
                                "VALUES (:version_id, :at, :user_id) "
                                "ON CONFLICT (version_id) DO NOTHING",
             soci::use(version_id), soci::use(now), soci::use(user_id));
        insert.execute(true);
        outcome.result = insert.get_affected_rows() == 1 ? ConfirmationResult::Confirmed
                                                         : ConfirmationResult::AlreadyConfirmed;
        outcome.confirmation = read_confirmation(session, version_id, version);
        transaction.commit();
        return outcome;
    });
}

tl::expected<std::vector<FigureConfirmation>, StorageError>
FigureConfirmationStore::confirmations(std::int64_t report_id) {
    auto& session = m_database.session();
    return guarded("listing a report's figure confirmations", [&] {
        FigureConfirmation row;
        std::optional<std::string> user_name;
        soci::statement statement =
            (session.prepare << "SELECT v.version, c.at, c.user_id, u.display_name "
                                "FROM figure_confirmations c "
                                "JOIN report_versions v ON v.id = c.version_id "
                                "LEFT JOIN users u ON u.id = c.user_id "
                                "WHERE v.report_id = :report_id ORDER BY v.version",
             soci::use(report_id), soci::into(row.version), soci::into(row.at),
             soci::into(row.user_id), soci::into(user_name));
        statement.execute();
        std::vector<FigureConfirmation> confirmations;
        while (statement.fetch()) {
            row.user_name = user_name.value_or("");
            confirmations.push_back(row);
        }
        return confirmations;
    });
}

} // namespace finsam
