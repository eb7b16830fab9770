#include "storage/InterventionStore.h"

#include "domain/NameNormalisation.h"
#include "storage/Guarded.h"
#include "storage/InsertedId.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"

#include <map>
#include <stdexcept>

namespace finsam {

namespace {

constexpr const char* k_select_intervention =
    "SELECT i.id, i.association_id, i.name, i.owner, i.contact, i.purpose, i.target_group, "
    "i.kind, i.period_start, i.period_end, i.ended_on, i.granted_sek, i.used_sek, i.revision "
    "FROM interventions i";

/// The columns of k_select_intervention.
struct InterventionRow {
    InterventionDetails details;
    std::optional<std::string> kind;

    void bind(soci::statement& statement) {
        auto& d = details;
        statement.exchange(soci::into(d.id));
        statement.exchange(soci::into(d.association_id));
        statement.exchange(soci::into(d.name));
        statement.exchange(soci::into(d.owner));
        statement.exchange(soci::into(d.contact));
        statement.exchange(soci::into(d.purpose));
        statement.exchange(soci::into(d.target_group));
        statement.exchange(soci::into(kind));
        statement.exchange(soci::into(d.period_start));
        statement.exchange(soci::into(d.period_end));
        statement.exchange(soci::into(d.ended_on));
        statement.exchange(soci::into(d.granted_sek));
        statement.exchange(soci::into(d.used_sek));
        statement.exchange(soci::into(d.revision));
    }

    InterventionDetails read() const {
        InterventionDetails result = details;
        result.kind = intervention_kind_from_string(kind.value_or(""));
        return result;
    }
};

/// Which insatser a read is for: one by its id, every one of a förbund, or every one.
enum class Selection { One, OfAssociation, Every };

/// The condition on `interventions i` that picks the selection, with `:key` its id (for
/// Every, 0: ids start at 1, so every insats has a larger one).
std::string where(Selection selection) {
    switch (selection) {
    case Selection::One:
        return " WHERE i.id = :key";
    case Selection::OfAssociation:
        return " WHERE i.association_id = :key";
    case Selection::Every:
        break;
    }
    return " WHERE i.id > :key";
}

/// The insatser read so far, by id, for their parts to be dealt out to.
using ById = std::map<std::int64_t, InterventionDetails*>;

/// A goal's columns as stored: (text, target, unit, measure) and its survey measure's
/// (survey_id, survey_question, survey_rule, survey_at_or_above), empty for a report's goal.
struct GoalColumns {
    std::string text;
    std::optional<double> target;
    std::optional<std::string> unit;
    std::optional<std::string> measure;
    std::optional<std::string> survey_id;
    std::optional<std::string> survey_question;
    std::optional<std::string> survey_rule;
    std::optional<int> survey_at_or_above;

