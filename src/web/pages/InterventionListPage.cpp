#include "web/pages/InterventionListPage.h"

#include "output/SwedishLabels.h"

namespace finsam {

mstch::map intervention_list_page(const std::vector<InterventionDetails>& interventions, Date today,
                                  bool can_create) {
    mstch::array rows;
    for (const auto& details : interventions) {
        rows.push_back(mstch::map{{"id", std::to_string(details.id)},
                                  {"name", details.name},
                                  {"owner", details.owner.value_or("")},
                                  {"kind", std::string(intervention_kind_label(details.kind))},
                                  {"period", format_iso_or_empty(details.period_start) + " – " +
                                                 format_iso_or_empty(details.period_end)},
                                  {"state", std::string(phase_label(details.phase_on(today)))}});
    }
    return mstch::map{{"rows", rows}, {"has_rows", !rows.empty()}, {"can_create", can_create}};
}

} // namespace finsam
