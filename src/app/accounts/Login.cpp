#include "app/accounts/Login.h"

#include "app/accounts/Secrets.h"
#include "storage/ApiTokenStore.h"
#include "storage/SessionStore.h"
#include "storage/UserStore.h"

#include <spdlog/spdlog.h>

namespace finsam {

namespace {

/// Sessions are refreshed at most this often, so that reading pages does not write.
constexpr auto k_touch_interval = std::chrono::minutes(1);

/// A token's last use is recorded at most this often: the minute is all the operator needs
/// to tell a token in use from a forgotten one, and a client calling the API many times a
/// minute then does not write on every request.
constexpr auto k_token_use_interval = std::chrono::minutes(1);

/// Checks the password even for an unknown user, so that the answer's timing does not tell
/// which usernames exist.
bool password_matches(const std::optional<std::pair<User, std::string>>& login,
                      const std::string& password) {
    static const std::string k_unknown_user_hash = hash_password(random_token());
    if (!login) {
        (void)verify_password(k_unknown_user_hash, password);
        return false;
    }
    return !login->first.disabled && verify_password(login->second, password);
}

} // namespace

AppResult<OpenedSession> log_in(Database& database, const Clock& clock, LoginThrottle& throttle,
                                const SessionLimits& limits, const LoginAttempt& attempt) {
    if (const auto wait = throttle.wait_before(attempt.username, attempt.address);
        wait > std::chrono::seconds(0)) {
        spdlog::warn("login refused: too many failed attempts, {} s to wait", wait.count());
        return tl::unexpected(AppError::retry_later(ErrorCode::LoginThrottled, wait));
    }
    UserStore users(database, clock);
    const auto login = users.find_login(attempt.username);
    if (!login)
        return tl::unexpected(AppError::internal(login.error()));
    if (!password_matches(*login, attempt.password)) {
        throttle.record_failure(attempt.username, attempt.address);
        // A failed login of a known name is in that user's förbund's trail; one of an unknown
        // name concerns no förbund, and no förbund's trail shows it.
        const auto attempted_association =
            *login ? std::optional((*login)->first.association_id) : std::nullopt;
        record_audit(database, clock, std::nullopt, AuditAction::LoginFailed, AuditObject::User,
                     std::nullopt, "", attempted_association);
        return tl::unexpected(AppError::of(ErrorCode::LoginFailed));
    }
    throttle.record_success(attempt.username, attempt.address);
    const User& user = (*login)->first;
    OpenedSession opened{random_token(), user};
    SessionStore sessions(database);
    const Timestamp now = clock.now();
    if (const auto created =
            sessions.create(token_digest(opened.token), user.id, random_token(), now);
        !created)
        return tl::unexpected(AppError::internal(created.error()));
    record_audit(database, clock, user.id, AuditAction::Login, AuditObject::User, user.id, "");
    // Sessions idle past their limit can never be used again; logins sweep them away.
    if (const auto swept = sessions.remove_seen_before(now - limits.idle); !swept)
        spdlog::error("removing idle sessions failed: {}", swept.error().message);
    return opened;
}

AppResult<std::optional<ActiveSession>> active_session(Database& database, const Clock& clock,
                                                       const SessionLimits& limits,
                                                       const std::string& token) {
    if (token.empty())
        return std::optional<ActiveSession>();
    const std::string digest = token_digest(token);
    SessionStore sessions(database);
    const auto found = sessions.find(digest);
    if (!found)
        return tl::unexpected(AppError::internal(found.error()));
    if (!*found)
        return std::optional<ActiveSession>();
    const Session& session = **found;
    const Timestamp now = clock.now();
    if (session.last_seen_at < now - limits.idle || session.created_at < now - limits.lifetime) {
        (void)sessions.remove(digest);
        return std::optional<ActiveSession>();
    }
    if (session.last_seen_at < now - k_touch_interval)
        (void)sessions.touch(digest, now);
    return std::optional(ActiveSession{session.user, session.csrf_token, digest});
}

AppResult<std::optional<User>> api_token_user(Database& database, const Clock& clock,
                                              const std::string& token) {
    ApiTokenStore tokens(database);
    auto holder = tokens.find(token_digest(token));
    if (!holder)
        return tl::unexpected(AppError::internal(holder.error()));
    if (!*holder)
        return std::optional<User>();
    const Timestamp now = clock.now();
    const auto& last_used_at = (*holder)->last_used_at;
    if (!last_used_at || *last_used_at < now - k_token_use_interval) {
        // The request goes on without it: an unrecorded use loses no data.
        if (const auto recorded = tokens.record_use((*holder)->token_id, now); !recorded)
            spdlog::error("recording an API token's use failed: {}", recorded.error().message);
    }
    return std::optional(std::move((*holder)->user));
}

AppResult<void> log_out(const AppContext& context, const std::string& digest) {
    SessionStore sessions(context.database());
    if (const auto removed = sessions.remove(digest); !removed)
        return tl::unexpected(AppError::internal(removed.error()));
    context.audit(AuditAction::Logout, AuditObject::User, context.user().id);
    return {};
}

} // namespace finsam
