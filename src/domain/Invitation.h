#pragma once

#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace finsam {

/// Why a one-time link to set a password was made: a new user's invitation (inbjudan), or a
/// new password the kansli asked for on the user's behalf (återställning).
enum class InvitationPurpose { Invite, Reset };

/// Stored names: invite, reset.
std::string_view to_string(InvitationPurpose purpose);
std::optional<InvitationPurpose> invitation_purpose_from_string(std::string_view name);

/// A one-time link through which a user sets their own password. The link's token is shown
/// once, to whoever passes it on, and stored only as a digest.
struct Invitation {
    std::int64_t id = 0;
    std::int64_t user_id = 0;
    InvitationPurpose purpose = InvitationPurpose::Invite;
    Timestamp created_at;
    Timestamp expires_at;
    std::optional<Timestamp> used_at;

    /// Whether the link still sets a password at `now`: unused and not expired.
    bool open_at(Timestamp now) const { return !used_at && now < expires_at; }
};

} // namespace finsam
