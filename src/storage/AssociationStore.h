#pragma once

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// A förbund's settings. Glossary: medlemmar/parter = parties (FK, AF, the region, kommuner),
/// kommuner = municipalities, diarienummer = registry number.
struct AssociationSettings {
    std::int64_t id = 0;
    std::string name;
    std::vector<std::string> parties;
    std::vector<std::string> municipalities;
    std::string registry_pattern = "SFG {yy}-{seq:02}.{n:02}";
    int deadline_days = 15; // a kvartalsrapport is due this many days after the quarter
    std::string quarterly_template = "kvartalsrapport"; // template file names, without .json
    std::string final_template = "slutrapport";
    int revision = 1;
};

class AssociationStore {
public:
    explicit AssociationStore(Database& database) : m_database(database) {}

    tl::expected<std::optional<AssociationSettings>, StorageError> load(std::int64_t id);
    /// Saves when the stored revision is still `settings.revision` (else Code::Stale);
    /// returns the new revision.
    tl::expected<int, StorageError> update(const AssociationSettings& settings);

private:
    Database& m_database;
};

} // namespace finsam
