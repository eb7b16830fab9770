#include "storage/RegistryCases.h"

#include "storage/SociConversions.h"

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace finsam {

namespace {

/// Every diarienummer the förbund's reports have, as `pattern` reads them, with the insats
/// each belongs to: given in this program, or stated in an imported version.
struct NumberedReport {
    std::int64_t intervention_id = 0;
    RegistryNumberParts parts;
};

std::vector<NumberedReport> numbers_in_use(soci::session& session, std::string_view pattern,
                                           std::int64_t association_id) {
    std::int64_t intervention_id = 0;
    std::string number;
    soci::statement statement =
        (session.prepare << "SELECT r.intervention_id, r.registry_number FROM reports r "
                            "JOIN interventions i ON i.id = r.intervention_id "
                            "WHERE i.association_id = :association "
                            "AND r.registry_number IS NOT NULL "
                            "UNION SELECT r.intervention_id, v.registry_number "
                            "FROM report_versions v JOIN reports r ON r.id = v.report_id "
                            "JOIN interventions i ON i.id = r.intervention_id "
                            "WHERE i.association_id = :association_id "
                            "AND v.registry_number IS NOT NULL",
         soci::use(association_id), soci::use(association_id), soci::into(intervention_id),
         soci::into(number));
    statement.execute();
    std::vector<NumberedReport> found;
    while (statement.fetch()) {
        if (const auto parts = parse_registry_number(pattern, number))
            found.push_back({intervention_id, *parts});
    }
    return found;
}

bool same_case(const RegistryNumberParts& a, int year, int case_number) {
    return a.case_number == case_number && (a.year == year || a.year == 0);
}

/// The case of the insats's own numbers: the latest, when they name more than one.
std::optional<RegistryNumberParts> learned_case(const std::vector<NumberedReport>& numbers,
                                                std::int64_t intervention_id) {
    std::optional<RegistryNumberParts> latest;
    for (const auto& numbered : numbers) {
        if (numbered.intervention_id != intervention_id)
            continue;
        const auto& parts = numbered.parts;
        if (!latest ||
            std::tie(parts.year, parts.case_number) > std::tie(latest->year, latest->case_number))
            latest = parts;
    }
    return latest;
}

} // namespace

RegistryNumberParts next_registry_number(soci::session& session, std::string_view pattern,
                                         std::int64_t intervention_id, std::int64_t association_id,
                                         int arrival_year) {
    std::optional<int> case_year;
    std::optional<int> case_number;
    int last_number = 0;
    session << "SELECT registry_case_year, registry_case_number, registry_last_number "
               "FROM interventions WHERE id = :id",
        soci::use(intervention_id), soci::into(case_year), soci::into(case_number),
        soci::into(last_number);
    const auto numbers = numbers_in_use(session, pattern, association_id);
    if (!case_year || !case_number) {
        if (const auto learned = learned_case(numbers, intervention_id)) {
            case_year = learned->year != 0 ? learned->year : arrival_year;
            case_number = learned->case_number;
        } else {
            int used = 0;
            for (const auto& numbered : numbers) {
                if (numbered.parts.year == arrival_year || numbered.parts.year == 0)
                    used = std::max(used, numbered.parts.case_number);
            }
            session << "INSERT INTO registry_counters (association_id, year, last_case) "
                       "VALUES (:association_id, :year, 1) ON CONFLICT (association_id, year) "
                       "DO UPDATE SET last_case = registry_counters.last_case + 1",
                soci::use(association_id), soci::use(arrival_year);
            int opened = 0;
            session << "SELECT last_case FROM registry_counters "
                       "WHERE association_id = :association_id AND year = :year",
                soci::use(association_id), soci::use(arrival_year), soci::into(opened);
            // Cases numbered elsewhere this year are taken: the new one comes after them.
            if (opened <= used) {
                opened = used + 1;
                session << "UPDATE registry_counters SET last_case = :opened "
                           "WHERE association_id = :association_id AND year = :year",
                    soci::use(opened), soci::use(association_id), soci::use(arrival_year);
            }
            case_year = arrival_year;
            case_number = opened;
        }
        last_number = 0;
    }
    for (const auto& numbered : numbers) {
        if (same_case(numbered.parts, *case_year, *case_number))
            last_number = std::max(last_number, numbered.parts.number);
    }
    const RegistryNumberParts parts{*case_year, *case_number, last_number + 1};
    session << "UPDATE interventions SET registry_case_year = :year, registry_case_number = "
               ":case_number, registry_last_number = :number WHERE id = :id",
        soci::use(parts.year), soci::use(parts.case_number), soci::use(parts.number),
        soci::use(intervention_id);
    return parts;
}

} // namespace finsam
