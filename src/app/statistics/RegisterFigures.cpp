#include "app/statistics/RegisterFigures.h"

#include "app/ReadAccess.h"
#include "app/statistics/Statistics.h"
#include "output/SwedishLabels.h"
#include "storage/InterventionStore.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace finsam {

namespace {

using nlohmann::json;

/// A figure of the register, and whether it rests on figures the kansli has not confirmed.
struct Counted {
    std::optional<double> value;
    bool unconfirmed = false;
};

/// The statistics' figure of a measure and category, when stated.
Counted value_of(const InterventionStatistics& statistics, Measure measure,
                 const std::string& category = {}) {
    for (const auto& figure : statistics.figures) {
        if (figure.measure == measure && figure.category == category && figure.unit == Unit::Count)
            return {figure.value, figure.value && figure.unconfirmed};
    }
    return {};
}

Counted sum(const Counted& left, const Counted& right) {
    if (!left.value && !right.value)
        return {};
    return {left.value.value_or(0) + right.value.value_or(0),
            left.unconfirmed || right.unconfirmed};
}

/// Sets one of the row's figures, `value`, and whether it is unconfirmed.
void set_field(RegisterRow& row, RegisterField field, std::optional<double>& value,
               const Counted& counted) {
    value = counted.value;
    if (counted.unconfirmed)
        row.unconfirmed.insert(field);
    else
        row.unconfirmed.erase(field);
}

/// The year's participants: those active at its end and those who ended during it. Without
/// the period figures, the report's own totals as of the year's end.
void fill_participants(RegisterRow& row, const InterventionStatistics& statistics) {
    if (!statistics.report_id)
        return;
    const auto by_gender = [&](const std::string& gender) {
        return sum(value_of(statistics, Measure::ParticipantsCurrent, gender),
                   value_of(statistics, Measure::EndedInPeriod, gender));
    };
    set_field(row, RegisterField::Women, row.women, by_gender("kvinna"));
    set_field(row, RegisterField::Men, row.men, by_gender("man"));
    set_field(row, RegisterField::Other, row.other, by_gender("annat"));
    set_field(row, RegisterField::Total, row.total,
              sum(value_of(statistics, Measure::ParticipantsCurrent),
                  value_of(statistics, Measure::EndedInPeriod)));
    if (value_of(statistics, Measure::EndedInPeriod).value || row.women || row.men) {
        row.source = ParticipantSource::PeriodFigures;
        return;
    }
    set_field(row, RegisterField::Women, row.women,
              value_of(statistics, Measure::ParticipantsWomen));
    set_field(row, RegisterField::Men, row.men, value_of(statistics, Measure::ParticipantsMen));
    set_field(row, RegisterField::Other, row.other, {});
    set_field(row, RegisterField::Total, row.total,
              value_of(statistics, Measure::ParticipantsTotal));
    row.source = ParticipantSource::StatedTotals;
}

/// The budgeted participants: a target the reports state, else a goal counting them (typed
/// into the insats, so never unconfirmed).
Counted budgeted_participants(const InterventionStatistics& statistics) {
    if (const auto target = value_of(statistics, Measure::ParticipantsTarget); target.value)
        return target;
    for (const auto& row : statistics.goals) {
        const Goal& goal = row.goal;
        if (goal.measure == Measure::ParticipantsTotal && goal.unit == Unit::Count)
            return {goal.target, false};
    }
    return {};
}

std::string_view source_name(ParticipantSource source) {
    switch (source) {
    case ParticipantSource::PeriodFigures:
        return "period_figures";
    case ParticipantSource::StatedTotals:
        return "stated_totals";
    case ParticipantSource::None:
        return "none";
    }
    return "none";
}

std::string_view field_name(RegisterField field) {
    switch (field) {
    case RegisterField::BudgetedParticipants:
        return "budgeted_participants";
    case RegisterField::Women:
        return "participants.kvinna";
    case RegisterField::Men:
        return "participants.man";
    case RegisterField::Other:
        return "participants.annat";
    case RegisterField::Total:
        return "participants.total";
    }
    return "";
}

DataCell number(std::optional<double> value) {
    DataCell cell;
    if (value)
        cell.value = *value;
    return cell;
}

/// A figure from the reports, marked when it rests on unconfirmed figures.
DataCell figure_cell(const RegisterRow& row, RegisterField field, std::optional<double> value) {
    DataCell cell = number(value);
    cell.unconfirmed = row.unconfirmed.contains(field);
    return cell;
}

DataCell amount(std::optional<std::int64_t> value) {
    return number(value ? std::optional(double(*value)) : std::nullopt);
}

DataCell text(std::string value) {
    DataCell cell;
    cell.value = std::move(value);
    return cell;
}

std::string table_title(InterventionKind kind, int year) {
    const std::string suffix = " " + std::to_string(year);
    switch (kind) {
    case InterventionKind::Individual:
        return "Individinriktade insatser" + suffix;
    case InterventionKind::Structural:
        return "Strukturinriktade insatser" + suffix;
    case InterventionKind::Unknown:
        break;
    }
    return "Insatser utan angiven typ" + suffix;
}

json optional_json(std::optional<double> value) {
    if (!value)
        return nullptr;
    if (*value == std::floor(*value))
        return static_cast<std::int64_t>(*value);
    return *value;
}

} // namespace

