#include "web/pages/ReportPage.h"

#include "domain/Timestamp.h"
#include "output/SwedishLabels.h"
#include "web/pages/FigureCheckView.h"
#include "web/pages/ReportText.h"
#include "web/pages/StatusStyle.h"
#include "web/pages/VersionContent.h"

namespace finsam {

namespace {

mstch::map status_view(const ReportState& state) {
    return mstch::map{{"status", std::string(status_label(state.status))},
                      {"status_css", std::string(status_style(state.status))},
                      {"revision", std::to_string(state.revision)},
                      {"registry_number", state.registry_number.value_or("")},
                      {"arrival", format_iso_or_empty(state.arrival_date)},
                      {"signature", state.signature.value_or("")},
                      {"registered", state.registry_number.has_value()}};
}

mstch::map actions_view(const ReportDetails& details) {
    return mstch::map{{"can_edit", details.actions.edit},
                      {"can_register", details.actions.register_report},
                      {"can_return", details.actions.return_report},
                      {"can_review", details.actions.review},
                      {"signature", details.default_signature},
                      {"today", format_iso(details.today)}};
}

mstch::array events_view(const std::vector<ReportEvent>& events) {
    mstch::array result;
    for (const auto& event : events) {
        result.push_back(mstch::map{{"at", swedish_minute_text(event.at)},
                                    {"who", event.user_name},
                                    {"what", std::string(event_label(event.action))},
                                    {"comment", event.comment}});
    }
    return result;
}

/// Places in the text, by section.
mstch::array mentions_view(const std::vector<SectionMention>& mentions) {
    mstch::array items;
    for (const auto& mention : mentions) {
        items.push_back(
            mstch::map{{"section", section_label(mention.section_id, mention.section_title)},
                       {"excerpt", mention.excerpt}});
    }
    return items;
}

} // namespace

mstch::array versions_view(const std::vector<VersionListing>& versions, std::int64_t report_id) {
    mstch::array list;
    for (const auto& version : versions) {
        list.push_back(
            mstch::map{{"number", version.version},
                       {"href", "/rapporter/" + std::to_string(report_id) + "/versioner/" +
                                    std::to_string(version.version)},
                       {"imported_at", format_iso(swedish_date(version.imported_at))},
                       {"source", source_text(version.source)},
                       {"original", original_view(version.original, report_id, version.version)}});
    }
    return list;
}

std::string report_title(const ReportState& state, const InterventionDetails& intervention) {
    return std::string(kind_label(state.kind)) + " – " + intervention.name + ", " +
           period_text(state.period);
}

mstch::map report_page(const ReportDetails& details) {
    const ReportState& state = details.state;
    return mstch::map{
        {"id", std::to_string(state.id)},
        {"kind", std::string(kind_label(state.kind))},
        {"period", period_text(state.period)},
        {"intervention_id", std::to_string(details.intervention.id)},
        {"intervention_name", details.intervention.name},
        {"state", status_view(state)},
        {"actions", actions_view(details)},
        {"has_draft", state.draft.has_value()},
        {"return_comment", details.return_comment},
        {"has_return_comment", !details.return_comment.empty()},
        {"show_events", details.shows_history},
        {"events", events_view(details.events)},
        {"latest", details.latest
                       ? mstch::node(version_content(
                             *details.latest,
                             original_of(details.versions, details.latest->version), state.id))
                       : mstch::node(false)},
        {"versions", versions_view(details.versions, state.id)},
        {"has_versions", details.versions.size() > 1},
        {"small_counts", mentions_view(details.small_count_mentions)},
        {"has_small_counts", !details.small_count_mentions.empty()},
        {"personal_data", mentions_view(details.personal_data_mentions)},
        {"has_personal_data", !details.personal_data_mentions.empty()},
        {"figure_check",
         figure_check_view(details.figure_check, state.id, ConfirmedFrom::ReportPage)}};
}

} // namespace finsam
