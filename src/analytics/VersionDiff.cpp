#include "analytics/VersionDiff.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <utility>

namespace finsam {

ChangeKind FigureChange::kind() const {
    if (!before)
        return ChangeKind::Added;
    if (!after)
        return ChangeKind::Removed;
    return ChangeKind::Changed;
}

bool ReportDiff::empty() const {
    return fields.empty() && sections.empty() && figures.empty() && goals.empty();
}

namespace {

std::string render(const std::optional<std::string>& text) {
    return text.value_or(std::string{});
}

std::string render(const std::optional<Date>& date) {
    return date ? format_iso(*date) : std::string{};
}

std::string render(const std::optional<std::int64_t>& amount) {
    return amount ? std::to_string(*amount) : std::string{};
}

std::string render(const StatedPeriod& period) {
    if (!period.start && !period.end)
        return {};
    return render(period.start) + "/" + render(period.end);
}

std::string render(const std::vector<std::string>& partners) {
    std::string joined;
    for (const std::string& partner : partners) {
        if (!joined.empty())
            joined += ", ";
        joined += partner;
    }
    return joined;
}

std::vector<FieldChange> diff_fields(const Report& before, const Report& after) {
    const FieldChange candidates[] = {
        {field_key::k_intervention_name, before.intervention.name, after.intervention.name},
        {field_key::k_owner, render(before.intervention.owner), render(after.intervention.owner)},
        {field_key::k_intervention_kind, std::string(to_string(before.intervention.kind)),
         std::string(to_string(after.intervention.kind))},
        {field_key::k_period, render(before.period), render(after.period)},
        {field_key::k_registry_number, render(before.registration.registry_number),
         render(after.registration.registry_number)},
        {field_key::k_signature, render(before.registration.signature),
         render(after.registration.signature)},
        {field_key::k_arrival_date, render(before.registration.arrival_date),
         render(after.registration.arrival_date)},
        {field_key::k_granted_sek, render(before.funds.granted_sek),
         render(after.funds.granted_sek)},
        {field_key::k_used_sek, render(before.funds.used_sek), render(after.funds.used_sek)},
        {field_key::k_reporter_date, render(before.reporter.date), render(after.reporter.date)},
        {field_key::k_reporter_name, render(before.reporter.name), render(after.reporter.name)},
        {field_key::k_partners, render(before.partners), render(after.partners)},
    };
    std::vector<FieldChange> changes;
    for (const FieldChange& candidate : candidates) {
        if (candidate.before != candidate.after)
            changes.push_back(candidate);
    }
    return changes;
}

// A section's identity: its id and which occurrence of that id it is, so a report that
// repeats an id still pairs its sections one to one.
using SectionKey = std::pair<std::string, std::size_t>;

std::vector<SectionKey> section_keys(const std::vector<Section>& sections) {
    std::map<std::string, std::size_t> seen;
    std::vector<SectionKey> keys;
    keys.reserve(sections.size());
    for (const Section& section : sections)
        keys.emplace_back(section.id, seen[section.id]++);
    return keys;
}

SectionChange added_section(const Section& section) {
    return {section.id, section.title, {}, ChangeKind::Added, diff_words({}, section.text)};
}

SectionChange removed_section(const Section& section) {
    return {section.id, section.title, {}, ChangeKind::Removed, diff_words(section.text, {})};
}

std::vector<SectionChange> diff_sections(const std::vector<Section>& before,
                                         const std::vector<Section>& after) {
    const std::vector<SectionKey> before_keys = section_keys(before);
    const std::vector<SectionKey> after_keys = section_keys(after);
    std::map<SectionKey, std::size_t> before_index;
    for (std::size_t index = 0; index < before.size(); ++index)
        before_index.emplace(before_keys[index], index);
    std::map<SectionKey, std::size_t> after_index;
    for (std::size_t index = 0; index < after.size(); ++index)
        after_index.emplace(after_keys[index], index);

    // A removed section stands after the nearest earlier section that was kept (or first).
    std::vector<std::vector<std::size_t>> removed_after(after.size());
    std::vector<std::size_t> removed_first;
    std::optional<std::size_t> last_kept;
    for (std::size_t index = 0; index < before.size(); ++index) {
        const auto kept = after_index.find(before_keys[index]);
        if (kept != after_index.end())
            last_kept = kept->second;
        else
            (last_kept ? removed_after[*last_kept] : removed_first).push_back(index);
    }

    std::vector<SectionChange> changes;
    for (std::size_t index : removed_first)
        changes.push_back(removed_section(before[index]));
    for (std::size_t index = 0; index < after.size(); ++index) {
        const Section& newer = after[index];
        const auto matched = before_index.find(after_keys[index]);
        if (matched == before_index.end()) {
            changes.push_back(added_section(newer));
        } else if (const Section& older = before[matched->second]; older != newer) {
            changes.push_back({newer.id, newer.title,
                               older.title != newer.title ? older.title : std::string{},
                               ChangeKind::Changed, diff_words(older.text, newer.text)});
        }
        for (std::size_t removed : removed_after[index])
            changes.push_back(removed_section(before[removed]));
    }
    return changes;
}

// The first value each (measure, unit) has in a report; a map keeps them in enum order.
std::map<std::pair<Measure, Unit>, double> first_values(const std::vector<Figure>& figures) {
    std::map<std::pair<Measure, Unit>, double> values;
    for (const Figure& figure : figures)
        values.try_emplace({figure.measure, figure.unit}, figure.value);
    return values;
}

std::vector<FigureChange> diff_figures(const std::vector<Figure>& before,
                                       const std::vector<Figure>& after) {
    std::map<std::pair<Measure, Unit>, FigureChange> changes;
    for (const auto& [key, value] : first_values(before))
        changes.try_emplace(key, FigureChange{key.first, key.second, value, std::nullopt});
    for (const auto& [key, value] : first_values(after)) {
        auto [found, inserted] =
            changes.try_emplace(key, FigureChange{key.first, key.second, std::nullopt, value});
        if (!inserted)
            found->second.after = value;
    }
    std::vector<FigureChange> listed;
    for (const auto& [key, change] : changes) {
        if (change.before != change.after)
            listed.push_back(change);
    }
    return listed;
}

GoalChange goal_change(ChangeKind kind, const std::string& before_text,
                       const std::string& after_text) {
    return {kind, before_text, after_text, diff_words(before_text, after_text)};
}

std::vector<GoalChange> diff_goals(const std::vector<Goal>& before,
                                   const std::vector<Goal>& after) {
    std::vector<std::string_view> before_texts;
    for (const Goal& goal : before)
        before_texts.push_back(goal.text);
    std::vector<std::string_view> after_texts;
    for (const Goal& goal : after)
        after_texts.push_back(goal.text);

    // Goal lists are a handful of entries, far inside the budget; should one ever exceed it,
    // every goal counts as taken out and put back, and the pairing below still applies.
    const std::vector<DiffOp> ops = edit_script(before_texts, after_texts);

    std::vector<GoalChange> changes;
    std::vector<std::size_t> removed;
    std::vector<std::size_t> added;
    const auto flush = [&] {
        const std::size_t paired = std::min(removed.size(), added.size());
        for (std::size_t index = 0; index < paired; ++index)
            changes.push_back(goal_change(ChangeKind::Changed, before[removed[index]].text,
                                          after[added[index]].text));
        for (std::size_t index = paired; index < removed.size(); ++index)
            changes.push_back(goal_change(ChangeKind::Removed, before[removed[index]].text, {}));
        for (std::size_t index = paired; index < added.size(); ++index)
            changes.push_back(goal_change(ChangeKind::Added, {}, after[added[index]].text));
        removed.clear();
        added.clear();
    };
    std::size_t before_index = 0;
    std::size_t after_index = 0;
    for (DiffOp op : ops) {
        if (op == DiffOp::Deleted) {
            removed.push_back(before_index++);
        } else if (op == DiffOp::Inserted) {
            added.push_back(after_index++);
        } else {
            flush();
            ++before_index;
            ++after_index;
        }
    }
    flush();
    return changes;
}

} // namespace

ReportDiff diff_reports(const Report& before, const Report& after) {
    return {diff_fields(before, after), diff_sections(before.sections, after.sections),
            diff_figures(before.figures, after.figures), diff_goals(before.goals, after.goals)};
}

} // namespace finsam
