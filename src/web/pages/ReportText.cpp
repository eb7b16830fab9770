#include "web/pages/ReportText.h"

#include "domain/ReportingCalendar.h"
#include "domain/Text.h"

namespace finsam {

std::string period_text(const StatedPeriod& period) {
    if (const auto complete = period.complete(); complete && complete->calendar_quarter())
        return quarter_label(*complete);
    const auto side = [](const std::optional<Date>& date) {
        return date ? format_iso(*date) : std::string("?");
    };
    return side(period.start) + " – " + side(period.end);
}

mstch::array paragraphs(const std::string& text) {
    mstch::array result;
    for (auto& paragraph : split_paragraphs(text))
        result.push_back(mstch::map{{"text", std::move(paragraph)}});
    return result;
}

} // namespace finsam
