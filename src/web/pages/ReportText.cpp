#include "web/pages/ReportText.h"

#include "domain/ReportingCalendar.h"
#include "domain/Text.h"

namespace finsam {

std::string period_text(const StatedPeriod& period) {
    if (const auto complete = period.complete(); complete && complete->calendar_quarter())
        return quarter_label(*complete);
    if (period.start && period.end)
        return format_iso(*period.start) + " – " + format_iso(*period.end);
    if (period.start)
        return "från " + format_iso(*period.start) + " (slutdatum saknas)";
    if (period.end)
        return "till " + format_iso(*period.end) + " (startdatum saknas)";
    return "period saknas";
}

std::string section_label(const std::string& id, const std::string& title) {
    const bool numbered = !id.empty() && id.front() >= '0' && id.front() <= '9';
    if (title.empty())
        return id;
    return numbered ? id + " " + title : title;
}

mstch::array paragraphs(const std::string& text) {
    mstch::array result;
    for (auto& paragraph : split_paragraphs(text))
        result.push_back(mstch::map{{"text", std::move(paragraph)}});
    return result;
}

} // namespace finsam
