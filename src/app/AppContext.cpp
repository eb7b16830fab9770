#include "app/AppContext.h"

#include "storage/AuditStore.h"

#include <spdlog/spdlog.h>

namespace finsam {

namespace {

/// The audit detail says when something came through the API or the command line.
std::string with_channel(const std::string& detail, Channel channel) {
    if (channel == Channel::Web)
        return detail;
    const std::string name = channel == Channel::Api ? "api" : "command line";
    return detail.empty() ? name : detail + ", " + name;
}

} // namespace

void record_audit(Database& database, const Clock& clock, std::optional<std::int64_t> user_id,
                  AuditAction action, AuditObject object, std::optional<std::int64_t> object_id,
                  const std::string& detail, std::optional<std::int64_t> association_id) {
    AuditStore audit(database);
    const auto recorded =
        audit.record({clock.now(), user_id, action, object, object_id, detail}, association_id);
    if (!recorded)
        spdlog::error("cannot record an audit event: {}", recorded.error().message);
}

void AppContext::audit(AuditAction action, AuditObject object,
                       std::optional<std::int64_t> object_id, const std::string& detail) const {
    // The command line acts for no one logged in: its user has no id.
    const auto user_id = m_user.id != 0 ? std::optional(m_user.id) : std::nullopt;
    record_audit(m_database, m_clock, user_id, action, object, object_id,
                 with_channel(detail, m_channel), m_user.association_id);
}

} // namespace finsam
