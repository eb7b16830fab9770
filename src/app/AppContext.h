#pragma once

#include "domain/AccessPolicy.h"
#include "domain/AuditEvent.h"
#include "domain/Clock.h"
#include "domain/ReportTemplates.h"
#include "domain/User.h"
#include "storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// How a use case was reached; the audit trail records it.
enum class Channel { Web, Api, CommandLine };

/// What every use case runs with: the database, the user it acts for (and so the access
/// policy that decides what they may do), the clock, and the report templates. A use case
/// knows nothing of HTTP or of the pages; the web's page and API routes and the command line
/// make one of these and call the same use case.
class AppContext {
public:
    AppContext(Database& database, const User& user, const Clock& clock,
               const ReportTemplates& templates, Channel channel)
        : m_database(database), m_user(user), m_policy(user), m_clock(clock),
          m_templates(templates), m_channel(channel) {}

    Database& database() const { return m_database; }
    const User& user() const { return m_user; }
    const AccessPolicy& policy() const { return m_policy; }
    const Clock& clock() const { return m_clock; }
    const ReportTemplates& templates() const { return m_templates; }
    Channel channel() const { return m_channel; }

    /// Records that the user did or saw this. A failure to record is logged, not an error
    /// of the use case: what was done is done.
    void audit(AuditAction action, AuditObject object, std::optional<std::int64_t> object_id,
               const std::string& detail = "") const;
    /// audit() in the trail of each of these förbund instead of the user's, in one
    /// transaction: what the user saw of many förbund at once.
    void audit_in_each(AuditAction action, AuditObject object, const std::string& detail,
                       const std::vector<std::int64_t>& association_ids) const;

private:
    Database& m_database;
    const User& m_user;
    AccessPolicy m_policy;
    const Clock& m_clock;
    const ReportTemplates& m_templates;
    Channel m_channel;
};

/// Records an audit event for a user, or for no user (`user_id` nullopt: a failed login, the
/// command line). A user's event is in their förbund's trail; an event of no user is in the
/// trail of `association_id`, the förbund it concerns, or in none. A failure to record is
/// logged.
void record_audit(Database& database, const Clock& clock, std::optional<std::int64_t> user_id,
                  AuditAction action, AuditObject object, std::optional<std::int64_t> object_id,
                  const std::string& detail,
                  std::optional<std::int64_t> association_id = std::nullopt);

} // namespace finsam
