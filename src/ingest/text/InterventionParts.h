#pragma once

#include "domain/ReportKind.h"
#include "ingest/text/OwnHeadings.h"

#include <cstddef>
#include <string>
#include <vector>

namespace finsam {

/// One insats's part of a document that lists several (an annual report, another förbund's
/// compiled report), found by its headings.
struct InterventionPart {
    std::string intervention_name;
    InterventionKind kind = InterventionKind::Unknown;
    std::size_t begin = 0; // the first line after the insats's heading
    std::size_t end = 0;   // one past its last line
};

/// The insatser a document lists, each under a heading of its own followed by its text, when
/// at least two are found; otherwise none. An insats's heading is one that is not a
/// well-known section word and either stands under a heading that groups insatser
/// ("Insatser under 2024", "Individinriktade insatser", which also give their kind) or has
/// a labelled line of an insats in its text ("Insatsägare:", "Projektperiod:"). Its part
/// runs to the next heading of its level (or above) that is not a section word, so its own
/// sub-headings ("Syfte", "Resultat") stay in it. Text outside the parts belongs to none.
std::vector<InterventionPart> split_by_intervention(const std::vector<LayoutLine>& lines);

} // namespace finsam
