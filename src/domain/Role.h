#pragma once

#include <optional>
#include <string_view>

namespace finsam {

/// What a user may see and do. Glossary: kansli = the förbund's office; insatsägare
/// (InterventionOwner) = a user of the organisation running an insats, who sees and writes
/// only the insatser bound to them; styrelse (Board) = the board, which reads compiled
/// results only.
enum class Role { Admin, Kansli, InterventionOwner, Board };

/// Stored names: admin, kansli, insatsagare, styrelse (ASCII, as on the command line).
std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view name);

/// Admin and kansli see and change everything of their förbund.
constexpr bool sees_whole_association(Role role) {
    return role == Role::Admin || role == Role::Kansli;
}

} // namespace finsam
