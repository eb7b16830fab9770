#include "web/pages/StartPages.h"

#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"

namespace finsam {

namespace {

std::string period_text(std::optional<Date> start, std::optional<Date> end) {
    return format_iso_or_empty(start) + " – " + format_iso_or_empty(end);
}

std::string day_of(const std::optional<Timestamp>& moment) {
    return moment ? format_iso(swedish_date(*moment)) : std::string();
}

/// A report on a list: its insats, kind and period, when it came to where it is, and the
/// kansli's comment when it was returned.
mstch::map item_view(const WorkItem& item) {
    return mstch::map{{"report_id", std::to_string(item.report_id)},
                      {"name", item.intervention_name},
                      {"intervention_id", std::to_string(item.intervention_id)},
                      {"kind", std::string(kind_label(item.kind))},
                      {"period", period_text(item.period_start, item.period_end)},
                      {"since", day_of(item.since)},
                      {"comment", item.comment}};
}

mstch::array items_view(const std::vector<WorkItem>& items) {
    mstch::array views;
    for (const auto& item : items)
        views.push_back(item_view(item));
    return views;
}

mstch::array due_view(const std::vector<DueReport>& due) {
    mstch::array views;
    for (const auto& report : due) {
        views.push_back(mstch::map{{"name", report.intervention_name},
                                   {"intervention_id", std::to_string(report.intervention_id)},
                                   {"kind", std::string(kind_label(report.kind))},
                                   {"period", period_text(report.period_start, report.period_end)},
                                   {"deadline", format_iso(report.deadline)},
                                   {"overdue", report.overdue},
                                   {"draft_report_id", report.draft_report_id
                                                           ? std::to_string(*report.draft_report_id)
                                                           : std::string()},
                                   {"kind_name", std::string(to_string(report.kind))},
                                   {"period_start", format_iso_or_empty(report.period_start)}});
    }
    return views;
}

/// The count of a list with its words in the right number ("1 rapport inskickad").
std::string phrase(std::size_t count, std::string_view one, std::string_view many) {
    return count_of(static_cast<std::int64_t>(count), one, many);
}

std::string reports_counted(std::size_t count) {
    return phrase(count, "rapport", "rapporter");
}

} // namespace

mstch::map owner_start_page(const OwnerToDo& to_do) {
    const mstch::array due = due_view(to_do.due);
    const mstch::array returned = items_view(to_do.returned);
    const mstch::array drafts = items_view(to_do.drafts);
    return mstch::map{{"due", due},
                      {"has_due", !due.empty()},
                      {"due_count", reports_counted(due.size())},
                      {"returned", returned},
                      {"has_returned", !returned.empty()},
                      {"returned_count", reports_counted(returned.size())},
                      {"drafts", drafts},
                      {"has_drafts", !drafts.empty()},
                      {"drafts_count", phrase(drafts.size(), "utkast som inte är inskickat",
                                              "utkast som inte är inskickade")}};
}

mstch::map kansli_start_page(const KansliWork& work) {
    const mstch::array to_register = items_view(work.to_register);
    const mstch::array to_review = items_view(work.to_review);
    const mstch::array returned = items_view(work.returned);
    const mstch::array overdue = due_view(work.overdue);
    return mstch::map{
        {"to_register", to_register},
        {"has_to_register", !to_register.empty()},
        {"to_register_count", phrase(to_register.size(), "rapport inskickad, ännu inte diarieförd",
                                     "rapporter inskickade, ännu inte diarieförda")},
        {"to_review", to_review},
        {"has_to_review", !to_review.empty()},
        {"to_review_count", phrase(to_review.size(), "rapport registrerad, ännu inte granskad",
                                   "rapporter registrerade, ännu inte granskade")},
        {"overdue", overdue},
        {"has_overdue", !overdue.empty()},
        {"overdue_count", reports_counted(overdue.size())},
        {"returned", returned},
        {"has_returned", !returned.empty()},
        {"returned_count", phrase(returned.size(), "rapport tillbakaskickad till insatsägaren",
                                  "rapporter tillbakaskickade till insatsägaren")}};
}

mstch::map board_start_page(const BoardNews& news) {
    const mstch::array reviewed = items_view(news.reviewed);
    return mstch::map{{"since", format_iso(news.since)},
                      {"since_chosen", news.since_chosen},
                      {"reviewed", reviewed},
                      {"has_reviewed", !reviewed.empty()},
                      {"reviewed_count", reports_counted(reviewed.size())}};
}

} // namespace finsam
