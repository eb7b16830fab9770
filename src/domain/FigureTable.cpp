#include "domain/FigureTable.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace finsam {

namespace {

/// The kön a category names: kvinna, man, annat (annat eller okänt).
std::optional<int> gender_of(const std::string& category) {
    if (category == "kvinna")
        return 0;
    if (category == "man")
        return 1;
    if (category == "annat")
        return 2;
    return std::nullopt;
}

/// Measures whose categories are the codes of a code list, adding up to a whole.
bool is_exhaustive_breakdown(Measure measure) {
    return measure == Measure::EndedByReason || measure == Measure::IncomeAtStart ||
           measure == Measure::IncomeAtEnd || measure == Measure::ReferredBy;
}

std::optional<double> stated_value(const std::map<std::pair<Measure, std::string>, double>& stated,
                                   Measure measure, const std::string& category = {}) {
    const auto found = stated.find({measure, category});
    return found == stated.end() ? std::nullopt : std::optional(found->second);
}

/// A 64-bit mix (splitmix64's finaliser) of a running hash and one more value.
std::uint64_t mixed(std::uint64_t hash, std::uint64_t value) {
    std::uint64_t mixed_value = hash ^ (value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2));
    mixed_value = (mixed_value ^ (mixed_value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    mixed_value = (mixed_value ^ (mixed_value >> 27)) * 0x94d049bb133111ebULL;
    return mixed_value ^ (mixed_value >> 31);
}

/// Labels of a block's inner cells: the participants in total (k_genders * k_statuses), the
/// new and the ended of the period (k_genders each), then one per part of a breakdown.
constexpr std::uint64_t k_everyone_label = 1;
constexpr std::uint64_t k_newcomers_label = 100;
constexpr std::uint64_t k_leavers_label = 200;

std::uint64_t part_label(Measure measure, const std::string& category) {
    std::uint64_t label = mixed(1000, std::uint64_t(measure));
    for (const char character : category)
        label = mixed(label, std::uint64_t(static_cast<unsigned char>(character)));
    return label;
}

} // namespace

int FigureTable::inner_cells(const Block& block, int count, std::uint64_t first_label) {
    const int first = m_inner_count;
    m_inner_count += count;
    for (int offset = 0; offset < count; ++offset) {
        m_inner_identities.push_back(
            mixed(block.identity.version, first_label + std::uint64_t(offset)));
        m_inner_years.push_back(block.identity.year);
    }
    return first;
}

int FigureTable::add_cell(Vector vector, double value) {
    m_cells.push_back(TableCell{std::move(vector), value});
    return int(m_cells.size()) - 1;
}

/// A relation's cells need not be stated: the reader knows it of any two such reports.
void FigureTable::add_relation(Vector vector) {
    m_cells.push_back(TableCell{std::move(vector), 0, CellRole::Known});
}

int FigureTable::everyone(Block& block) {
    if (block.everyone < 0)
        block.everyone = inner_cells(block, k_genders * k_statuses, k_everyone_label);
    return block.everyone;
}

FigureTable::Vector FigureTable::participants(Block& block, std::optional<int> gender,
                                              std::vector<Status> statuses) {
    const int first = everyone(block);
    Vector vector;
    for (int g = 0; g < k_genders; ++g) {
        if (gender && *gender != g)
            continue;
        for (const auto status : statuses)
            vector.emplace_back(first + g * k_statuses + int(status), 1);
    }
    return vector;
}

FigureTable::Vector FigureTable::period_flow(Block& block, Measure measure,
                                             std::optional<int> gender) {
    const bool newcomers = measure == Measure::ParticipantsNew;
    int& first = newcomers ? block.newcomers : block.leavers;
    if (first < 0)
        first = inner_cells(block, k_genders, newcomers ? k_newcomers_label : k_leavers_label);
    Vector vector;
    for (int g = 0; g < k_genders; ++g) {
        if (!gender || *gender == g)
            vector.emplace_back(first + g, 1);
    }
    return vector;
}

std::optional<FigureTable::Vector> FigureTable::vector_of(Block& block, const Key& key) {
    const auto& [measure, category] = key;
    const auto gender = gender_of(category);
    if (!category.empty() && !gender && !is_exhaustive_breakdown(measure)) {
        // A part of no known relation (a target group): its own inner cell.
        auto [found, added] = block.free_parts.try_emplace(key, 0);
        if (added)
            found->second = inner_cells(block, 1, part_label(measure, category));
        return Vector{{found->second, 1}};
    }
    const std::vector<Status> all{Status::Active, Status::EndedToWork, Status::EndedToStudies,
                                  Status::EndedOtherwise};
    switch (measure) {
    case Measure::ParticipantsTotal:
        return participants(block, gender, all);
    case Measure::ParticipantsWomen:
        return participants(block, 0, all);
    case Measure::ParticipantsMen:
        return participants(block, 1, all);
    case Measure::ParticipantsCurrent:
        return participants(block, gender, {Status::Active});
    case Measure::ParticipantsEnded:
        return participants(block, gender,
                            {Status::EndedToWork, Status::EndedToStudies, Status::EndedOtherwise});
    case Measure::EndedToWork:
        return participants(block, gender, {Status::EndedToWork});
    case Measure::EndedToStudies:
        return participants(block, gender, {Status::EndedToStudies});
    case Measure::EndedToWorkOrStudies:
        return participants(block, gender, {Status::EndedToWork, Status::EndedToStudies});
    case Measure::ParticipantsNew:
    case Measure::EndedInPeriod:
        return period_flow(block, measure, gender);
    case Measure::ParticipantsAnonymous:
    case Measure::TargetGroup: {
        auto [found, added] = block.free_parts.try_emplace(key, 0);
        if (added)
            found->second = inner_cells(block, 1, part_label(measure, category));
        return Vector{{found->second, 1}};
    }
    case Measure::ParticipantsTarget: // a goal, not people
    case Measure::EndedByReason:      // parts of a breakdown: add_breakdown
    case Measure::IncomeAtStart:
    case Measure::IncomeAtEnd:
    case Measure::ReferredBy:
        return std::nullopt;
    }
    return std::nullopt;
}

/// A breakdown of a period flow by a code list. When the stated parts add up to the whole,
/// the last is the whole less the others; otherwise each part is its own unknown and what is
/// left over a cell never shown.
void FigureTable::add_breakdown(Block& block, Measure whole, Measure part_measure,
                                const std::map<Key, double>& stated) {
    std::vector<std::pair<std::string, double>> parts;
    for (const auto& [key, value] : stated) {
        if (key.first == part_measure)
            parts.emplace_back(key.second, value);
    }
    if (parts.empty())
        return;
    const Vector whole_vector = period_flow(block, whole, std::nullopt);
    const auto whole_value = stated_value(stated, whole);
    const double sum =
        std::accumulate(parts.begin(), parts.end(), 0.0,
                        [](double total, const auto& part) { return total + part.second; });
    const bool exhaustive = whole_value && *whole_value == sum;
    Vector rest = whole_vector;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto& [code, value] = parts[i];
        const bool last = exhaustive && i + 1 == parts.size();
        if (last) {
            block.counts[{part_measure, code}] = add_cell(rest, value);
            return;
        }
        const int inner = inner_cells(block, 1, part_label(part_measure, code));
        block.counts[{part_measure, code}] = add_cell({{inner, 1}}, value);
        rest.emplace_back(inner, -1);
    }
    if (whole_value && *whole_value > sum)
        add_cell(rest, *whole_value - sum);
}

