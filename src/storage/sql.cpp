// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql_p.h"

#include "logging.h"

using namespace Qt::StringLiterals;

namespace Spielberg::Sql {

QSqlDatabase connection(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

Error error(const QString &what, const QSqlError &sqlError)
{
    const QString text = sqlError.text().trimmed();
    qCInfo(lcStorage) << "SQL failure while" << what << ":" << text;
    Error out = makeError(ErrorCode::Database, u"the library database failed while %1: %2"_s.arg(what, text), text);
    if (sqlError.nativeErrorCode() == u"5"_s || sqlError.nativeErrorCode() == u"6"_s) {
        out.key = ErrorKey::LibraryBusy; // SQLITE_BUSY, SQLITE_LOCKED: another program is writing
    }
    return out;
}

QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(u""_s);
    }
    return value;
}

Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                 const QString &what)
{
    if (!query.prepare(sql)) {
        return error(what, query.lastError());
    }
    for (const QVariant &value : values) {
        query.addBindValue(bindable(value));
    }
    if (!query.exec()) {
        return error(what, query.lastError());
    }
    return {};
}

Result<void> runPlain(const QString &connectionName, const QString &sql, const QString &what)
{
    QSqlQuery query(connection(connectionName));
    if (!query.exec(sql)) {
        return error(what, query.lastError());
    }
    return {};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    QDateTime out = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return out.toUTC();
}

QVariant fromDateTime(const QDateTime &value)
{
    if (!value.isValid()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Result<void> requireScript(const QString &connectionName, qint64 scriptId)
{
    QSqlQuery q(connection(connectionName));
    if (Result<void> ok = run(q, u"SELECT 1 FROM script WHERE id = ?"_s, {scriptId}, u"looking up a script"_s); !ok) {
        return ok;
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, ErrorKey::NoScript, {QString::number(scriptId)},
                         u"no script with id %1"_s.arg(scriptId));
    }
    return {};
}

} // namespace Spielberg::Sql
