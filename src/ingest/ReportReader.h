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
/// split sections, read header fields, extract key figures, and add reviewer warnings. A
/// document in no template's layout (none recognised, or the one recognised finds none of
/// its sections) is read by its own headings as övriga rapporter (read_free_layout).
class ReportReader {
public:
    explicit ReportReader(std::vector<TemplateDefinition> templates);

    DocumentReading read(std::string_view text) const;

private:
    DocumentReading read_with_template(std::vector<std::string> markdown_free,
                                       const TemplateDefinition& definition) const;
    Report read_single(const std::vector<std::string>& lines,
                       const TemplateDefinition& definition) const;
    /// What every report read gets once its text has passed the personal-data guard: goals,
    /// figures and the reviewer's warnings.
    void finish(Report& report, const TemplateDefinition& definition) const;

    std::vector<TemplateDefinition> m_templates;
};

} // namespace finsam