/// Figures a report does not state but its figures give away: the one unstated member of a
/// sum whose other members are stated.
void FigureTable::add_implied(Block& block, const std::map<Key, double>& stated) {
    const auto implied = [&](Vector vector, double value) {
        if (value >= 0)
            add_cell(std::move(vector), value);
    };
    // A sum `whole = parts...`, by their keys: when exactly one is unstated, it is implied.
    const auto relation = [&](const Key& whole, const std::vector<Key>& parts) {
        std::vector<Key> members{whole};
        members.insert(members.end(), parts.begin(), parts.end());
        std::vector<Key> unstated;
        for (const auto& key : members) {
            if (!stated.contains(key))
                unstated.push_back(key);
        }
        if (unstated.size() != 1)
            return;
        double parts_sum = 0;
        for (const auto& key : parts)
            parts_sum += stated.contains(key) ? stated.at(key) : 0;
        const Key& missing = unstated.front();
        const double value = missing == whole ? parts_sum : stated.at(whole) - (parts_sum);
        if (const auto vector = vector_of(block, missing))
            implied(*vector, value);
    };
    using enum Measure;
    relation({ParticipantsTotal, ""}, {{ParticipantsCurrent, ""}, {ParticipantsEnded, ""}});
    relation({EndedToWorkOrStudies, ""}, {{EndedToWork, ""}, {EndedToStudies, ""}});
    for (const auto measure : {ParticipantsCurrent, ParticipantsNew, EndedInPeriod})
        relation({measure, ""}, {{measure, "kvinna"}, {measure, "man"}, {measure, "annat"}});
    // Parts no measure names: annat/okänt kön of the total, and those ended otherwise.
    const auto total = stated_value(stated, ParticipantsTotal);
    const auto women = stated_value(stated, ParticipantsWomen);
    const auto men = stated_value(stated, ParticipantsMen);
    if (total && women && men)
        implied(participants(block, 2,
                             {Status::Active, Status::EndedToWork, Status::EndedToStudies,
                              Status::EndedOtherwise}),
                *total - *women - *men);
    const auto ended = stated_value(stated, ParticipantsEnded);
    const auto to_work = stated_value(stated, EndedToWork);
    const auto to_studies = stated_value(stated, EndedToStudies);
    if (ended && to_work && to_studies)
        implied(participants(block, std::nullopt, {Status::EndedOtherwise}),
                *ended - *to_work - *to_studies);
}

