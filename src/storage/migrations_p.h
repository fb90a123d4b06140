// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Spielberg {

/** One schema step: the statements that take a library from `version - 1` to `version`. */
struct Migration {
    int version = 0;
    QStringList statements;
};

/**
 * Every migration, oldest first. A released migration never changes: a new schema is a new
 * entry (and Database::kSchemaVersion moves with it).
 */
const QList<Migration> &migrations();

} // namespace Spielberg
