// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptstore.h"

#include "database.h"
#include "librarynotifier.h"
#include "sql_p.h"
#include "transaction_p.h"
#include "versionwriter_p.h"

#include <core/catalog.h>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
const QString kColumns =
    u"id, owner, title, logline, genre, tone, format, created_at, updated_at"_s;

Script fromRow(const QSqlQuery &q)
{
    Script s;
    s.id = q.value(0).toLongLong();
    s.owner = q.value(1).toString();
    s.title = q.value(2).toString();
    s.logline = q.value(3).toString();
    s.genre = q.value(4).toString();
    s.tone = q.value(5).toString();
    s.format = q.value(6).toString();
    s.createdAt = Sql::toDateTime(q.value(7));
    s.updatedAt = Sql::toDateTime(q.value(8));
    return s;
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, ErrorKey::NoScript, {QString::number(id)}, u"no script with id %1"_s.arg(id));
}

Result<bool> exists(const QString &conn, const QString &table, qint64 id)
{
    QSqlQuery q(Sql::connection(conn));
    if (Result<void> ok = Sql::run(q, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table), {id},
                                   u"looking up a %1"_s.arg(table));
        !ok) {
        return ok.error();
    }
    return q.next();
}

// Inside a transaction: links a character, refusing unknown ids with a clear message.
Result<void> link(const QString &conn, qint64 scriptId, qint64 characterId)
{
    const Result<bool> known = exists(conn, u"character"_s, characterId);
    if (!known) {
        return known.error();
    }
    if (!*known) {
        return makeError(ErrorCode::NotFound, ErrorKey::NoCharacter, {QString::number(characterId)}, u"no character with id %1"_s.arg(characterId));
    }
    QSqlQuery q(Sql::connection(conn));
    return Sql::run(q,
                    u"INSERT OR IGNORE INTO script_character (script_id, character_id) VALUES (?, ?)"_s,
                    {scriptId, characterId}, u"attaching a character"_s);
}

Result<void> touch(const QString &conn, qint64 scriptId)
{
    QSqlQuery q(Sql::connection(conn));
    return Sql::run(q, u"UPDATE script SET updated_at = ? WHERE id = ?"_s, {Sql::now(), scriptId},
                    u"updating a script"_s);
}
/** Writes a script's title, logline, genre, tone and format. */
Result<void> writeDetails(const QString &conn, const Script &script)
{
    QSqlQuery q(Sql::connection(conn));
    if (Result<void> ok = Sql::run(q,
                                   u"UPDATE script SET title = ?, logline = ?, genre = ?, tone = ?, "
                                   "format = ?, updated_at = ? WHERE id = ?"_s,
                                   {script.title.trimmed(), script.logline, script.genre, script.tone,
                                    script.format, Sql::now(), script.id},
                                   u"updating a script"_s);
        !ok) {
        return ok;
    }
    if (q.numRowsAffected() == 0) {
        return notFound(script.id);
    }
    return {};
}
} // namespace

ScriptStore::ScriptStore(Database &database, LibraryNotifier *notifier)
    : m_database(database)
    , m_notifier(notifier)
{
}

Result<void> ScriptStore::validate(const Script &script)
{
    if (script.title.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, ErrorKey::EmptyTitle, {}, u"the script's title is empty"_s);
    }
    if (!script.genre.isEmpty()) {
        if (Result<void> ok = Catalog::check(u"genre", script.genre, Catalog::genres()); !ok) {
            return ok;
        }
    }
    if (!script.tone.isEmpty()) {
        if (Result<void> ok = Catalog::check(u"tone", script.tone, Catalog::tones()); !ok) {
            return ok;
        }
    }
    return Catalog::check(u"format", script.format, Catalog::formats());
}

Result<Script> ScriptStore::create(const Script &script, const QList<qint64> &characterIds)
{
    return create(script, characterIds, std::nullopt);
}

