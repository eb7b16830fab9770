#pragma once

#include "ingest/figures/FigureExtractor.h"

#include <string>
#include <vector>

namespace finsam::testing {

inline std::vector<Figure> figures_in(const std::string& text,
                                      const std::string& section_id = "2.1",
                                      const std::string& section_title = "") {
    return extract_figures({Section{section_id, section_title, text}});
}

/// The values stated for one measure, in order.
inline std::vector<double> values_of(const std::vector<Figure>& figures, Measure measure,
                                     Unit unit = Unit::Count) {
    std::vector<double> values;
    for (const Figure& figure : figures) {
        if (figure.measure == measure && figure.unit == unit)
            values.push_back(figure.value);
    }
    return values;
}

inline bool has_value(const std::vector<Figure>& figures, double value) {
    for (const Figure& figure : figures) {
        if (figure.value == value)
            return true;
    }
    return false;
}

inline std::string describe(const std::vector<Figure>& figures) {
    std::string text;
    for (const Figure& figure : figures) {
        text += std::string(to_string(figure.measure)) + "=" + std::to_string(figure.value) + " " +
                std::string(to_string(figure.unit)) + " [" + figure.section_id + "] " +
                figure.quote + "\n";
    }
    return text;
}

} // namespace finsam::testing
