#include "web/pages/Layout.h"

#include "domain/AccessPolicy.h"
#include "output/SwedishLabels.h"

namespace finsam {

namespace {

mstch::array navigation(const AccessPolicy& policy) {
    mstch::array items;
    const auto add = [&](const char* href, const char* label) {
        items.push_back(mstch::map{{"href", std::string(href)}, {"label", std::string(label)}});
    };
    add("/", "Start");
    if (policy.overview_in_menu())
        add("/oversikt", "Översikt");
    add("/insatser", "Insatser");
    add("/statistik", "Statistik");
    add("/lardomar", "Lärdomar");
    if (policy.reads_board_report())
        add("/styrelserapport", "Styrelserapport");
    if (policy.manages_association()) {
        add("/import", "Importera");
        add("/installningar", "Inställningar");
    }
    if (policy.administers_users())
        add("/anvandare", "Användare");
    return items;
}

} // namespace

mstch::map layout_frame(const std::string& title, const Visitor* visitor) {
    mstch::map frame{{"title", title}, {"user", false}, {"navigation", mstch::array{}}};
    if (visitor) {
        frame["user"] = mstch::map{
            {"name", visitor->user.display_name},
            {"role", std::string(role_label(visitor->user.role))},
            {"csrf", visitor->csrf_token},
        };
        frame["navigation"] = navigation(AccessPolicy(visitor->user));
    }
    return frame;
}

} // namespace finsam
