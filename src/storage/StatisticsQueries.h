#pragma once

#include "domain/Date.h"
#include "domain/Figure.h"
#include "domain/Period.h"
#include "domain/ReportKind.h"
#include "domain/ReportStatus.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <map>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The latest version of one report, with the figures it states: what statistics are made of.
struct StatisticsReport {
    std::int64_t intervention_id = 0;
    std::int64_t report_id = 0;
    std::int64_t version_id = 0; // the latest version's, whose figures these are
    ReportKind kind = ReportKind::Quarterly;
    ReportStatus status = ReportStatus::Registered;
    Date period_start;
    Date period_end;
    std::vector<Figure> figures; // in the order stated; a measure may be stated twice
    // Typed into the web form, or confirmed by the kansli; false for figures the importer
    // read from a file's text that no one has confirmed yet.
    bool figures_confirmed = true;
};

/// The reads behind participant statistics.
class StatisticsQueries {
public:
    explicit StatisticsQueries(Database& database) : m_database(database) {}

    /// Every report of the förbund whose period ends within `ends_within`, with the figures
    /// of its latest version: ordered by insats, then period end, then which speaks last (an övrig
    /// report before a kvartalsrapport, a projektredovisning, a slutrapport). Drafts (no version
    /// yet) and reports without a complete period are not among them. Two queries however many
    /// reports there are.
    tl::expected<std::vector<StatisticsReport>, StorageError>
    reports_ending_within(std::int64_t association_id, const Period& ends_within);
    /// reports_ending_within() of every förbund, by förbund id (one without such reports has
    /// no entry): the national table's two queries instead of two per förbund.
    tl::expected<std::map<std::int64_t, std::vector<StatisticsReport>>, StorageError>
    reports_of_every_association_ending_within(const Period& ends_within);

private:
    Database& m_database;
};

} // namespace finsam
