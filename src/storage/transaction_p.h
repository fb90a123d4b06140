// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QString>

namespace Spielberg {

/**
 * One write transaction on the calling thread's connection, as an RAII guard: begin() starts it
 * with BEGIN IMMEDIATE (the write lock is taken at once, so two writers never both read the
 * same "next version number"; a waiting writer blocks up to the busy timeout), commit() ends
 * it, and the destructor rolls back unless commit() succeeded. Transactions do not nest: one
 * guard per use case. Queries run inside must be finished (destroyed) before commit().
 */
class Transaction
{
public:
    explicit Transaction(QString connectionName);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    QString m_connection;
    bool m_active = false;
};

} // namespace Spielberg
