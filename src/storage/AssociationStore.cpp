#include "storage/AssociationStore.h"

#include "domain/NameNormalisation.h"
#include "domain/Text.h"
#include "storage/Guarded.h"
#include "storage/Transaction.h"

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

tl::expected<std::optional<AssociationSettings>, StorageError>
AssociationStore::load(std::int64_t id) {
    auto& session = m_database.session();
    return guarded("loading association settings", [&]() -> std::optional<AssociationSettings> {
        AssociationSettings settings;
        std::string parties;
        std::string municipalities;
        session << "SELECT id, name, parties, municipalities, registry_pattern, deadline_days, "
                   "quarterly_template, final_template, small_count_threshold, revision FROM "
                   "associations WHERE id = :id",
            soci::use(id), soci::into(settings.id), soci::into(settings.name), soci::into(parties),
            soci::into(municipalities), soci::into(settings.registry_pattern),
            soci::into(settings.deadline_days), soci::into(settings.quarterly_template),
            soci::into(settings.final_template), soci::into(settings.small_count_threshold),
            soci::into(settings.revision);
        if (!session.got_data())
            return std::nullopt;
        settings.parties = nonempty_lines(parties);
        settings.municipalities = nonempty_lines(municipalities);
        return settings;
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
        soci::statement update =
            (session.prepare
                 << "UPDATE associations SET name = :name, normalised_name = :normalised_name, "
                    "parties = :parties, municipalities = :municipalities, registry_pattern = "
                    ":pattern, deadline_days = :deadline_days, quarterly_template = :quarterly, "
                    "final_template = :final, small_count_threshold = :threshold, revision = :next "
                    "WHERE id = :id AND revision = :revision",
             soci::use(settings.name), soci::use(normalised_name), soci::use(parties),
             soci::use(municipalities), soci::use(settings.registry_pattern),
             soci::use(settings.deadline_days), soci::use(settings.quarterly_template),
             soci::use(settings.final_template), soci::use(settings.small_count_threshold),
             soci::use(next), soci::use(settings.id), soci::use(settings.revision));
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
