#pragma once

#include "domain/Date.h"
#include "domain/Period.h"
#include "domain/Report.h"
#include "domain/TemplateDefinition.h"
#include "ingest/text/SectionSplitter.h"

#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// The labelled fields of a report's header, as read; every value may be missing.
struct HeaderFields {
    std::optional<std::string> intervention_name;
    std::optional<std::string> owner;
    StatedPeriod period;
    Registration registration;
    Funds funds;
    std::vector<std::string> partners;
    Reporter reporter;
    std::vector<DateError> date_errors; // dates that were there but could not be read
};

/// Reads the template's fields from cleaned lines: a label on its own line with the value on
/// the next ("Insatsens namn" / "Kärnhuset 2.0"), a label with its value after a colon, and
/// flattened two-column tables ("Diarienummer Signatur" / "SFG 24-08.02   AKH"). A field
/// bound to a section is looked for only inside that section.
HeaderFields read_header_fields(const std::vector<std::string>& lines,
                                const std::vector<SectionSpan>& sections,
                                const TemplateDefinition& definition);

} // namespace finsam
