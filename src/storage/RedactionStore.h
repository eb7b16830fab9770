#pragma once

#include "domain/Clock.h"
#include "domain/Redaction.h"
#include "domain/ReportVersion.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// Which versions of a report a redaction reaches.
enum class RedactionScope {
    OneVersion,   // the version named
    EveryVersion, // the version named and every other version that holds the phrases
};

/// What a redaction did. When phrases are missing from the version named, nothing changed.
struct RedactionOutcome {
    std::vector<std::string> missing_phrases; // in the order of Redaction::phrases()
    std::vector<VersionRedaction> redacted;   // the versions changed, oldest first
};

/// Removes personal data from stored report versions (gallring) and keeps the record of each
/// removal: which version, when, by whom, how many passages; never the removed text.
class RedactionStore {
public:
    /// `clock` dates the records.
    RedactionStore(Database& database, const Clock& clock) : m_database(database), m_clock(clock) {}

    /// Replaces the redaction's phrases in version `version` of the report (and with
    /// EveryVersion in the report's other versions too) with the mask, in one transaction:
    /// the texts, each changed version's content hash, and a record per changed version.
    /// Nothing else of a version changes. Every phrase must occur in version `version`;
    /// otherwise nothing changes and the outcome names the missing ones. Code::NotFound when
    /// the report has no such version.
    tl::expected<RedactionOutcome, StorageError> redact(std::int64_t report_id, int version,
                                                        const Redaction& redaction,
                                                        RedactionScope scope, std::int64_t user_id);

    /// Every redaction of the report's versions, oldest first.
    tl::expected<std::vector<VersionRedaction>, StorageError> redactions(std::int64_t report_id);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace finsam