/// A percentage and the count of its base give the count it is a share of.
void FigureTable::add_share(Block& block, std::size_t index, const std::map<Key, double>& stated) {
    const Figure& figure = block.figures[index];
    Share share;
    if (const auto found = block.counts.find({figure.measure, figure.category});
        found != block.counts.end())
        share.count = found->second;
    const Measure base = share_base(figure.measure);
    if (const auto found = block.counts.find({base, ""}); found != block.counts.end()) {
        share.base = found->second;
        if (const auto vector = vector_of(block, {figure.measure, figure.category}))
            share.implied =
                add_cell(*vector, std::round(figure.value * *stated_value(stated, base) / 100.0));
    }
    block.shares[index] = share;
}

int FigureTable::add_report(const std::vector<Figure>& figures, ReportIdentity identity) {
    m_blocks.emplace_back();
    const int number = int(m_blocks.size()) - 1;
    Block& block = m_blocks.back();
    block.figures = figures;
    block.identity = identity;
    block.first_cell = int(m_cells.size());
    std::map<Key, double> stated;
    for (const auto& figure : figures) {
        if (figure.unit == Unit::Count && figure.measure != Measure::ParticipantsTarget)
            stated.try_emplace({figure.measure, figure.category}, figure.value);
    }
    for (const auto& [key, value] : stated) {
        if (is_exhaustive_breakdown(key.first))
            continue;
        if (const auto vector = vector_of(block, key))
            block.counts[key] = add_cell(*vector, value);
    }
    add_breakdown(block, Measure::EndedInPeriod, Measure::EndedByReason, stated);
    add_breakdown(block, Measure::EndedInPeriod, Measure::IncomeAtStart, stated);
    add_breakdown(block, Measure::EndedInPeriod, Measure::IncomeAtEnd, stated);
    add_breakdown(block, Measure::ParticipantsNew, Measure::ReferredBy, stated);
    add_implied(block, stated);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        if (figures[i].unit == Unit::Percent)
            add_share(block, i, stated);
    }
    block.end_cell = int(m_cells.size());
    return number;
}

int FigureTable::add_decided_report(const std::vector<Figure>& figures, const FigureTable& decided,
                                    int decided_block, ReportIdentity identity) {
    const int number = add_report(figures, identity);
    const Block& added = m_blocks.at(std::size_t(number));
    const Block& there = decided.m_blocks.at(std::size_t(decided_block));
    if (added.end_cell - added.first_cell != there.end_cell - there.first_cell)
        throw std::invalid_argument("a decided report was added with other figures");
    for (int offset = 0; offset < added.end_cell - added.first_cell; ++offset) {
        m_cells[std::size_t(added.first_cell + offset)].role =
            decided.hidden(there.first_cell + offset) ? CellRole::Withheld : CellRole::Known;
    }
    return number;
}

std::optional<int> FigureTable::count_cell(int block, Measure measure,
                                           const std::string& category) const {
    const auto& counts = m_blocks.at(std::size_t(block)).counts;
    const auto found = counts.find({measure, category});
    return found == counts.end() ? std::nullopt : std::optional(found->second);
}

int FigureTable::add_sum(const std::vector<int>& cells) {
    Vector vector;
    double value = 0;
    for (const int cell : cells) {
        const auto& added = m_cells.at(std::size_t(cell));
        vector.insert(vector.end(), added.terms.begin(), added.terms.end());
        value += added.value;
    }
    return add_cell(std::move(vector), value);
}

namespace {

using Terms = std::vector<std::pair<int, int>>;

Terms difference(Terms left, const Terms& right) {
    for (const auto& [inner, coefficient] : right)
        left.emplace_back(inner, -coefficient);
    return left;
}

} // namespace

