#pragma once

#include "domain/Report.h"
#include "domain/TemplateDefinition.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// What the text of one document holds.
struct DocumentReading {
    std::optional<ReportKind> document_kind;
    std::vector<Report> reports;
    std::vector<std::string> errors; // English, one line each, no document content
};

/// Turns a document's text into reports, driven by the template definitions: recognise the
/// template, remove boilerplate and furniture, split a compiled report into its insatser,
/// split sections, read header fields, extract key figures, and add reviewer warnings.
class ReportReader {
public:
    explicit ReportReader(std::vector<TemplateDefinition> templates);

    DocumentReading read(std::string_view text) const;

private:
    Report read_single(const std::vector<std::string>& lines,
                       const TemplateDefinition& definition) const;

    std::vector<TemplateDefinition> m_templates;
};

} // namespace finsam
