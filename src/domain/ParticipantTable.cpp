#include "domain/ParticipantTable.h"

namespace finsam {

std::optional<BreakdownWhole> breakdown_whole(Measure measure) {
    switch (measure) {
    case Measure::EndedByReason:
    case Measure::IncomeAtStart:
    case Measure::IncomeAtEnd:
        return BreakdownWhole{Measure::EndedInPeriod, PartsOfWhole::AddUp};
    case Measure::ReferredBy:
        return BreakdownWhole{Measure::ParticipantsNew, PartsOfWhole::AddUp};
    case Measure::TargetGroup:
        return BreakdownWhole{Measure::ParticipantsNew, PartsOfWhole::EachAtMost};
    default:
        return std::nullopt;
    }
}

bool is_split_by_gender(Measure measure) {
    return measure == Measure::ParticipantsNew || measure == Measure::ParticipantsCurrent ||
           measure == Measure::EndedInPeriod;
}

} // namespace finsam
