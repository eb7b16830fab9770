#pragma once

#include "domain/Clock.h"
#include "domain/ReportVersion.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// What confirming a version's figures found.
enum class ConfirmationResult {
    Confirmed,        // recorded now
    AlreadyConfirmed, // recorded before: nothing changed
    TypedInForm,      // the version is from the web form: its figures count as they are
    NotLatest,        // the report has a later version: only the latest's can be confirmed
};

struct ConfirmationOutcome {
    ConfirmationResult result = ConfirmationResult::Confirmed;
    std::optional<FigureConfirmation> confirmation; // Confirmed and AlreadyConfirmed
};

/// The kansli's confirmations of the figures the importer read from report versions'
/// texts (table figure_confirmations): one per version at most, never changed.
class FigureConfirmationStore {
public:
    /// `clock` dates the confirmations.
    FigureConfirmationStore(Database& database, const Clock& clock)
        : m_database(database), m_clock(clock) {}

    /// Records that `user_id` (nullopt: no one logged in) confirmed the figures of version
    /// `version` of the report, when it is the report's latest version and was read from a
    /// file. Confirming a confirmed version changes nothing and gives the first confirmation.
    /// Code::NotFound when the report has no such version.
    tl::expected<ConfirmationOutcome, StorageError> confirm(std::int64_t report_id, int version,
                                                            std::optional<std::int64_t> user_id);

    /// The confirmations of the report's versions, oldest version first.
    tl::expected<std::vector<FigureConfirmation>, StorageError>
    confirmations(std::int64_t report_id);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace finsam