AppResult<RegisterYear> register_figures(const AppContext& context, int year) {
    if (const auto allowed = require_kansli(context); !allowed)
        return tl::unexpected(allowed.error());
    const std::chrono::year calendar_year{year};
    const PeriodSelection selection{
        {Date{calendar_year, std::chrono::January, std::chrono::day{1}},
         Date{calendar_year, std::chrono::December, std::chrono::day{31}}},
        PeriodGranularity::Year};
    // The register takes counts only, so no goal a survey measures is followed up: no surveys.
    const auto statistics =
        participant_statistics(context, {selection, std::nullopt}, SurveyCatalog{});
    if (!statistics)
        return tl::unexpected(statistics.error());
    auto listed = InterventionStore(context.database()).list(context.user().association_id);
    if (!listed)
        return tl::unexpected(AppError::internal(listed.error()));
    std::map<std::int64_t, const InterventionDetails*> details_by_id;
    for (const auto& details : *listed)
        details_by_id[details.id] = &details;
    RegisterYear register_year{year, {}, statistics->marks_unconfirmed};
    for (const auto& insats : statistics->interventions) {
        const InterventionDetails& details = *details_by_id.at(insats.intervention_id);
        RegisterRow row;
        row.intervention_id = insats.intervention_id;
        row.name = insats.name;
        row.owner = insats.owner;
        row.kind = insats.kind;
        row.granted_sek = details.granted_sek;
        row.used_sek = details.used_sek;
        set_field(row, RegisterField::BudgetedParticipants, row.budgeted_participants,
                  budgeted_participants(insats));
        fill_participants(row, insats);
        register_year.rows.push_back(std::move(row));
    }
    return register_year;
}

std::vector<DataTable> register_tables(const RegisterYear& register_year) {
    std::vector<DataTable> tables;
    for (const auto kind :
         {InterventionKind::Individual, InterventionKind::Structural, InterventionKind::Unknown}) {
        DataTable table;
        table.title = table_title(kind, register_year.year);
        table.columns = {"Insats", "Huvudman", "Beviljade medel (kr)", "Utnyttjade medel (kr)",
                         "Budgeterat antal deltagare"};
        const bool by_gender = kind != InterventionKind::Structural;
        if (by_gender)
            table.columns.insert(table.columns.end(), {"Kvinnor", "Män", "Annat/okänt kön"});
        table.columns.push_back("Deltagare totalt");
        bool stated_totals = false;
        bool unconfirmed = false;
        for (const auto& row : register_year.rows) {
            if (row.kind != kind)
                continue;
            std::vector<DataCell> cells{
                text(row.name), text(row.owner.value_or("")), amount(row.granted_sek),
                amount(row.used_sek),
                figure_cell(row, RegisterField::BudgetedParticipants, row.budgeted_participants)};
            if (by_gender)
                cells.insert(cells.end(), {figure_cell(row, RegisterField::Women, row.women),
                                           figure_cell(row, RegisterField::Men, row.men),
                                           figure_cell(row, RegisterField::Other, row.other)});
            cells.push_back(figure_cell(row, RegisterField::Total, row.total));
            unconfirmed =
                unconfirmed || std::any_of(cells.begin(), cells.end(),
                                           [](const DataCell& cell) { return cell.unconfirmed; });
            table.rows.push_back(std::move(cells));
            stated_totals = stated_totals || row.source == ParticipantSource::StatedTotals;
        }
        if (table.rows.empty())
            continue;
        table.notes = {"Deltagare under året: inskrivna vid årets slut och avslutade under året. "
                       "Medlen gäller hela insatsen, som de står på insatsen."};
        if (stated_totals)
            table.notes.push_back("Insatser som inte lämnat deltagarstatistik per kvartal har "
                                  "rapportens egna totalsiffror.");
        if (unconfirmed)
            table.notes.push_back(
                "† = läst ur texten, ej bekräftad (i Excel blå celler): siffran vilar på nyckeltal "
                "som lästes ur en importerad rapports text och som kansliet inte har bekräftat. "
                "Jämför dem med rapportens text och bekräfta dem på rapportens sida innan de förs "
                "in i Uppföljning Finsam.");
        tables.push_back(std::move(table));
    }
    return tables;
}

std::vector<json> register_json(const RegisterYear& register_year) {
    std::vector<json> objects;
    for (const auto& row : register_year.rows) {
        objects.push_back(
            {{"insats", row.name},
             {"kind",
              row.kind == InterventionKind::Unknown ? json(nullptr) : json(to_string(row.kind))},
             {"owner", row.owner ? json(*row.owner) : json(nullptr)},
             {"year", register_year.year},
             {"granted_sek", row.granted_sek ? json(*row.granted_sek) : json(nullptr)},
             {"used_sek", row.used_sek ? json(*row.used_sek) : json(nullptr)},
             {"budgeted_participants", optional_json(row.budgeted_participants)},
             {"participants",
              {{"kvinna", optional_json(row.women)},
               {"man", optional_json(row.men)},
               {"annat", optional_json(row.other)},
               {"total", optional_json(row.total)}}},
             {"source", source_name(row.source)}});
        if (register_year.marks_unconfirmed) {
            json unconfirmed = json::array();
            for (const RegisterField field : row.unconfirmed)
                unconfirmed.push_back(field_name(field));
            objects.back()["unconfirmed"] = std::move(unconfirmed);
        }
    }
    return objects;
}

} // namespace finsam
