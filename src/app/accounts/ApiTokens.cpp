#include "app/accounts/ApiTokens.h"

#include "storage/ApiTokenStore.h"

#include <algorithm>

namespace finsam {

AppResult<std::vector<ApiToken>> list_api_tokens(const AppContext& context,
                                                 std::optional<std::int64_t> user_id) {
    if (!context.policy().administers_users())
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    ApiTokenStore tokens(context.database());
    return or_internal(tokens.list(context.user().association_id, user_id));
}

AppResult<ApiToken> revoke_api_token(const AppContext& context, std::int64_t token_id) {
    const auto tokens_of_association = list_api_tokens(context, std::nullopt);
    if (!tokens_of_association)
        return tl::unexpected(tokens_of_association.error());
    // Another förbund's token is as unknown as one that does not exist.
    if (std::none_of(tokens_of_association->begin(), tokens_of_association->end(),
                     [&](const ApiToken& token) { return token.id == token_id; }))
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    ApiTokenStore tokens(context.database());
    const auto revoked = tokens.revoke(token_id, context.clock().now());
    if (!revoked && revoked.error().code == StorageError::Code::NotFound)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    if (!revoked)
        return tl::unexpected(AppError::internal(revoked.error()));
    context.audit(AuditAction::Revoke, AuditObject::ApiToken, revoked->id);
    return *revoked;
}

} // namespace finsam
