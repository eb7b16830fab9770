#include "domain/ReportState.h"

#include "domain/NameTable.h"

namespace finsam {

namespace {

constexpr NameTable<ReportEventAction, 5> k_event_names{{
    {ReportEventAction::Created, "created"},
    {ReportEventAction::Submit, "submit"},
    {ReportEventAction::Register, "register"},
    {ReportEventAction::Return, "return"},
    {ReportEventAction::Review, "review"},
}};

} // namespace

std::string_view to_string(ReportEventAction action) {
    return name_in(k_event_names, action);
}

std::optional<ReportEventAction> report_event_action_from_string(std::string_view name) {
    return value_in(k_event_names, name);
}

std::string latest_return_comment(const std::vector<ReportEvent>& events) {
    for (auto event = events.rbegin(); event != events.rend(); ++event) {
        if (event->action == ReportEventAction::Return)
            return event->comment;
    }
    return "";
}

} // namespace finsam
