#pragma once

#include "app/AppError.h"
#include "app/FieldSource.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

// The API's writes take JSON (docs/api.md) and run the same use cases as the pages' forms:
// the JSON is turned into the form's fields, so an insats or a report means the same
// whichever way it comes. A member of the wrong type is a field error naming it (422), never
// a server error; members the API does not know are dropped.

/// An insats: name, owner, contact, purpose, target_group, kind, period_start, period_end,
/// ended_on, granted_sek, used_sek, revision; partners as a list; goals as objects of text,
/// target, unit and measure; owner_user_ids as a list.
AppResult<FieldMap> intervention_fields(const nlohmann::json& body);

/// A report: period_start, period_end, sections by id, figures by measure (a part of a
/// breakdown as `measure:category`, e.g. `participants_new:kvinna`), granted_sek, used_sek
/// and reporter_name.
AppResult<FieldMap> report_fields(const nlohmann::json& body);

/// A workflow action's members: revision, comment, signature, arrival_date.
struct ActionMembers {
    int revision = 0;
    std::string comment;
    std::string signature;
    std::string arrival_date;
    std::string registry_number;
};
AppResult<ActionMembers> action_members(const nlohmann::json& body);

/// The body's `revision`: a whole number from 1 up that fits; nullopt when missing or not.
std::optional<int> revision_member(const nlohmann::json& body);

/// A member that must be text when present (null or missing read as ""); nullopt, with an
/// error naming it, when it is of another type.
std::optional<std::string> text_member(const nlohmann::json& body, const char* key,
                                       std::vector<FieldError>& errors);

} // namespace finsam
