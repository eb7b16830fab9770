#pragma once

#include "domain/Date.h"
#include "domain/Intervention.h"
#include "domain/Report.h"
#include "domain/ReportStatus.h"
#include "domain/Timestamp.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The kansli's registration of a demo report: when it arrived and its diarienummer.
struct DemoRegistration {
    Date arrival_date;
    Timestamp registered_at;
    std::string registry_number;
    std::string signature;
};

/// One generated report as it went through the workflow: submitted in the web form, then
/// perhaps registered and reviewed.
struct DemoReport {
    Report report; // as the form would have made it (figures with section "form")
    ReportStatus status = ReportStatus::Submitted;
    Timestamp submitted_at;
    std::optional<DemoRegistration> registration; // registered and reviewed reports
    std::optional<Timestamp> reviewed_at;         // reviewed reports
};

/// An insats's registry case (ärende): the year it was opened, its number in that year, and
/// the number its last registered report got in it.
struct DemoRegistryCase {
    int year = 0;
    int number = 0;
    int last_number = 0;
};

struct DemoIntervention {
    InterventionDetails details; // name, owner, kind, period, funds, partners, goals
    std::optional<DemoRegistryCase> registry_case;
    std::vector<DemoReport> reports;
};

/// A generated förbund with everything it holds.
struct DemoAssociation {
    std::string name;
    std::string registry_pattern;
    std::map<int, int> registry_cases_by_year; // the last case number opened in each year
    std::vector<DemoIntervention> interventions;
};

/// What DemoStore::write() wrote.
struct DemoWriteCount {
    int interventions = 0;
    int reports = 0;
    int figures = 0;
};

/// Writes generated demonstration data (`finsam demo`) in bulk. The import path saves one
/// document per transaction and looks up each insats and report first; a generated förbund
/// is known to be new, so it is written in one transaction with its statements prepared
/// once, and a report's figures go in a few multi-row inserts (on PostgreSQL, each statement
/// is a round trip to the server). Every table is filled as the web form and the workflow
/// would fill it: documents, reports with their status and registration, versions with
/// their content hash, sections, goals, figures, report events, registry cases.
class DemoStore {
public:
    explicit DemoStore(Database& database) : m_database(database) {}

    /// Whether the database holds no förbund, insats, document or user: a demo may only be
    /// written where it cannot mix with real data.
    tl::expected<bool, StorageError> is_empty();

    /// Writes the förbund and all it holds in one transaction: all or nothing.
    tl::expected<DemoWriteCount, StorageError> write(const DemoAssociation& association);

private:
    Database& m_database;
};

} // namespace finsam