Result<Script> ScriptStore::create(const Script &script, const QList<qint64> &characterIds,
                                   const std::optional<ScriptVersion> &first)
{
    if (Result<void> ok = validate(script); !ok) {
        return ok.error();
    }
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    qint64 id = 0;
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok.error();
        }
        {
            const QString now = Sql::now();
            QSqlQuery q(Sql::connection(*conn));
            if (Result<void> ok = Sql::run(q,
                                           u"INSERT INTO script (owner, title, logline, genre, tone, "
                                           "format, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                           {Database::currentOwner(), script.title.trimmed(),
                                            script.logline, script.genre, script.tone,
                                            script.format, now, now},
                                           u"adding a script"_s);
                !ok) {
                return ok.error();
            }
            id = q.lastInsertId().toLongLong();
        }
        for (qint64 characterId : characterIds) {
            if (Result<void> ok = link(*conn, id, characterId); !ok) {
                return ok.error();
            }
        }
        if (first) {
            ScriptVersion version = *first;
            version.scriptId = id;
            version.parentNumber = 0;
            if (Result<ScriptVersion> stored = VersionWriter::insert(*conn, version); !stored) {
                return stored.error();
            }
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->scriptChanged(id);
        if (first) {
            Q_EMIT m_notifier->versionAdded(id, 1);
        }
    }
    return get(id);
}

Result<Script> ScriptStore::get(qint64 id) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q, u"SELECT %1 FROM script WHERE id = ?"_s.arg(kColumns), {id},
                                   u"reading a script"_s);
        !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return notFound(id);
    }
    return fromRow(q);
}

Result<QList<Script>> ScriptStore::list() const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    q.setForwardOnly(true);
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT %1 FROM script ORDER BY updated_at DESC, id DESC"_s.arg(
                                       kColumns),
                                   {}, u"listing scripts"_s);
        !ok) {
        return ok.error();
    }
    QList<Script> out;
    while (q.next()) {
        out.append(fromRow(q));
    }
    return out;
}

Result<Script> ScriptStore::update(const Script &script)
{
    if (Result<void> ok = validate(script); !ok) {
        return ok.error();
    }
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    if (Result<void> ok = writeDetails(*conn, script); !ok) {
        return ok.error();
    }
    if (m_notifier) {
        Q_EMIT m_notifier->scriptChanged(script.id);
    }
    return get(script.id);
}

Result<Script> ScriptStore::update(const Script &script, const QList<qint64> &characterIds)
{
    if (Result<void> ok = validate(script); !ok) {
        return ok.error();
    }
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok.error();
        }
        {
            if (Result<void> ok = writeDetails(*conn, script); !ok) {
                return ok.error();
            }
        }
        {
            QSqlQuery q(Sql::connection(*conn));
            if (Result<void> ok = Sql::run(q, u"DELETE FROM script_character WHERE script_id = ?"_s,
                                           {script.id}, u"changing a script's characters"_s);
                !ok) {
                return ok.error();
            }
        }
        for (qint64 characterId : characterIds) {
            if (Result<void> ok = link(*conn, script.id, characterId); !ok) {
                return ok.error();
            }
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->scriptChanged(script.id);
    }
    return get(script.id);
}

Result<void> ScriptStore::remove(qint64 id)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    {
        // One statement; the cascade (versions, scenes, draft, links) runs inside it.
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(q, u"DELETE FROM script WHERE id = ?"_s, {id},
                                       u"deleting a script"_s);
            !ok) {
            return ok;
        }
        if (q.numRowsAffected() == 0) {
            return notFound(id);
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->scriptRemoved(id);
    }
    return {};
}

Result<void> ScriptStore::attach(qint64 scriptId, qint64 characterId)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok;
        }
        const Result<bool> known = exists(*conn, u"script"_s, scriptId);
        if (!known) {
            return known.error();
        }
        if (!*known) {
            return notFound(scriptId);
        }
        if (Result<void> ok = link(*conn, scriptId, characterId); !ok) {
            return ok;
        }
        if (Result<void> ok = touch(*conn, scriptId); !ok) {
            return ok;
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok;
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->scriptChanged(scriptId);
    }
    return {};
}

Result<void> ScriptStore::detach(qint64 scriptId, qint64 characterId)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok;
        }
        const Result<bool> known = exists(*conn, u"script"_s, scriptId);
        if (!known) {
            return known.error();
        }
        if (!*known) {
            return notFound(scriptId);
        }
        {
            QSqlQuery q(Sql::connection(*conn));
            if (Result<void> ok = Sql::run(q,
                                           u"DELETE FROM script_character WHERE script_id = ? "
                                           "AND character_id = ?"_s,
                                           {scriptId, characterId}, u"detaching a character"_s);
                !ok) {
                return ok;
            }
            if (q.numRowsAffected() == 0) {
                return makeError(ErrorCode::NotFound,
                                 u"character %1 is not attached to script %2"_s.arg(characterId)
                                     .arg(scriptId));
            }
        }
        if (Result<void> ok = touch(*conn, scriptId); !ok) {
            return ok;
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok;
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->scriptChanged(scriptId);
    }
    return {};
}

