#pragma once

#include "output/BoardDocument.h"

#include <filesystem>
#include <string>

namespace finsam {

/// The board report as one standalone HTML5 document (lang="sv"), laid out by a Mustache
/// template (templates/board/board-report.mustache) read once. The document has a cover, a
/// table of contents linking to every part, the summary table, the insatser by kind (each
/// with its owner, period, source, sections, goals and the chart of its key figures as inline
/// SVG with its values in a table), the lessons by insats and, in the
/// kansli's copy only, what to look at before the report goes to the board. Every text of the
/// document is HTML-escaped; a hidden count is written "..", never its number. Its inline
/// stylesheet prints on A4 with each insats on a new page.
class BoardHtml {
public:
    /// Throws std::runtime_error naming the file when the template cannot be read.
    explicit BoardHtml(const std::filesystem::path& template_file);

    std::string render(const BoardDocument& document) const;

private:
    std::string m_template;
};

} // namespace finsam
