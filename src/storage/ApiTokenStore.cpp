#include "storage/ApiTokenStore.h"

#include "storage/Guarded.h"
#include "storage/InsertedId.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"

namespace finsam {

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

tl::expected<std::optional<User>, StorageError>
ApiTokenStore::find_user(const std::string& token_hash) {
    auto& session = m_database.session();
    return guarded("finding an API token", [&]() -> std::optional<User> {
        auto user = read_one_user(session,
                                  std::string("SELECT ") + k_user_columns +
                                      " FROM api_tokens t JOIN users u ON u.id = t.user_id "
                                      "WHERE t.token_hash = :token_hash AND t.revoked_at IS NULL",
                                  token_hash);
        if (!user || user->disabled)
            return std::nullopt;
        return user;
    });
}

} // namespace finsam
