#include "app/accounts/ApiTokens.h"

#include "app/AppContext.h"
#include "storage/ApiTokenStore.h"
#include "storage/UserStore.h"

#include <optional>

namespace finsam {

AppResult<std::vector<ApiToken>> list_api_tokens(Database& database, std::int64_t association_id,
                                                 const std::string& username) {
    std::optional<std::int64_t> user_id;
    if (!username.empty()) {
        UserStore users(database, system_clock());
        const auto login = users.find_login(username);
        if (!login)
            return tl::unexpected(AppError::internal(login.error()));
        if (!*login || (*login)->first.association_id != association_id)
            return tl::unexpected(AppError::of(ErrorCode::NotFound));
        user_id = (*login)->first.id;
    }
    ApiTokenStore tokens(database);
    return or_internal(tokens.list(association_id, user_id));
}

AppResult<ApiToken> revoke_api_token(Database& database, const Clock& clock,
                                     std::int64_t token_id) {
    ApiTokenStore tokens(database);
    const auto revoked = tokens.revoke(token_id, clock.now());
    if (!revoked && revoked.error().code == StorageError::Code::NotFound)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    if (!revoked)
        return tl::unexpected(AppError::internal(revoked.error()));
    record_audit(database, clock, std::nullopt, AuditAction::Revoke, AuditObject::ApiToken,
                 revoked->id, "command line", revoked->association_id);
    return *revoked;
}

} // namespace finsam