Result<QHash<qint64, int>> ScriptStore::proposedCast(qint64 scriptId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    q.setForwardOnly(true);
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT character_id, proposed FROM script_character "
                                   "WHERE script_id = ? AND proposed <> 0"_s,
                                   {scriptId}, u"reading the proposed cast"_s);
        !ok) {
        return ok.error();
    }
    QHash<qint64, int> out;
    while (q.next()) {
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return out;
}

Result<void> ScriptStore::keepProposed(qint64 scriptId, qint64 characterId)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    const Result<void> ok = characterId == 0
        ? Sql::run(q, u"UPDATE script_character SET proposed = 0 WHERE script_id = ? AND proposed <> 0"_s,
                   {scriptId}, u"keeping the proposed cast"_s)
        : Sql::run(q, u"UPDATE script_character SET proposed = 0 WHERE script_id = ? AND character_id = ?"_s,
                   {scriptId, characterId}, u"keeping a proposed character"_s);
    if (!ok) {
        return ok;
    }
    if (m_notifier && q.numRowsAffected() > 0) {
        Q_EMIT m_notifier->scriptChanged(scriptId);
    }
    return {};
}

Result<void> ScriptStore::dropProposed(qint64 scriptId, qint64 characterId)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    bool deleted = false;
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok;
        }
        int proposed = 0;
        {
            QSqlQuery q(Sql::connection(*conn));
            if (Result<void> ok = Sql::run(q,
                                           u"SELECT proposed FROM script_character WHERE script_id = ? "
                                           "AND character_id = ?"_s,
                                           {scriptId, characterId}, u"dropping a proposed character"_s);
                !ok) {
                return ok;
            }
            if (!q.next() || q.value(0).toInt() == 0) {
                return makeError(ErrorCode::InvalidInput,
                                 u"character %1 is not a proposed character of script %2"_s.arg(characterId).arg(scriptId));
            }
            proposed = q.value(0).toInt();
        }
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(q, u"DELETE FROM script_character WHERE script_id = ? AND character_id = ?"_s,
                                       {scriptId, characterId}, u"dropping a proposed character"_s);
            !ok) {
            return ok;
        }
        if (proposed == 2) {
            // Made by the run and in no other script: nothing else knows it.
            if (Result<void> ok = Sql::run(q,
                                           u"DELETE FROM character WHERE id = ? AND NOT EXISTS "
                                           "(SELECT 1 FROM script_character WHERE character_id = ?)"_s,
                                           {characterId, characterId}, u"dropping a proposed character"_s);
                !ok) {
                return ok;
            }
            deleted = q.numRowsAffected() > 0;
        }
        if (Result<void> ok = touch(*conn, scriptId); !ok) {
            return ok;
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok;
        }
    }
    if (m_notifier) {
        if (deleted) {
            Q_EMIT m_notifier->characterRemoved(characterId);
        }
        Q_EMIT m_notifier->scriptChanged(scriptId);
    }
    return {};
}

Result<QList<qint64>> ScriptStore::characterIds(qint64 scriptId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT character_id FROM script_character WHERE script_id = ? "
                                   "ORDER BY character_id"_s,
                                   {scriptId}, u"listing a script's characters"_s);
        !ok) {
        return ok.error();
    }
    QList<qint64> out;
    while (q.next()) {
        out.append(q.value(0).toLongLong());
    }
    return out;
}

Result<QList<Script>> ScriptStore::listForCharacter(qint64 characterId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT "_s + kColumns
                                       + u" FROM script WHERE id IN (SELECT script_id FROM "
                                         "script_character WHERE character_id = ?) "
                                         "ORDER BY title COLLATE NOCASE, id"_s,
                                   {characterId}, u"listing the scripts of a character"_s);
        !ok) {
        return ok.error();
    }
    QList<Script> out;
    while (q.next()) {
        out.append(fromRow(q));
    }
    return out;
}

Result<QHash<qint64, int>> ScriptStore::versionCounts() const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT script_id, COUNT(*) FROM script_version GROUP BY script_id"_s,
                                   {}, u"counting versions"_s);
        !ok) {
        return ok.error();
    }
    QHash<qint64, int> out;
    while (q.next()) {
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return out;
}

} // namespace Spielberg
