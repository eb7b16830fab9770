#include "storage/ApiTokenStore.h"

#include "storage/Guarded.h"
#include "storage/InsertedId.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"

namespace finsam {

namespace {

constexpr const char* k_select_tokens =
    "SELECT t.id, t.user_id, u.association_id, u.username, t.name, t.created_at, "
    "t.last_used_at, t.revoked_at FROM api_tokens t JOIN users u ON u.id = t.user_id ";

/// Binds a token row of k_select_tokens as the statement's outputs.
void bind_token(soci::statement& statement, ApiToken& token) {
    statement.exchange(soci::into(token.id));
    statement.exchange(soci::into(token.user_id));
    statement.exchange(soci::into(token.association_id));
    statement.exchange(soci::into(token.username));
    statement.exchange(soci::into(token.name));
    statement.exchange(soci::into(token.created_at));
    statement.exchange(soci::into(token.last_used_at));
    statement.exchange(soci::into(token.revoked_at));
}

} // namespace

tl::expected<std::int64_t, StorageError> ApiTokenStore::add(std::int64_t user_id,
                                                            const std::string& name,
                                                            const std::string& token_hash,
                                                            Timestamp now) {
    auto& session = m_database.session();
    return guarded("adding an API token", [&] {
        Transaction transaction(session, m_database.backend());
        IdInsert insert(session, m_database.backend(),
                        "INSERT INTO api_tokens (user_id, name, token_hash, created_at) "
                        "VALUES (:user_id, :name, :token_hash, :created_at)",
                        soci::use(user_id), soci::use(name), soci::use(token_hash), soci::use(now));
        const std::int64_t id = insert.execute();
        transaction.commit();
        return id;
    });
}

tl::expected<std::optional<TokenHolder>, StorageError>
ApiTokenStore::find(const std::string& token_hash) {
    auto& session = m_database.session();
    return guarded("finding an API token", [&]() -> std::optional<TokenHolder> {
        UserRow row;
        TokenHolder holder;
        soci::statement statement(session);
        statement.exchange(soci::use(token_hash));
        row.bind(statement);
        statement.exchange(soci::into(holder.token_id));
        statement.exchange(soci::into(holder.last_used_at));
        statement.alloc();
        statement.prepare(std::string("SELECT ") + k_user_columns +
                          ", t.id, t.last_used_at FROM api_tokens t JOIN users u ON u.id = "
                          "t.user_id WHERE t.token_hash = :token_hash AND t.revoked_at IS NULL");
        statement.define_and_bind();
        if (!statement.execute(true))
            return std::nullopt;
        std::vector<User> users{row.to_user()};
        if (users.front().disabled)
            return std::nullopt;
        read_bound_interventions(session, users, UsersOf::User, users.front().id);
        holder.user = std::move(users.front());
        return holder;
    });
}

tl::expected<void, StorageError> ApiTokenStore::record_use(std::int64_t token_id, Timestamp now) {
    auto& session = m_database.session();
    return guarded("recording an API token's use", [&] {
        Transaction transaction(session, m_database.backend());
        session << "UPDATE api_tokens SET last_used_at = :now WHERE id = :id", soci::use(now),
            soci::use(token_id);
        transaction.commit();
    });
}

tl::expected<std::vector<ApiToken>, StorageError>
ApiTokenStore::list(std::int64_t association_id, std::optional<std::int64_t> user_id) {
    auto& session = m_database.session();
    return guarded("listing API tokens", [&] {
        ApiToken row;
        soci::statement statement(session);
        statement.exchange(soci::use(association_id));
        if (user_id)
            statement.exchange(soci::use(*user_id));
        bind_token(statement, row);
        statement.alloc();
        statement.prepare(
            std::string(k_select_tokens) + "WHERE u.association_id = :association_id" +
            (user_id ? " AND t.user_id = :user_id" : "") + " ORDER BY u.username, t.id");
        statement.define_and_bind();
        statement.execute();
        std::vector<ApiToken> tokens;
        while (statement.fetch())
            tokens.push_back(row);
        return tokens;
    });
}

tl::expected<ApiToken, StorageError> ApiTokenStore::revoke(std::int64_t token_id, Timestamp now) {
    auto& session = m_database.session();
    const auto revoked = guarded("revoking an API token", [&]() -> std::optional<ApiToken> {
        Transaction transaction(session, m_database.backend());
        session << "UPDATE api_tokens SET revoked_at = :now "
                   "WHERE id = :id AND revoked_at IS NULL",
            soci::use(now), soci::use(token_id);
        ApiToken token;
        soci::statement statement(session);
        statement.exchange(soci::use(token_id));
        bind_token(statement, token);
        statement.alloc();
        statement.prepare(std::string(k_select_tokens) + "WHERE t.id = :id");
        statement.define_and_bind();
        const bool found = statement.execute(true);
        transaction.commit();
        return found ? std::optional(token) : std::nullopt;
    });
    if (!revoked)
        return tl::unexpected(revoked.error());
    if (!*revoked)
        return tl::unexpected(StorageError{StorageError::Code::NotFound, "no such API token"});
    return **revoked;
}

} // namespace finsam
