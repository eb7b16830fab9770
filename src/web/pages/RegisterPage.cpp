#include "web/pages/RegisterPage.h"

#include "web/pages/DataTableView.h"

namespace finsam {

mstch::map register_page(const RegisterYear& register_year) {
    const std::string year = std::to_string(register_year.year);
    mstch::array tables;
    int number = 0;
    for (const auto& table : register_tables(register_year))
        tables.push_back(data_table_view(table, "register-" + std::to_string(++number)));
    mstch::array years;
    for (int offset = 0; offset < 6; ++offset) {
        const int shown = register_year.year + 1 - offset;
        years.push_back(mstch::map{{"value", std::to_string(shown)},
                                   {"selected", shown == register_year.year}});
    }
    return mstch::map{{"year", year},
                      {"years", years},
                      {"tables", tables},
                      {"has_tables", !tables.empty()},
                      {"csv", "/statistik/uppfoljning-finsam?ar=" + year + "&format=csv"},
                      {"xlsx", "/statistik/uppfoljning-finsam?ar=" + year + "&format=xlsx"}};
}

} // namespace finsam
