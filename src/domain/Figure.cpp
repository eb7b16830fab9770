#include "domain/Figure.h"

#include <array>
#include <utility>

namespace finsam {

namespace {

constexpr std::array<std::pair<Measure, std::string_view>, 17> k_measure_names{{
    {Measure::ParticipantsTotal, "participants_total"},
    {Measure::ParticipantsCurrent, "participants_current"},
    {Measure::ParticipantsEnded, "participants_ended"},
    {Measure::ParticipantsWomen, "participants_women"},
    {Measure::ParticipantsMen, "participants_men"},
    {Measure::ParticipantsAnonymous, "participants_anonymous"},
    {Measure::ParticipantsTarget, "participants_target"},
    {Measure::EndedToWork, "ended_to_work"},
    {Measure::EndedToStudies, "ended_to_studies"},
    {Measure::EndedToWorkOrStudies, "ended_to_work_or_studies"},
    {Measure::ParticipantsNew, "participants_new"},
    {Measure::EndedInPeriod, "ended_in_period"},
    {Measure::EndedByReason, "ended_by_reason"},
    {Measure::IncomeAtStart, "income_at_start"},
    {Measure::IncomeAtEnd, "income_at_end"},
    {Measure::ReferredBy, "referred_by"},
    {Measure::TargetGroup, "target_group"},
}};

} // namespace

std::string_view to_string(Measure measure) {
    for (const auto& [known, name] : k_measure_names) {
        if (known == measure)
            return name;
    }
    return "";
}

std::string_view to_string(Unit unit) {
    return unit == Unit::Percent ? "percent" : "count";
}

std::optional<Measure> measure_from_string(std::string_view name) {
    for (const auto& [measure, known] : k_measure_names) {
        if (known == name)
            return measure;
    }
    return std::nullopt;
}

std::optional<Unit> unit_from_string(std::string_view name) {
    if (name == "count")
        return Unit::Count;
    if (name == "percent")
        return Unit::Percent;
    return std::nullopt;
}

Measure share_base(Measure measure) {
    switch (measure) {
    case Measure::EndedToWork:
    case Measure::EndedToStudies:
    case Measure::EndedToWorkOrStudies:
        return Measure::ParticipantsEnded;
    default:
        return Measure::ParticipantsTotal;
    }
}

} // namespace finsam
