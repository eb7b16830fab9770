#include "app/AppContext.h"

#include "storage/AuditStore.h"

#include <spdlog/spdlog.h>

namespace finsam {

namespace {

/// The audit detail says when something came through the API.
std::string with_channel(const std::string& detail, Channel channel) {
    if (channel != Channel::Api)
        return detail;
    return detail.empty() ? "api" : detail + ", api";
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
    record_audit(m_database, m_clock, m_user.id, action, object, object_id,
                 with_channel(detail, m_channel), m_user.association_id);
}

} // namespace finsam
