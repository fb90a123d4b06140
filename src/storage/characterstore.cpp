// SPDX-License-Identifier: GPL-3.0-or-later
#include "characterstore.h"

#include "database.h"
#include "librarynotifier.h"
#include "sql_p.h"
#include "transaction_p.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
const QString kColumns = u"id, owner, name, personality, goals, voice, backstory, created_at, "
                         "updated_at"_s;

Character fromRow(const QSqlQuery &q)
{
    Character c;
    c.id = q.value(0).toLongLong();
    c.owner = q.value(1).toString();
    c.name = q.value(2).toString();
    c.personality = q.value(3).toString();
    c.goals = q.value(4).toString();
    c.voice = q.value(5).toString();
    c.backstory = q.value(6).toString();
    c.createdAt = Sql::toDateTime(q.value(7));
    c.updatedAt = Sql::toDateTime(q.value(8));
    return c;
}

Result<void> validate(const Character &c)
{
    if (c.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, ErrorKey::EmptyName, {}, u"the character's name is empty"_s);
    }
    return {};
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, ErrorKey::NoCharacter, {QString::number(id)}, u"no character with id %1"_s.arg(id));
}
} // namespace

CharacterStore::CharacterStore(Database &database, LibraryNotifier *notifier)
    : m_database(database)
    , m_notifier(notifier)
{
}

Result<Character> CharacterStore::create(const Character &character)
{
    if (Result<void> ok = validate(character); !ok) {
        return ok.error();
    }
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    const QString now = Sql::now();
    qint64 id = 0;
    {
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(q,
                                       u"INSERT INTO character (owner, name, personality, goals, "
                                       "voice, backstory, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                       {Database::currentOwner(), character.name.trimmed(),
                                        character.personality, character.goals, character.voice,
                                        character.backstory, now, now},
                                       u"adding a character"_s);
            !ok) {
            return ok.error();
        }
        id = q.lastInsertId().toLongLong();
    }
    if (m_notifier) {
        Q_EMIT m_notifier->characterChanged(id);
    }
    return get(id);
}

Result<Character> CharacterStore::get(qint64 id) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q, u"SELECT %1 FROM character WHERE id = ?"_s.arg(kColumns), {id},
                                   u"reading a character"_s);
        !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return notFound(id);
    }
    return fromRow(q);
}

Result<QList<Character>> CharacterStore::list() const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT %1 FROM character ORDER BY name COLLATE NOCASE, id"_s.arg(
                                       kColumns),
                                   {}, u"listing characters"_s);
        !ok) {
        return ok.error();
    }
    QList<Character> out;
    while (q.next()) {
        out.append(fromRow(q));
    }
    return out;
}

Result<QList<Character>> CharacterStore::listForScript(qint64 scriptId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(
            q,
            u"SELECT c.id, c.owner, c.name, c.personality, c.goals, c.voice, c.backstory, "
            "c.created_at, c.updated_at FROM character c JOIN script_character sc "
            "ON sc.character_id = c.id WHERE sc.script_id = ? ORDER BY c.name COLLATE NOCASE, c.id"_s,
            {scriptId}, u"listing a script's characters"_s);
        !ok) {
        return ok.error();
    }
    QList<Character> out;
    while (q.next()) {
        out.append(fromRow(q));
    }
    return out;
}

Result<Character> CharacterStore::update(const Character &character)
{
    if (Result<void> ok = validate(character); !ok) {
        return ok.error();
    }
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    {
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(q,
                                       u"UPDATE character SET name = ?, personality = ?, goals = ?, "
                                       "voice = ?, backstory = ?, updated_at = ? WHERE id = ?"_s,
                                       {character.name.trimmed(), character.personality,
                                        character.goals, character.voice, character.backstory,
                                        Sql::now(), character.id},
                                       u"updating a character"_s);
            !ok) {
            return ok.error();
        }
        if (q.numRowsAffected() == 0) {
            return notFound(character.id);
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->characterChanged(character.id);
    }
    return get(character.id);
}

Result<void> CharacterStore::remove(qint64 id)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QList<qint64> scripts;
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok;
        }
        {
            QSqlQuery q(Sql::connection(*conn));
            if (Result<void> ok = Sql::run(q,
                                           u"SELECT script_id FROM script_character "
                                           "WHERE character_id = ?"_s,
                                           {id}, u"deleting a character"_s);
                !ok) {
                return ok;
            }
            while (q.next()) {
                scripts.append(q.value(0).toLongLong());
            }
        }
        {
            QSqlQuery q(Sql::connection(*conn));
            // The script_character rows go with it (ON DELETE CASCADE): scripts are detached.
            if (Result<void> ok = Sql::run(q, u"DELETE FROM character WHERE id = ?"_s, {id},
                                           u"deleting a character"_s);
                !ok) {
                return ok;
            }
            if (q.numRowsAffected() == 0) {
                return notFound(id);
            }
        }
        if (!scripts.isEmpty()) {
            QSqlQuery q(Sql::connection(*conn));
            const QString now = Sql::now();
            for (qint64 scriptId : std::as_const(scripts)) {
                if (Result<void> ok = Sql::run(q, u"UPDATE script SET updated_at = ? WHERE id = ?"_s,
                                               {now, scriptId}, u"deleting a character"_s);
                    !ok) {
                    return ok;
                }
            }
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok;
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->characterRemoved(id);
        for (qint64 scriptId : std::as_const(scripts)) {
            Q_EMIT m_notifier->scriptChanged(scriptId);
        }
    }
    return {};
}

} // namespace Spielberg
