#pragma once

#include "app/FieldSource.h"

#include <nlohmann/json.hpp>
#include <string>

namespace finsam {

// The API's writes take JSON (docs/api.md) and run the same use cases as the pages' forms:
// the JSON is turned into the form's fields, so an insats or a report means the same
// whichever way it comes.

/// An insats: name, owner, contact, purpose, target_group, kind, period_start, period_end,
/// ended_on, granted_sek, used_sek, revision; partners as a list; goals as objects of text,
/// target, unit and measure; owner_user_ids as a list.
FieldMap intervention_fields(const nlohmann::json& body);

/// A report: period_start, period_end, sections by id, figures by measure, granted_sek,
/// used_sek and reporter_name.
FieldMap report_fields(const nlohmann::json& body);

/// A JSON value as a form would post it: strings as they are, numbers in digits, null or
/// missing as empty.
std::string as_text(const nlohmann::json& value);

/// A member of an object as text ("" when missing).
std::string member_text(const nlohmann::json& body, const char* key);

} // namespace finsam
