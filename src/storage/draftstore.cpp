// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "database.h"
#include "librarynotifier.h"
#include "sql_p.h"
#include "transaction_p.h"
#include "versionwriter_p.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
Result<Draft> readDraft(const QString &conn, qint64 scriptId)
{
    QSqlQuery q(Sql::connection(conn));
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT script_id, content, base_version, updated_at FROM draft "
                                   "WHERE script_id = ?"_s,
                                   {scriptId}, u"reading a draft"_s);
        !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, u"script %1 has no draft"_s.arg(scriptId));
    }
    return Draft{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                 Sql::toDateTime(q.value(3))};
}
} // namespace

DraftStore::DraftStore(Database &database, LibraryNotifier *notifier)
    : m_database(database)
    , m_notifier(notifier)
{
}

Result<Draft> DraftStore::save(const Draft &draft)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    {
        QSqlQuery q(Sql::connection(*conn));
        // The foreign key refuses a draft of a missing script; say so plainly.
        QSqlQuery exists(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(exists, u"SELECT 1 FROM script WHERE id = ?"_s,
                                       {draft.scriptId}, u"saving a draft"_s);
            !ok) {
            return ok.error();
        }
        if (!exists.next()) {
            return makeError(ErrorCode::NotFound, u"no script with id %1"_s.arg(draft.scriptId));
        }
        exists.finish();
        if (Result<void> ok = Sql::run(q,
                                       u"INSERT INTO draft (script_id, content, base_version, "
                                       "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (script_id) DO "
                                       "UPDATE SET content = excluded.content, base_version = "
                                       "excluded.base_version, updated_at = excluded.updated_at"_s,
                                       {draft.scriptId, draft.content,
                                        Sql::idOrNull(draft.baseVersion), Sql::now()},
                                       u"saving a draft"_s);
            !ok) {
            return ok.error();
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->draftSaved(draft.scriptId);
    }
    return readDraft(*conn, draft.scriptId);
}

Result<Draft> DraftStore::get(qint64 scriptId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    return readDraft(*conn, scriptId);
}

Result<ScriptVersion> DraftStore::saveAsVersion(qint64 scriptId, const QString &note)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    Transaction transaction(*conn);
    if (Result<void> ok = transaction.begin(); !ok) {
        return ok.error();
    }
    const Result<Draft> draft = readDraft(*conn, scriptId);
    if (!draft) {
        return draft.error();
    }
    ScriptVersion version;
    version.scriptId = scriptId;
    version.content = draft->content;
    version.origin = u"manual"_s;
    version.note = note;
    version.parentNumber = draft->baseVersion;
    Result<ScriptVersion> stored = VersionWriter::insert(*conn, version);
    if (!stored) {
        return stored;
    }
    {
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(q,
                                       u"UPDATE draft SET base_version = ?, updated_at = ? "
                                       "WHERE script_id = ?"_s,
                                       {stored->number, Sql::now(), scriptId},
                                       u"saving a draft as a version"_s);
            !ok) {
            return ok.error();
        }
    }
    if (Result<void> ok = transaction.commit(); !ok) {
        return ok.error();
    }
    if (m_notifier) {
        Q_EMIT m_notifier->versionAdded(scriptId, stored->number);
        Q_EMIT m_notifier->draftSaved(scriptId);
    }
    return stored;
}

} // namespace Spielberg
