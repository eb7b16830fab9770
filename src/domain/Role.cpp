#include "domain/Role.h"

#include "domain/NameTable.h"

namespace finsam {

namespace {

constexpr NameTable<Role, 4> k_names{{
    {Role::Admin, "admin"},
    {Role::Kansli, "kansli"},
    {Role::InterventionOwner, "insatsagare"},
    {Role::Board, "styrelse"},
}};

} // namespace

std::string_view to_string(Role role) {
    return name_in(k_names, role);
}

std::optional<Role> role_from_string(std::string_view name) {
    return value_in(k_names, name);
}

} // namespace finsam
