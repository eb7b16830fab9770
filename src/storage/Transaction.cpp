#include "storage/Transaction.h"

#include "storage/SqlDialect.h"

#include <string>

namespace finsam {

Transaction::Transaction(soci::session& session, DatabaseBackend backend) : m_session(session) {
    m_session << std::string(begin_write_statement(backend));
}

Transaction::~Transaction() {
    if (!m_open)
        return;
    try {
        m_session << "ROLLBACK";
    } catch (const std::exception&) {
        // The failure that brought us here is what the caller reports; a connection that
        // cannot even roll back ends the transaction on the server side anyway.
    }
}

void Transaction::commit() {
    m_session << "COMMIT";
    m_open = false;
}

} // namespace finsam