    Goal read() const {
        Goal goal{text, target, std::nullopt, std::nullopt};
        if (unit && !(goal.unit = unit_from_string(*unit)))
            throw std::runtime_error("a stored goal has an unknown unit");
        if (measure && !(goal.measure = measure_from_string(*measure)))
            throw std::runtime_error("a stored goal has an unknown measure");
        if (survey_id) {
            const auto rule = survey_goal_rule_from_string(survey_rule.value_or(""));
            if (!rule || !survey_question)
                throw std::runtime_error("a stored goal has an incomplete survey measure");
            goal.survey = SurveyMeasure{*survey_id, *survey_question, *rule, survey_at_or_above};
        }
        return goal;
    }
};

/// Runs a query of (intervention id, GoalColumns) rows and appends each goal to its insats's
/// goals.
void read_goals(soci::session& session, const std::string& query, std::int64_t key, ById& by_id) {
    std::int64_t intervention_id = 0;
    GoalColumns row;
    soci::statement statement =
        (session.prepare << query, soci::use(key), soci::into(intervention_id),
         soci::into(row.text), soci::into(row.target), soci::into(row.unit),
         soci::into(row.measure), soci::into(row.survey_id), soci::into(row.survey_question),
         soci::into(row.survey_rule), soci::into(row.survey_at_or_above));
    statement.execute();
    while (statement.fetch()) {
        if (const auto found = by_id.find(intervention_id); found != by_id.end())
            found->second->goals.push_back(row.read());
    }
}

/// The insatser's own goals, or, for one without, those of its latest report version that
/// states any: a suggestion until the kansli saves goals of its own.
void read_goals_of(soci::session& session, Selection selection, std::int64_t key, ById& by_id) {
    read_goals(session,
               "SELECT g.intervention_id, g.text, g.target, g.unit, g.measure, g.survey_id, "
               "g.survey_question, g.survey_rule, g.survey_at_or_above FROM "
               "intervention_goals g JOIN interventions i ON i.id = g.intervention_id" +
                   where(selection) + " ORDER BY g.intervention_id, g.position",
               key, by_id);
    ById without_goals;
    for (const auto& [id, details] : by_id) {
        if (details->goals.empty())
            without_goals.emplace(id, details);
    }
    if (without_goals.empty())
        return;
    // The latest version with goals of each insats: by period, then version.
    read_goals(session,
               "SELECT latest.intervention_id, g.text, g.target, g.unit, g.measure, "
               "CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT), "
               "CAST(NULL AS INTEGER) FROM ("
               "SELECT r.intervention_id, v.id AS version_id, ROW_NUMBER() OVER ("
               "PARTITION BY r.intervention_id ORDER BY r.period_key DESC, v.version DESC) "
               "AS newest FROM report_versions v JOIN reports r ON r.id = v.report_id "
               "JOIN interventions i ON i.id = r.intervention_id" +
                   where(selection) +
                   " AND EXISTS (SELECT 1 FROM report_goals x WHERE x.version_id = v.id)"
                   ") latest JOIN report_goals g ON g.version_id = latest.version_id "
                   "WHERE latest.newest = 1 ORDER BY latest.intervention_id, g.position",
               key, without_goals);
    for (auto& [id, details] : without_goals)
        details->goals_from_reports = !details->goals.empty();
}

void read_partners(soci::session& session, Selection selection, std::int64_t key, ById& by_id) {
    std::int64_t intervention_id = 0;
    std::string partner;
    soci::statement statement =
        (session.prepare << "SELECT p.intervention_id, p.name FROM intervention_partners p "
                            "JOIN interventions i ON i.id = p.intervention_id" +
                                where(selection) + " ORDER BY p.intervention_id, p.id",
         soci::use(key), soci::into(intervention_id), soci::into(partner));
    statement.execute();
    while (statement.fetch()) {
        if (const auto found = by_id.find(intervention_id); found != by_id.end())
            found->second->partners.push_back(partner);
    }
}

void read_owner_users(soci::session& session, Selection selection, std::int64_t key, ById& by_id) {
    std::int64_t intervention_id = 0;
    std::int64_t user_id = 0;
    soci::statement statement =
        (session.prepare << "SELECT b.intervention_id, b.user_id FROM user_interventions b "
                            "JOIN interventions i ON i.id = b.intervention_id" +
                                where(selection) + " ORDER BY b.intervention_id, b.user_id",
         soci::use(key), soci::into(intervention_id), soci::into(user_id));
    statement.execute();
    while (statement.fetch()) {
        if (const auto found = by_id.find(intervention_id); found != by_id.end())
            found->second->owner_user_ids.push_back(user_id);
    }
}

/// The selected insatser ordered by förbund, then name, each with its partners, goals and users:
/// one query for the insatser and one for each kind of part, however many insatser there are.
std::vector<InterventionDetails> select_interventions(soci::session& session, Selection selection,
                                                      std::int64_t key) {
    InterventionRow row;
    soci::statement statement(session);
    statement.exchange(soci::use(key));
    row.bind(statement);
    statement.alloc();
    statement.prepare(k_select_intervention + where(selection) +
                      " ORDER BY i.association_id, i.normalised_name, i.id");
    statement.define_and_bind();
    statement.execute();
    std::vector<InterventionDetails> result;
    while (statement.fetch())
        result.push_back(row.read());
    if (result.empty())
        return result;
    ById by_id;
    for (auto& details : result)
        by_id.emplace(details.id, &details);
    read_partners(session, selection, key, by_id);
    read_owner_users(session, selection, key, by_id);
    read_goals_of(session, selection, key, by_id);
    return result;
}

bool name_taken(soci::session& session, const InterventionDetails& details,
                const std::string& normalised_name) {
    int count = 0;
    session << "SELECT COUNT(*) FROM interventions WHERE association_id = :association_id "
               "AND normalised_name = :normalised_name AND id <> :id",
        soci::use(details.association_id), soci::use(normalised_name), soci::use(details.id),
        soci::into(count);
    return count > 0;
}

void replace_parts(soci::session& session, const InterventionDetails& details) {
    const std::int64_t id = details.id;
    session << "DELETE FROM intervention_goals WHERE intervention_id = :id", soci::use(id);
    int position = 0;
    for (const auto& goal : details.goals) {
        const std::optional<std::string> unit =
            goal.unit ? std::optional<std::string>(to_string(*goal.unit)) : std::nullopt;
        const std::optional<std::string> measure =
            goal.measure ? std::optional<std::string>(to_string(*goal.measure)) : std::nullopt;
        const auto& survey = goal.survey;
        const std::optional<std::string> survey_id =
            survey ? std::optional(survey->survey_id) : std::nullopt;
        const std::optional<std::string> survey_question =
            survey ? std::optional(survey->question_id) : std::nullopt;
        const std::optional<std::string> survey_rule =
            survey ? std::optional<std::string>(to_string(survey->rule)) : std::nullopt;
        const std::optional<int> survey_at_or_above = survey ? survey->at_or_above : std::nullopt;
        ++position;
        session << "INSERT INTO intervention_goals (intervention_id, position, text, target, "
                   "unit, measure, survey_id, survey_question, survey_rule, survey_at_or_above) "
                   "VALUES (:id, :position, :text, :target, :unit, :measure, :survey_id, "
                   ":survey_question, :survey_rule, :survey_at_or_above)",
            soci::use(id), soci::use(position), soci::use(goal.text), soci::use(goal.target),
            soci::use(unit), soci::use(measure), soci::use(survey_id), soci::use(survey_question),
            soci::use(survey_rule), soci::use(survey_at_or_above);
    }
    // Partners are matched by normalised name, so a renamed partner replaces the old one.
    session << "DELETE FROM intervention_partners WHERE intervention_id = :id", soci::use(id);
    for (const auto& partner : details.partners) {
        const std::string normalised = normalise_intervention_name(partner);
        if (normalised.empty())
            continue;
        int count = 0;
        session << "SELECT COUNT(*) FROM intervention_partners WHERE intervention_id = :id "
                   "AND normalised_name = :normalised",
            soci::use(id), soci::use(normalised), soci::into(count);
        if (count == 0) {
            session << "INSERT INTO intervention_partners (intervention_id, name, "
                       "normalised_name) VALUES (:id, :name, :normalised)",
                soci::use(id), soci::use(partner), soci::use(normalised);
        }
    }
    session << "DELETE FROM user_interventions WHERE intervention_id = :id", soci::use(id);
    for (std::int64_t user_id : details.owner_user_ids) {
        session << "INSERT INTO user_interventions (user_id, intervention_id) "
                   "VALUES (:user_id, :id)",
            soci::use(user_id), soci::use(id);
    }
}

std::optional<std::string> stored_kind(InterventionKind kind) {
    if (kind == InterventionKind::Unknown)
        return std::nullopt;
    return std::string(to_string(kind));
}

StorageError name_conflict() {
    return {StorageError::Code::Conflict, "the association has an intervention of that name"};
}

} // namespace

tl::expected<std::optional<InterventionDetails>, StorageError>
InterventionStore::load(std::int64_t id) {
    return guarded("loading an intervention", [&]() -> std::optional<InterventionDetails> {
        auto found = select_interventions(m_database.session(), Selection::One, id);
        if (found.empty())
            return std::nullopt;
        return std::move(found.front());
    });
}

tl::expected<std::vector<InterventionDetails>, StorageError>
InterventionStore::list(std::int64_t association_id) {
    return guarded("listing interventions", [&] {
        return select_interventions(m_database.session(), Selection::OfAssociation, association_id);
    });
}

tl::expected<std::vector<InterventionDetails>, StorageError> InterventionStore::list_every() {
    return guarded("listing every förbund's interventions",
                   [&] { return select_interventions(m_database.session(), Selection::Every, 0); });
}

tl::expected<std::int64_t, StorageError>
InterventionStore::create(const InterventionDetails& details) {
    auto& session = m_database.session();
    const std::string normalised_name = normalise_intervention_name(details.name);
    if (normalised_name.empty())
        return tl::unexpected(StorageError{StorageError::Code::Query, "the name is empty"});
    auto created = guarded("creating an intervention", [&]() -> std::optional<std::int64_t> {
        Transaction transaction(session, m_database.backend());
        if (name_taken(session, details, normalised_name))
            return std::nullopt;
        const auto kind = stored_kind(details.kind);
        IdInsert insert(session, m_database.backend(),
                        "INSERT INTO interventions (association_id, name, normalised_name, owner, "
                        "contact, purpose, target_group, kind, period_start, period_end, "
                        "granted_sek, used_sek) VALUES (:association_id, :name, "
                        ":normalised_name, :owner, :contact, :purpose, :target_group, :kind, "
                        ":period_start, :period_end, :granted_sek, :used_sek)",
                        soci::use(details.association_id), soci::use(details.name),
                        soci::use(normalised_name), soci::use(details.owner),
                        soci::use(details.contact), soci::use(details.purpose),
                        soci::use(details.target_group), soci::use(kind),
                        soci::use(details.period_start), soci::use(details.period_end),
                        soci::use(details.granted_sek), soci::use(details.used_sek));
        InterventionDetails saved = details;
        saved.id = insert.execute();
        replace_parts(session, saved);
        transaction.commit();
        return saved.id;
    });
    if (!created)
        return tl::unexpected(created.error());
    if (!*created)
        return tl::unexpected(name_conflict());
    return **created;
}

tl::expected<int, StorageError> InterventionStore::update(const InterventionDetails& details) {
    auto& session = m_database.session();
    const std::string normalised_name = normalise_intervention_name(details.name);
    if (normalised_name.empty())
        return tl::unexpected(StorageError{StorageError::Code::Query, "the name is empty"});
    enum class Outcome { Saved, Stale, NameTaken, Missing };
    auto outcome = guarded("saving an intervention", [&] {
        Transaction transaction(session, m_database.backend());
        std::optional<int> revision;
        session << "SELECT revision FROM interventions WHERE id = :id", soci::use(details.id),
            soci::into(revision);
        if (!revision)
            return Outcome::Missing;
        if (*revision != details.revision)
            return Outcome::Stale;
        if (name_taken(session, details, normalised_name))
            return Outcome::NameTaken;
        const auto kind = stored_kind(details.kind);
        const int next_revision = details.revision + 1;
        session << "UPDATE interventions SET name = :name, normalised_name = :normalised_name, "
                   "owner = :owner, contact = :contact, purpose = :purpose, target_group = "
                   ":target_group, kind = :kind, period_start = :period_start, period_end = "
                   ":period_end, ended_on = :ended_on, granted_sek = :granted_sek, used_sek = "
                   ":used_sek, revision = :revision WHERE id = :id",
            soci::use(details.name), soci::use(normalised_name), soci::use(details.owner),
            soci::use(details.contact), soci::use(details.purpose), soci::use(details.target_group),
            soci::use(kind), soci::use(details.period_start), soci::use(details.period_end),
            soci::use(details.ended_on), soci::use(details.granted_sek),
            soci::use(details.used_sek), soci::use(next_revision), soci::use(details.id);
        replace_parts(session, details);
        transaction.commit();
        return Outcome::Saved;
    });
    if (!outcome)
        return tl::unexpected(outcome.error());
    switch (*outcome) {
    case Outcome::Saved:
        return details.revision + 1;
    case Outcome::Stale:
        return tl::unexpected(StorageError{StorageError::Code::Stale,
                                           "the intervention was changed by someone else"});
    case Outcome::NameTaken:
        return tl::unexpected(name_conflict());
    case Outcome::Missing:
        break;
    }
    return tl::unexpected(StorageError{StorageError::Code::NotFound, "no such intervention"});
}

} // namespace finsam
