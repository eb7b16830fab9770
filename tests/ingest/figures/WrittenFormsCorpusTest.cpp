// The figure reader on a corpus of the ways Swedish reports write participant figures
// (fixtures/written_forms.txt): it must find nine in ten of the stated figures and take
// nothing else for a figure.
#include "FigureMatchers.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace finsam {
namespace {

using testing::describe;
using testing::figures_in;

constexpr double k_required_recall = 0.9;
constexpr std::size_t k_least_stating_entries = 60;
constexpr std::size_t k_least_silent_entries = 20;

struct ExpectedFigure {
    Measure measure = Measure::ParticipantsTotal;
    double value = 0;
    Unit unit = Unit::Count;
};

struct CorpusEntry {
    std::string group;
    std::string text;
    std::vector<ExpectedFigure> figures;
};

std::string unescape_line_breaks(const std::string& line) {
    std::string text;
    for (std::size_t index = 0; index < line.size(); ++index) {
        if (line.compare(index, 2, "\\n") == 0) {
            text.push_back('\n');
            ++index;
        } else {
            text.push_back(line[index]);
        }
    }
    return text;
}

// "= participants_women 58 %"
std::optional<ExpectedFigure> parse_expected(const std::string& line) {
    std::istringstream fields(line.substr(1));
    std::string measure_name;
    ExpectedFigure figure;
    std::string unit;
    if (!(fields >> measure_name >> figure.value))
        return std::nullopt;
    const auto measure = measure_from_string(measure_name);
    if (!measure)
        return std::nullopt;
    figure.measure = *measure;
    if (fields >> unit) {
        if (unit != "%")
            return std::nullopt;
        figure.unit = Unit::Percent;
    }
    return figure;
}

std::vector<CorpusEntry> read_corpus() {
    std::istringstream lines(testing::read_file(testing::fixture("written_forms.txt")));
    std::vector<CorpusEntry> entries;
    std::string group;
    bool in_entry = false;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty()) {
            in_entry = false;
        } else if (line.starts_with("## ")) {
            group = line.substr(3);
        } else if (line.starts_with("#")) {
            continue;
        } else if (line.starts_with("=")) {
            const auto figure = parse_expected(line);
            if (!in_entry || !figure)
                throw std::runtime_error("malformed corpus line: " + line);
            entries.back().figures.push_back(*figure);
        } else {
            if (in_entry)
                throw std::runtime_error("two text lines in one entry: " + line);
            entries.push_back({group, unescape_line_breaks(line), {}});
            in_entry = true;
        }
    }
    return entries;
}

struct Score {
    std::size_t stated = 0;
    std::size_t found = 0;
    std::size_t false_figures = 0;
    std::string failures;

    double recall() const {
        return stated == 0 ? 1.0 : static_cast<double>(found) / static_cast<double>(stated);
    }
};

bool matches(const Figure& figure, const ExpectedFigure& expected) {
    return figure.measure == expected.measure && figure.value == expected.value &&
           figure.unit == expected.unit;
}

// Each stated figure may be found once; what is left over of the figures read is false.
void score_entry(const CorpusEntry& entry, Score& score) {
    std::vector<Figure> read = figures_in(entry.text);
    std::string missed;
    for (const ExpectedFigure& expected : entry.figures) {
        ++score.stated;
        bool found = false;
        for (auto figure = read.begin(); figure != read.end(); ++figure) {
            if (matches(*figure, expected)) {
                read.erase(figure);
                found = true;
                break;
            }
        }
        if (found)
            ++score.found;
        else
            missed += std::string(" ") + std::string(to_string(expected.measure)) + "=" +
                      std::to_string(static_cast<int>(expected.value)) +
                      (expected.unit == Unit::Percent ? "%" : "");
    }
    score.false_figures += read.size();
    if (!missed.empty() || !read.empty()) {
        score.failures += "  " + entry.text + "\n";
        if (!missed.empty())
            score.failures += "    missed:" + missed + "\n";
        if (!read.empty())
            score.failures += "    false: " + describe(read);
    }
}

TEST(WrittenFormsCorpus, IsBroadEnough) {
    std::size_t stating = 0;
    std::size_t silent = 0;
    for (const CorpusEntry& entry : read_corpus())
        ++(entry.figures.empty() ? silent : stating);
    EXPECT_GE(stating, k_least_stating_entries);
    EXPECT_GE(silent, k_least_silent_entries);
}

TEST(WrittenFormsCorpus, FindsNineInTenFiguresAndNoFalseOnes) {
    Score total;
    std::vector<std::pair<std::string, Score>> groups;
    for (const CorpusEntry& entry : read_corpus()) {
        if (groups.empty() || groups.back().first != entry.group)
            groups.emplace_back(entry.group, Score{});
        score_entry(entry, groups.back().second);
        score_entry(entry, total);
    }
    std::ostringstream report;
    for (const auto& [group, score] : groups) {
        report << "  " << group << ": " << score.found << "/" << score.stated << " found, "
               << score.false_figures << " false\n";
    }
    report << "recall " << total.found << "/" << total.stated << " = " << total.recall()
           << ", false figures " << total.false_figures << "\n";
    std::cout << report.str() << total.failures;
    EXPECT_GE(total.recall(), k_required_recall) << report.str() << total.failures;
    EXPECT_EQ(total.false_figures, 0U) << report.str() << total.failures;
}

} // namespace
} // namespace finsam
