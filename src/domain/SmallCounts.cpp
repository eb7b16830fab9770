#include "domain/SmallCounts.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace finsam {

namespace {

/// A total and the parts that add up to it.
struct Table {
    Measure total;
    std::vector<Measure> parts;
};

const std::vector<Table>& additive_tables() {
    static const std::vector<Table> tables = {
        {Measure::ParticipantsTotal, {Measure::ParticipantsCurrent, Measure::ParticipantsEnded}},
        {Measure::ParticipantsTotal, {Measure::ParticipantsWomen, Measure::ParticipantsMen}},
        {Measure::EndedToWorkOrStudies, {Measure::EndedToWork, Measure::EndedToStudies}},
    };
    return tables;
}

class Suppression {
public:
    Suppression(const std::vector<Figure>& figures, const Disclosure& disclosure)
        : m_disclosure(disclosure) {
        for (const auto& figure : figures) {
            if (figure.unit == Unit::Count && !m_counts.contains(figure.measure))
                m_counts.emplace(figure.measure, figure.value);
        }
        for (const auto& [measure, value] : m_counts) {
            if (is_small(value))
                m_hidden.insert(measure);
        }
        while (protect_tables()) {
        }
    }

    bool hides_count(Measure measure) const { return m_hidden.contains(measure); }

    bool hides_percent(Measure measure, double percent) const {
        if (m_hidden.contains(measure))
            return true;
        const Measure base = share_base(measure);
        if (m_hidden.contains(base))
            return true;
        const auto count = m_counts.find(base);
        return count != m_counts.end() && is_small(std::round(percent * count->second / 100.0));
    }

private:
    bool is_small(double value) const { return m_disclosure.hides(value, Unit::Count); }
    bool known(Measure measure) const {
        return m_counts.contains(measure) && !m_hidden.contains(measure);
    }

    /// One pass over the tables; whether it hid anything more.
    bool protect_tables() {
        bool changed = false;
        for (const auto& table : additive_tables())
            changed = protect(table) || changed;
        return changed;
    }

    bool protect(const Table& table) {
        std::vector<Measure> cells{table.total};
        cells.insert(cells.end(), table.parts.begin(), table.parts.end());
        std::vector<Measure> unknown;
        std::copy_if(cells.begin(), cells.end(), std::back_inserter(unknown),
                     [&](Measure measure) { return !known(measure); });
        if (unknown.size() != 1 || !needs_protection(table, unknown.front()))
            return false;
        if (const auto next = smallest_known_part(table)) {
            m_hidden.insert(*next);
            return true;
        }
        m_hidden.insert(table.total);
        return true;
    }

    /// A hidden cell always; a part the report does not state when what it works out to
    /// is a small count.
    bool needs_protection(const Table& table, Measure unknown) const {
        if (m_hidden.contains(unknown))
            return true;
        if (unknown == table.total)
            return false;
        double rest = m_counts.at(table.total);
        for (const auto part : table.parts) {
            if (part != unknown)
                rest -= m_counts.at(part);
        }
        return is_small(rest);
    }

    std::optional<Measure> smallest_known_part(const Table& table) const {
        std::optional<Measure> smallest;
        for (const auto part : table.parts) {
            if (!known(part) || m_counts.at(part) <= 0)
                continue;
            if (!smallest || m_counts.at(part) < m_counts.at(*smallest))
                smallest = part;
        }
        return smallest;
    }

    const Disclosure& m_disclosure;
    std::map<Measure, double> m_counts;
    std::set<Measure> m_hidden;
};

} // namespace

std::vector<DisclosedFigure> disclose_figures(const std::vector<Figure>& figures,
                                              const Disclosure& disclosure) {
    std::vector<DisclosedFigure> shown;
    shown.reserve(figures.size());
    if (disclosure.small_counts) {
        for (const auto& figure : figures)
            shown.push_back(disclose(figure, disclosure));
        return shown;
    }
    const Suppression suppression(figures, disclosure);
    for (const auto& figure : figures) {
        DisclosedFigure disclosed = disclose(figure, disclosure);
        const bool hidden = figure.unit == Unit::Count
                                ? suppression.hides_count(figure.measure)
                                : suppression.hides_percent(figure.measure, figure.value);
        if (hidden) {
            disclosed.value.reset();
            disclosed.suppressed = true;
        }
        shown.push_back(std::move(disclosed));
    }
    return shown;
}

} // namespace finsam