void FigureTable::link_consecutive(int earlier, int later) {
    Block& before = m_blocks.at(std::size_t(earlier));
    Block& after = m_blocks.at(std::size_t(later));
    const std::vector<Status> all{Status::Active, Status::EndedToWork, Status::EndedToStudies,
                                  Status::EndedOtherwise};
    const std::vector<Status> ended{Status::EndedToWork, Status::EndedToStudies,
                                    Status::EndedOtherwise};
    for (int gender = 0; gender < k_genders; ++gender) {
        add_relation(difference(
            difference(participants(after, gender, all), participants(before, gender, all)),
            period_flow(after, Measure::ParticipantsNew, gender)));
        add_relation(difference(
            difference(participants(after, gender, ended), participants(before, gender, ended)),
            period_flow(after, Measure::EndedInPeriod, gender)));
    }
}

void FigureTable::link_same_end(int block, int other) {
    Block& first = m_blocks.at(std::size_t(block));
    Block& second = m_blocks.at(std::size_t(other));
    for (int gender = 0; gender < k_genders; ++gender) {
        for (int status = 0; status < k_statuses; ++status) {
            const std::vector<Status> one{Status(status)};
            add_relation(
                difference(participants(first, gender, one), participants(second, gender, one)));
        }
    }
}

void FigureTable::suppress(int threshold, const PublishedCells& published) {
    m_protects = threshold > 1;
    m_hidden.assign(m_cells.size(), false);
    if (m_cells.empty())
        return;
    if (!published.empty()) {
        for (std::size_t cell = 0; cell < m_cells.size(); ++cell) {
            TableCell& known = m_cells[cell];
            const bool small_count = known.value > 0 && known.value < threshold;
            if (known.role == CellRole::Offered && !small_count &&
                published.contains(cell_identity(int(cell))))
                known.role = CellRole::Known;
        }
    }
    m_hidden = suppress_small_counts(m_inner_count, m_cells, threshold).hidden;
}

std::uint64_t FigureTable::cell_identity(int cell) const {
    std::vector<std::pair<std::uint64_t, int>> terms;
    for (const auto& [inner, coefficient] : m_cells.at(std::size_t(cell)).terms)
        terms.emplace_back(m_inner_identities.at(std::size_t(inner)), coefficient);
    std::sort(terms.begin(), terms.end());
    std::uint64_t identity = 0;
    for (std::size_t index = 0; index < terms.size();) {
        // The terms of one inner cell (a sum may list it more than once) added up.
        const std::uint64_t inner = terms[index].first;
        std::int64_t coefficient = 0;
        for (; index < terms.size() && terms[index].first == inner; ++index)
            coefficient += terms[index].second;
        if (coefficient != 0)
            identity = mixed(mixed(identity, inner), std::uint64_t(coefficient));
    }
    // Two cells of one report over the same inner cells can differ (a count stated, and the
    // count its share implies): the value tells them apart.
    return mixed(identity, std::bit_cast<std::uint64_t>(m_cells.at(std::size_t(cell)).value));
}

std::vector<PublishedCell> FigureTable::newly_published(const PublishedCells& published) const {
    std::vector<PublishedCell> cells;
    for (std::size_t cell = 0; cell < m_cells.size(); ++cell) {
        if (m_cells[cell].role != CellRole::Offered || m_hidden.at(cell))
            continue;
        const std::uint64_t identity = cell_identity(int(cell));
        if (published.contains(identity))
            continue;
        int year = 0;
        for (const auto& term : m_cells[cell].terms)
            year = std::max(year, m_inner_years.at(std::size_t(term.first)));
        cells.push_back({identity, year});
    }
    return cells;
}

bool FigureTable::figure_hidden(int block, std::size_t figure_index) const {
    const Block& stored = m_blocks.at(std::size_t(block));
    const Figure& figure = stored.figures.at(figure_index);
    if (figure.measure == Measure::ParticipantsTarget)
        return false;
    if (figure.unit == Unit::Count) {
        const auto cell = count_cell(block, figure.measure, figure.category);
        return cell && hidden(*cell);
    }
    const auto found = stored.shares.find(figure_index);
    if (found == stored.shares.end())
        return false;
    const Share& share = found->second;
    const auto is_hidden = [&](std::optional<int> cell) { return cell && hidden(*cell); };
    // A share of a base the report does not state may still be of a base its other figures
    // give away (the ended, from the total and the active): it cannot be checked, so it is
    // hidden whenever small counts are.
    if (!share.base)
        return m_protects;
    return is_hidden(share.count) || is_hidden(share.implied) || is_hidden(share.base);
}

} // namespace finsam
