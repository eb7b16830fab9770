#pragma once

#include "domain/Date.h"
#include "domain/Report.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// Everything the kansli keeps about an insats. Glossary: huvudman/insatsägare = owner,
/// samverkansparter = partners, beviljade/utnyttjade medel = granted/used, mål = goals.
struct InterventionDetails {
    std::int64_t id = 0;
    std::int64_t association_id = 0;
    std::string name;
    std::optional<std::string> owner;
    std::optional<std::string> contact; // contact person as the kansli writes it
    std::optional<std::string> purpose; // syfte
    std::optional<std::string> target_group;
    InterventionKind kind = InterventionKind::Unknown;
    std::optional<Date> period_start;
    std::optional<Date> period_end;
    std::optional<Date> ended_on; // set when the kansli ends the insats
    std::optional<std::int64_t> granted_sek;
    std::optional<std::int64_t> used_sek;
    std::vector<std::string> partners;
    std::vector<Goal> goals;
    /// True when the insats has no goals of its own yet and `goals` are those of its latest
    /// report that states any: a suggestion the form shows until the kansli saves.
    bool goals_from_reports = false;
    std::vector<std::int64_t> owner_user_ids; // insatsägare users bound to it
    int revision = 1;                         // bumped by every edit (stale-form detection)

    /// Active on `day`: not ended, and `day` within its period where the period is known.
    bool is_active_on(Date day) const;
};

/// Insatser as the web application edits them. Every write checks the revision the form was
/// opened with: Code::Stale when someone else saved in between.
class InterventionStore {
public:
    explicit InterventionStore(Database& database) : m_database(database) {}

    tl::expected<std::optional<InterventionDetails>, StorageError> load(std::int64_t id);
    /// The förbund's insatser ordered by name, with partners, goals and users.
    tl::expected<std::vector<InterventionDetails>, StorageError> list(std::int64_t association_id);
    /// Code::Conflict when the förbund has an insats of that (normalised) name.
    tl::expected<std::int64_t, StorageError> create(const InterventionDetails& details);
    /// Saves every field of `details` (goals, partners and users replaced) when the stored
    /// revision is still `details.revision`; returns the new revision.
    tl::expected<int, StorageError> update(const InterventionDetails& details);

private:
    Database& m_database;
};

} // namespace finsam
