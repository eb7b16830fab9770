#pragma once

#include "domain/Date.h"
#include "domain/Period.h"
#include "ingest/text/OwnHeadings.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// What a document in no template's layout says about itself, as far as it can be read:
/// every value may be missing, for the kansli to set in the import review.
struct FreeHeader {
    std::string intervention_name;      // insatsens namn; empty when none was found
    std::optional<std::string> owner;   // insatsägare / projektägare / huvudman
    StatedPeriod period;                // the period the document reports on
    std::string period_words{};         // what the period was read from
    bool period_assumed = false;        // a delår, taken as January–June
    StatedPeriod intervention_period{}; // projektperiod, insatstid: the insats's own
    std::vector<DateError> date_errors{};
    std::vector<std::size_t> label_lines{}; // the lines read as labelled fields or the title
};

/// Reads lines [begin, end): labelled lines ("Insats: Kompassen", "Projektägare:
/// Exempeldalens kommun", "Period: 2024-01-01 – 2024-06-30", or the label alone with the
/// value on the next line) and, where no label names them, the title: the insats named in it
/// ("Lägesrapport för Kompassen", "Kompassen – delårsrapport 2024", "Sammanfattning av
/// utvärderingen av Steget före"), and the period in months ("januari–juni 2024") in the
/// opening lines, or in years ("2024", "delår 2024") in the title. A förbund's own documents
/// (årsredovisning, verksamhetsberättelse) name no insats in their title.
FreeHeader read_free_header(const std::vector<LayoutLine>& lines, std::size_t begin,
                            std::size_t end);

} // namespace finsam
