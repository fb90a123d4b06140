// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywatch.h"

#include "database.h"
#include "librarynotifier.h"
#include "logging.h"
#include "sql_p.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
/** Runs `sql` and hands each row to `row`; false (logged) when the query failed. */
template<typename Row>
bool eachRow(const QString &connection, const QString &sql, Row row)
{
    QSqlQuery q(Sql::connection(connection));
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        qCWarning(lcStorage) << "the library watch could not read:" << q.lastError().text();
        return false;
    }
    while (q.next()) {
        row(q);
    }
    return true;
}

template<typename Key, typename Value, typename Changed, typename Removed>
void compare(const QHash<Key, Value> &before, const QHash<Key, Value> &now, Changed changed, Removed removed)
{
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto was = before.constFind(it.key());
        if (was == before.cend() || *was != it.value()) {
            changed(it.key(), it.value());
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!now.contains(it.key())) {
            removed(it.key());
        }
    }
}
} // namespace

LibraryWatch::LibraryWatch(Database &database, LibraryNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
{
    connect(&m_timer, &QTimer::timeout, this, &LibraryWatch::look);
}

void LibraryWatch::start(int intervalMs)
{
    look();
    m_timer.start(intervalMs);
}

void LibraryWatch::stop()
{
    m_timer.stop();
}

bool LibraryWatch::look()
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return false;
    }
    qint64 dataVersion = -1;
    eachRow(*conn, u"PRAGMA data_version"_s, [&dataVersion](const QSqlQuery &q) { dataVersion = q.value(0).toLongLong(); });
    if (m_known && dataVersion == m_dataVersion) {
        return false; // no other connection committed
    }

    QHash<qint64, QString> scripts;
    QHash<qint64, QString> characters;
    QHash<qint64, int> versions;
    QHash<QString, QString> jobs;
    QHash<qint64, QString> scenes;
    QHash<qint64, QString> casts;
    const bool read =
        eachRow(*conn, u"SELECT id, updated_at FROM script"_s,
                [&scripts](const QSqlQuery &q) { scripts.insert(q.value(0).toLongLong(), q.value(1).toString()); })
        && eachRow(*conn, u"SELECT id, updated_at FROM character"_s,
                   [&characters](const QSqlQuery &q) { characters.insert(q.value(0).toLongLong(), q.value(1).toString()); })
        && eachRow(*conn, u"SELECT script_id, max(number) FROM script_version GROUP BY script_id"_s,
                   [&versions](const QSqlQuery &q) { versions.insert(q.value(0).toLongLong(), q.value(1).toInt()); })
        && eachRow(*conn,
                   u"SELECT id, status || '|' || attempts || '|' || coalesce(completed_at, '') || '|' || "
                   "coalesce(heartbeat_at, '') || '|' || length(partial) || '|' || (input_tokens + output_tokens) "
                   "FROM job"_s,
                   [&jobs](const QSqlQuery &q) { jobs.insert(q.value(0).toString(), q.value(1).toString()); })
        && eachRow(*conn,
                   // The scenes of each script's newest version: what the window shows and edits
                   // (every version's would be read again on each commit of a long history).
                   u"SELECT s.id, s.goal || '|' || s.tension || '|' || s.tone || '|' || s.setting || '|' || "
                   "s.color || '|' || s.locked FROM scene s JOIN script_version v ON v.id = s.version_id "
                   "WHERE v.number = (SELECT max(number) FROM script_version WHERE script_id = v.script_id)"_s,
                   [&scenes](const QSqlQuery &q) { scenes.insert(q.value(0).toLongLong(), q.value(1).toString()); })
        && eachRow(*conn,
                   u"SELECT script_id, group_concat(character_id || ':' || proposed) FROM script_character "
                   "GROUP BY script_id"_s,
                   [&casts](const QSqlQuery &q) { casts.insert(q.value(0).toLongLong(), q.value(1).toString()); });
    if (!read) {
        return false; // looked at again next time: the data version is kept only for a full look
    }
    m_dataVersion = dataVersion;
    const bool first = !m_known;
    m_known = true;
    bool changed = false;
    if (!first && m_notifier) {
        LibraryNotifier *n = m_notifier;
        compare(m_scripts, scripts, [&](qint64 id, const QString &) { changed = true; Q_EMIT n->scriptChanged(id); },
                [&](qint64 id) { changed = true; Q_EMIT n->scriptRemoved(id); });
        compare(m_characters, characters,
                [&](qint64 id, const QString &) { changed = true; Q_EMIT n->characterChanged(id); },
                [&](qint64 id) { changed = true; Q_EMIT n->characterRemoved(id); });
        compare(m_versions, versions, [&](qint64 id, int number) { changed = true; Q_EMIT n->versionAdded(id, number); },
                [](qint64) {});
        compare(m_jobs, jobs, [&](const QString &id, const QString &) { changed = true; Q_EMIT n->jobChanged(id); },
                [&](const QString &id) { changed = true; Q_EMIT n->jobRemoved(id); });
        compare(m_scenes, scenes, [&](qint64 id, const QString &) { changed = true; Q_EMIT n->sceneChanged(id); },
                [](qint64) {});
        compare(m_casts, casts, [&](qint64 id, const QString &) { changed = true; Q_EMIT n->scriptChanged(id); },
                [&](qint64 id) {
                    if (m_scripts.contains(id) && scripts.contains(id)) {
                        changed = true;
                        Q_EMIT n->scriptChanged(id); // its last character detached
                    }
                });
    }
    m_scripts = std::move(scripts);
    m_characters = std::move(characters);
    m_versions = std::move(versions);
    m_jobs = std::move(jobs);
    m_scenes = std::move(scenes);
    m_casts = std::move(casts);
    return changed;
}

} // namespace Spielberg
