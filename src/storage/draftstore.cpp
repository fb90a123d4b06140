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
Result<QString> versionContent(const QString &conn, qint64 scriptId, int number)
{
    QSqlQuery q(Sql::connection(conn));
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT content FROM script_version WHERE script_id = ? "
                                   "AND number = ?"_s,
                                   {scriptId, number}, u"reading a version"_s);
        !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound,
                         u"script %1 has no version %2"_s.arg(scriptId).arg(number));
    }
    return q.value(0).toString();
}

Result<int> newestNumber(const QString &conn, qint64 scriptId)
{
    QSqlQuery q(Sql::connection(conn));
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT coalesce(max(number), 0) FROM script_version "
                                   "WHERE script_id = ?"_s,
                                   {scriptId}, u"reading a version"_s);
        !ok) {
        return ok.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
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

Result<Draft> DraftStore::resetToVersion(qint64 scriptId, int number)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    int kept = 0;
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok.error();
        }
        if (number == 0) {
            const Result<int> newest = newestNumber(*conn, scriptId);
            if (!newest) {
                return newest.error();
            }
            number = *newest;
        }
        const Result<QString> target = versionContent(*conn, scriptId, number);
        if (!target) {
            return target.error();
        }
        const Result<Draft> current = readDraft(*conn, scriptId);
        if (!current && current.error().code != ErrorCode::NotFound) {
            return current.error();
        }
        if (current) {
            QString base;
            if (current->baseVersion > 0) {
                const Result<QString> content = versionContent(*conn, scriptId,
                                                               current->baseVersion);
                if (!content && content.error().code != ErrorCode::NotFound) {
                    return content.error();
                }
                base = content ? *content : QString();
            }
            if (current->content != base && current->content != *target) {
                ScriptVersion keep;
                keep.scriptId = scriptId;
                keep.content = current->content;
                keep.origin = u"manual"_s;
                keep.note = u"draft kept before returning to version %1"_s.arg(number);
                keep.parentNumber = current->baseVersion;
                const Result<ScriptVersion> stored = VersionWriter::insert(*conn, keep);
                if (!stored) {
                    return stored.error();
                }
                kept = stored->number;
            }
        }
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(q,
                                       u"INSERT INTO draft (script_id, content, base_version, "
                                       "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (script_id) DO "
                                       "UPDATE SET content = excluded.content, base_version = "
                                       "excluded.base_version, updated_at = excluded.updated_at"_s,
                                       {scriptId, *target, number, Sql::now()},
                                       u"resetting a draft"_s);
            !ok) {
            return ok.error();
        }
        q.finish();
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    if (m_notifier) {
        if (kept > 0) {
            Q_EMIT m_notifier->versionAdded(scriptId, kept);
        }
        Q_EMIT m_notifier->draftSaved(scriptId);
    }
    return readDraft(*conn, scriptId);
}

} // namespace Spielberg
