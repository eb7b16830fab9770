#include "domain/SmallCounts.h"

#include "domain/FigureTable.h"

namespace finsam {

std::vector<DisclosedFigure> disclose_figures(const std::vector<Figure>& figures,
                                              const Disclosure& disclosure) {
    std::vector<DisclosedFigure> shown;
    shown.reserve(figures.size());
    if (disclosure.small_counts) {
        for (const auto& figure : figures)
            shown.push_back(disclose(figure, disclosure));
        return shown;
    }
    FigureTable table;
    const int report = table.add_report(figures);
    table.suppress(disclosure.small_count_threshold);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        DisclosedFigure disclosed = disclose(figures[i], disclosure);
        if (table.figure_hidden(report, i)) {
            disclosed.value.reset();
            disclosed.suppressed = true;
        }
        shown.push_back(std::move(disclosed));
    }
    return shown;
}

} // namespace finsam
