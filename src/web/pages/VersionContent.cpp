#include "web/pages/VersionContent.h"

#include "domain/Timestamp.h"
#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"
#include "web/pages/ReportText.h"

#include <filesystem>

namespace finsam {

namespace {

/// "Eva Exempel 2024-10-05", either part alone, or empty when the report names neither.
std::string reporter_line(const Reporter& reporter) {
    std::string line = reporter.name.value_or("");
    const std::string date = format_iso_or_empty(reporter.date);
    if (!line.empty() && !date.empty())
        line += ' ';
    return line + date;
}

} // namespace

std::string source_text(const SourceDocument& source) {
    return source.format == SourceFormat::WebForm ? std::string("webbformulär") : source.file_name;
}

std::optional<OriginalFile> original_of(const std::vector<VersionListing>& versions, int version) {
    for (const auto& listed : versions) {
        if (listed.version == version)
            return listed.original;
    }
    return std::nullopt;
}

mstch::node original_view(const std::optional<OriginalFile>& original, std::int64_t report_id,
                          int version) {
    if (!original)
        return false;
    return mstch::map{{"href", "/rapporter/" + std::to_string(report_id) + "/versioner/" +
                                   std::to_string(version) + "/original"},
                      {"name", std::filesystem::path(original->file_name).filename().string()},
                      {"size", format_file_size(original->size_bytes)},
                      {"hash", original->content_hash}};
}

mstch::map version_content(const DisclosedVersion& version,
                           const std::optional<OriginalFile>& original, std::int64_t report_id) {
    const Report& report = version.report;
    mstch::array sections;
    for (const auto& section : report.sections) {
        sections.push_back(mstch::map{{"heading", section_label(section.id, section.title)},
                                      {"paragraphs", paragraphs(section.text)}});
    }
    mstch::array figures;
    for (const auto& figure : version.figures) {
        // A hidden figure may be a small count or one that would reveal one: its size is not
        // told either way.
        const std::string value = figure.suppressed
                                      ? std::string("visas inte")
                                      : format_swedish_number(figure.value.value_or(0), 1) +
                                            (figure.unit == Unit::Percent ? " %" : "");
        std::string label(measure_label(figure.measure));
        if (!figure.category.empty())
            label += ", " + category_label(figure.measure, figure.category);
        figures.push_back(mstch::map{{"label", label}, {"value", value}, {"quote", figure.quote}});
    }
    mstch::array goals;
    for (const auto& goal : report.goals)
        goals.push_back(mstch::map{{"text", goal.text}});
    mstch::array warnings;
    for (const auto& warning : report.warnings)
        warnings.push_back(mstch::map{{"label", warning_label(warning.code)}});
    return mstch::map{{"version", version.version},
                      {"imported_at", swedish_minute_text(version.imported_at)},
                      {"source", source_text(version.source)},
                      {"original", original_view(original, report_id, version.version)},
                      {"sections", sections},
                      {"figures", figures},
                      {"has_figures", !figures.empty()},
                      {"goals", goals},
                      {"has_goals", !goals.empty()},
                      {"warnings", warnings},
                      {"has_warnings", !warnings.empty()},
                      {"reporter_line", reporter_line(report.reporter)}};
}

} // namespace finsam
