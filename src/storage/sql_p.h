// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the storage classes; the only place QtSql types meet our Result.

#include <core/result.h>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace Spielberg::Sql {

/** The named connection of the calling thread (see Database::connectionName()). */
QSqlDatabase connection(const QString &name);

/** A Database error for `what` ("adding a version"), with the driver's text as detail. */
Error error(const QString &what, const QSqlError &sqlError);

/**
 * Prepares `sql` on `query`, binds `values` positionally and executes it. Any failure becomes
 * a Database Error naming `what`. A null QString binds as '' (QtSql would bind NULL); only a
 * null QVariant (textOrNull(), idOrNull()) binds NULL.
 */
Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                 const QString &what);

/** `value` as run() binds it: a null QString becomes '' (QtSql would bind NULL). */
QVariant bindable(const QVariant &value);

/** Runs a statement without binding (DDL, PRAGMA). */
Result<void> runPlain(const QString &connectionName, const QString &sql, const QString &what);

/** Succeeds when script `scriptId` exists; a NotFound Error naming it otherwise. */
Result<void> requireScript(const QString &connectionName, qint64 scriptId);

/** Current time in UTC, as stored: ISO 8601 with milliseconds ("2026-01-31T12:00:00.000Z"). */
QString now();
/** A stored time to a QDateTime (UTC); NULL or empty gives an invalid QDateTime. */
QDateTime toDateTime(const QVariant &value);
/** A QDateTime as stored; an invalid one is NULL. */
QVariant fromDateTime(const QDateTime &value);
/** 0 as NULL (optional foreign keys), anything else as the number. */
QVariant idOrNull(qint64 id);
/** An empty string as NULL. */
QVariant textOrNull(const QString &text);

} // namespace Spielberg::Sql
