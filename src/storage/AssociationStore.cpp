#include "storage/AssociationStore.h"

#include "domain/NameNormalisation.h"
#include "domain/Text.h"
#include "storage/Guarded.h"
#include "storage/Transaction.h"

#include <string>
#include <vector>

namespace finsam {

namespace {

// Lists are stored one item per line: a party's name never holds a line break.
std::string joined_lines(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) {
        if (!text.empty())
            text += '\n';
        text += item;
    }
    return text;
}

} // namespace

namespace {

constexpr const char* k_settings_columns =
    "SELECT id, name, parties, municipalities, registry_pattern, deadline_days, "
    "quarterly_template, final_template, small_count_threshold, reminders_enabled, reminder_days, "
    "late_notices_enabled, revision FROM associations ";

/// Reads the settings of every row `query` (selecting k_settings_columns) gives.
std::vector<AssociationSettings> read_settings(soci::session& session, const std::string& query,
                                               std::optional<std::int64_t> id) {
    AssociationSettings settings;
    std::string parties;
    std::string municipalities;
    int reminders_enabled = 0;
    int late_notices_enabled = 0;
    soci::statement statement(session);
    if (id)
        statement.exchange(soci::use(*id));
    statement.exchange(soci::into(settings.id));
    statement.exchange(soci::into(settings.name));
    statement.exchange(soci::into(parties));
    statement.exchange(soci::into(municipalities));
    statement.exchange(soci::into(settings.registry_pattern));
    statement.exchange(soci::into(settings.deadline_days));
    statement.exchange(soci::into(settings.quarterly_template));
    statement.exchange(soci::into(settings.final_template));
    statement.exchange(soci::into(settings.small_count_threshold));
    statement.exchange(soci::into(reminders_enabled));
    statement.exchange(soci::into(settings.reminder_days));
    statement.exchange(soci::into(late_notices_enabled));
    statement.exchange(soci::into(settings.revision));
    statement.alloc();
    statement.prepare(query);
    statement.define_and_bind();
    statement.execute();
    std::vector<AssociationSettings> read;
    while (statement.fetch()) {
        AssociationSettings row = settings;
        row.parties = nonempty_lines(parties);
        row.municipalities = nonempty_lines(municipalities);
        row.reminders_enabled = reminders_enabled != 0;
        row.late_notices_enabled = late_notices_enabled != 0;
        read.push_back(std::move(row));
    }
    return read;
}

} // namespace

tl::expected<std::optional<AssociationSettings>, StorageError>
AssociationStore::load(std::int64_t id) {
    auto& session = m_database.session();
    return guarded("loading association settings", [&]() -> std::optional<AssociationSettings> {
        auto read = read_settings(session, std::string(k_settings_columns) + "WHERE id = :id", id);
        if (read.empty())
            return std::nullopt;
        return std::move(read.front());
    });
}

tl::expected<std::vector<AssociationSettings>, StorageError> AssociationStore::list() {
    auto& session = m_database.session();
    return guarded("listing associations", [&] {
        return read_settings(session, std::string(k_settings_columns) + "ORDER BY name, id",
                             std::nullopt);
    });
}

tl::expected<int, StorageError> AssociationStore::update(const AssociationSettings& settings) {
    auto& session = m_database.session();
    const std::string normalised_name = normalise_intervention_name(settings.name);
    if (normalised_name.empty())
        return tl::unexpected(StorageError{StorageError::Code::Query, "the name is empty"});
    return guarded("saving association settings", [&] {
        Transaction transaction(session, m_database.backend());
        const std::string parties = joined_lines(settings.parties);
        const std::string municipalities = joined_lines(settings.municipalities);
        const int next = settings.revision + 1;
        const int reminders_enabled = settings.reminders_enabled ? 1 : 0;
        const int late_notices_enabled = settings.late_notices_enabled ? 1 : 0;
        soci::statement update =
            (session.prepare
                 << "UPDATE associations SET name = :name, normalised_name = :normalised_name, "
                    "parties = :parties, municipalities = :municipalities, registry_pattern = "
                    ":pattern, deadline_days = :deadline_days, quarterly_template = :quarterly, "
                    "final_template = :final, small_count_threshold = :threshold, "
                    "reminders_enabled = "
                    ":reminders, reminder_days = :reminder_days, late_notices_enabled = :late, "
                    "revision = :next "
                    "WHERE id = :id AND revision = :revision",
             soci::use(settings.name), soci::use(normalised_name), soci::use(parties),
             soci::use(municipalities), soci::use(settings.registry_pattern),
             soci::use(settings.deadline_days), soci::use(settings.quarterly_template),
             soci::use(settings.final_template), soci::use(settings.small_count_threshold),
             soci::use(reminders_enabled), soci::use(settings.reminder_days),
             soci::use(late_notices_enabled), soci::use(next), soci::use(settings.id),
             soci::use(settings.revision));
        update.execute(true);
        if (update.get_affected_rows() != 1) {
            throw StorageFailure(StorageError{StorageError::Code::Stale,
                                              "the settings were changed by someone else"});
        }
        transaction.commit();
        return next;
    });
}

} // namespace finsam
