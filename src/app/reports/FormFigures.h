#pragma once

#include "domain/TemplateDefinition.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace finsam {

/// A number a report form asks for: a key figure, or a cell of the participant statistics.
struct FigureField {
    Measure measure;
    std::string category; // the part of a breakdown (a kön, a code); empty for the whole
    std::string label;    // how the form and its messages name it: "Nya under perioden, kvinnor"
};

/// The key of a figure among the form's values: the measure's name, with `:category` for a
/// part ("participants_new", "participants_new:kvinna", "ended_by_reason:arbete").
std::string figure_key(Measure measure, std::string_view category = {});
/// The form field of a figure: "figure:" and its key.
std::string figure_field(Measure measure, std::string_view category = {});

/// Every number of the form, in the form's order: the key figures, the participant table's
/// rows (by kön, then the total), then each breakdown code by code.
std::vector<FigureField> figure_fields(const FormDefinition& form);

/// The label of a participant table's cell, as figure_fields() gives it.
std::string participant_cell_label(const ParticipantRow& row, std::string_view gender_label);
std::string breakdown_cell_label(const BreakdownTable& table, const Code& code,
                                 const BreakdownColumn& column);

/// Counts a form states, by measure and category ("" for the whole).
using StatedFigures = std::map<std::pair<Measure, std::string>, std::int64_t>;

} // namespace finsam
