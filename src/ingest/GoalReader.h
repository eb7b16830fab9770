#pragma once

#include "domain/Report.h"
#include "domain/TemplateDefinition.h"

#include <string_view>
#include <vector>

namespace finsam {

/// The goals a report states, from the sections its template names for them (see
/// GoalSections). A list item is a goal; "Goal; status" items keep the part before the
/// semicolon.
std::vector<Goal> read_goals(const std::vector<Section>& sections,
                             const TemplateDefinition& definition);

/// The target of one goal's text, where it is measurable: "30% av deltagarna har fått
/// arbete/påbörjat studier" gives 30 percent of ended_to_work_or_studies, "totalt 45
/// deltagare" 45 participants. A percentage wins over a count ("2 av 12 eller 15 %").
Goal measurable_goal(std::string_view text);

} // namespace finsam
