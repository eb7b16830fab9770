#pragma once

#include "storage/DatabaseBackend.h"

#include <soci/soci.h>

namespace finsam {

/// A write transaction that rolls back unless commit() is called, so an exception or an
/// early return leaves nothing half written.
class Transaction {
public:
    Transaction(soci::session& session, DatabaseBackend backend);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Throws soci::soci_error when the database refuses the commit; the transaction is then
    /// rolled back by the destructor.
    void commit();

private:
    soci::session& m_session;
    bool m_open = true;
};

} // namespace finsam
