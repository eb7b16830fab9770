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

/// The command line acts for no one logged in: its user has no id.
std::optional<std::int64_t> audited_user_id(const User& user) {
    return user.id != 0 ? std::optional(user.id) : std::nullopt;
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
    record_audit(m_database, m_clock, audited_user_id(m_user), action, object, object_id,
                 with_channel(detail, m_channel), m_user.association_id);
}

void AppContext::audit_in_each(AuditAction action, AuditObject object, const std::string& detail,
                               const std::vector<std::int64_t>& association_ids) const {
    const auto recorded =
        AuditStore(m_database)
            .record_in_each({m_clock.now(), audited_user_id(m_user), action, object, std::nullopt,
                             with_channel(detail, m_channel)},
                            association_ids);
    if (!recorded)
        spdlog::error("cannot record audit events: {}", recorded.error().message);
}

} // namespace finsam
