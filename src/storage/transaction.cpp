// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction_p.h"

#include "logging.h"
#include "sql_p.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

Transaction::Transaction(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Transaction::~Transaction()
{
    if (!m_active) {
        return;
    }
    QSqlQuery query(Sql::connection(m_connection));
    if (!query.exec(u"ROLLBACK"_s)) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing more to do.
        qCInfo(lcStorage) << "rollback:" << query.lastError().text();
    }
}

Result<void> Transaction::begin()
{
    Q_ASSERT(!m_active);
    if (Result<void> ok = Sql::runPlain(m_connection, u"BEGIN IMMEDIATE"_s,
                                        u"starting a transaction"_s);
        !ok) {
        return ok;
    }
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_active);
    if (Result<void> ok = Sql::runPlain(m_connection, u"COMMIT"_s, u"committing"_s); !ok) {
        return ok; // still active: the destructor rolls back
    }
    m_active = false;
    return {};
}

} // namespace Spielberg
