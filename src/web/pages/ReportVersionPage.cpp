#include "web/pages/ReportVersionPage.h"

#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"
#include "web/pages/FigureCheckView.h"
#include "web/pages/FormFields.h"
#include "web/pages/ReportPage.h"
#include "web/pages/ReportText.h"
#include "web/pages/VersionContent.h"

namespace finsam {

namespace {

mstch::array segments_view(const std::vector<TextSegment>& segments) {
    mstch::array result;
    for (const auto& segment : segments) {
        result.push_back(mstch::map{{"text", segment.text},
                                    {"inserted", segment.op == DiffOp::Inserted},
                                    {"deleted", segment.op == DiffOp::Deleted},
                                    {"equal", segment.op == DiffOp::Equal}});
    }
    return result;
}

std::string figure_text(std::optional<double> value) {
    return value ? format_swedish_number(*value, 1) : std::string("–");
}

std::string_view change_label(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return "Tillagt";
    case ChangeKind::Removed:
        return "Borttaget";
    case ChangeKind::Changed:
        break;
    }
    return "Ändrat";
}

mstch::map diff_view(const ReportDiff& diff) {
    mstch::array fields;
    for (const auto& change : diff.fields) {
        fields.push_back(mstch::map{{"label", field_label(change.field)},
                                    {"before", change.before},
                                    {"after", change.after}});
    }
    mstch::array sections;
    for (const auto& change : diff.sections) {
        sections.push_back(mstch::map{{"heading", section_label(change.id, change.title)},
                                      {"change", std::string(change_label(change.kind))},
                                      {"segments", segments_view(change.segments)}});
    }
    mstch::array figures;
    for (const auto& change : diff.figures) {
        figures.push_back(mstch::map{{"label", std::string(measure_label(change.measure))},
                                     {"before", figure_text(change.before)},
                                     {"after", figure_text(change.after)}});
    }
    mstch::array goals;
    for (const auto& change : diff.goals) {
        goals.push_back(mstch::map{{"change", std::string(change_label(change.kind))},
                                   {"segments", segments_view(change.segments)}});
    }
    return mstch::map{
        {"empty", diff.empty()}, {"fields", fields},           {"has_fields", !fields.empty()},
        {"sections", sections},  {"figures", figures},         {"has_figures", !figures.empty()},
        {"goals", goals},        {"has_goals", !goals.empty()}};
}

mstch::array redactions_view(const std::vector<VersionRedaction>& redactions) {
    mstch::array result;
    for (const auto& redaction : redactions) {
        result.push_back(
            mstch::map{{"date", format_iso(swedish_date(redaction.at))},
                       {"name", redaction.user_name.empty() ? std::string("okänd användare")
                                                            : redaction.user_name}});
    }
    return result;
}

mstch::node redaction_form_view(const VersionDetails& details, const RedactionForm& form) {
    if (!details.may_redact)
        return false;
    return mstch::map{{"action", "/rapporter/" + std::to_string(details.state.id) + "/versioner/" +
                                     std::to_string(details.shown.version) + "/gallra"},
                      {"phrases", form.phrases},
                      {"every_version", form.every_version},
                      {"error", error_for(form.errors, "phrases")},
                      {"has_errors", !form.errors.empty()},
                      {"errors", error_summary(form.errors)}};
}

} // namespace

std::string report_version_title(const VersionDetails& details) {
    return "Version " + std::to_string(details.shown.version) + " – " + details.intervention.name;
}

mstch::map report_version_page(const VersionDetails& details, const RedactionForm& form) {
    return mstch::map{
        {"id", std::to_string(details.state.id)},
        {"kind", std::string(kind_label(details.state.kind))},
        {"period", period_text(details.state.period)},
        {"intervention_name", details.intervention.name},
        {"content",
         version_content(details.shown, original_of(details.versions, details.shown.version),
                         details.state.id)},
        {"versions", versions_view(details.versions, details.state.id)},
        {"previous", details.previous.value_or(0)},
        {"diff", details.diff ? mstch::node(diff_view(*details.diff)) : mstch::node(false)},
        {"redactions", redactions_view(details.redactions)},
        {"redaction_form", redaction_form_view(details, form)},
        {"figure_check",
         figure_check_view(details.figure_check, details.state.id, ConfirmedFrom::VersionPage)}};
}

} // namespace finsam
