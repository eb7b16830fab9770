#include "domain/Invitation.h"

#include "domain/NameTable.h"

namespace finsam {

namespace {

constexpr NameTable<InvitationPurpose, 2> k_purpose_names{{
    {InvitationPurpose::Invite, "invite"},
    {InvitationPurpose::Reset, "reset"},
}};

} // namespace

std::string_view to_string(InvitationPurpose purpose) {
    return name_in(k_purpose_names, purpose);
}

std::optional<InvitationPurpose> invitation_purpose_from_string(std::string_view name) {
    return value_in(k_purpose_names, name);
}

} // namespace finsam
