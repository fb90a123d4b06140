// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenestore.h"

#include "database.h"
#include "librarynotifier.h"
#include "sql_p.h"
#include "versionstore.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
const QString kColumns = u"id, version_id, number, setting, goal, tension, tone, content, locked, color"_s;

Scene fromRow(const QSqlQuery &q)
{
    Scene s;
    s.id = q.value(0).toLongLong();
    s.versionId = q.value(1).toLongLong();
    s.number = q.value(2).toInt();
    s.setting = q.value(3).toString();
    s.goal = q.value(4).toString();
    s.tension = q.value(5).toString();
    s.tone = q.value(6).toString();
    s.content = q.value(7).toString();
    s.locked = q.value(8).toBool();
    s.color = q.value(9).toString();
    return s;
}
} // namespace

SceneStore::SceneStore(Database &database, LibraryNotifier *notifier)
    : m_database(database)
    , m_notifier(notifier)
{
}

Result<QList<Scene>> SceneStore::list(qint64 scriptId, int number) const
{
    const Result<ScriptVersion> version = VersionStore(m_database).get(scriptId, number);
    if (!version) {
        return version.error();
    }
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    q.setForwardOnly(true);
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT %1 FROM scene WHERE version_id = ? ORDER BY number"_s.arg(
                                       kColumns),
                                   {version->id}, u"listing scenes"_s);
        !ok) {
        return ok.error();
    }
    QList<Scene> out;
    while (q.next()) {
        out.append(fromRow(q));
    }
    return out;
}

Result<Scene> SceneStore::get(qint64 sceneId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q, u"SELECT %1 FROM scene WHERE id = ?"_s.arg(kColumns),
                                   {sceneId}, u"reading a scene"_s);
        !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, ErrorKey::NoScene, {QString::number(sceneId)}, u"no scene with id %1"_s.arg(sceneId));
    }
    return fromRow(q);
}

Result<Scene> SceneStore::updateMetadata(const Scene &scene)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    {
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(q,
                                       u"UPDATE scene SET setting = ?, goal = ?, tension = ?, "
                                       "tone = ?, color = ? WHERE id = ?"_s,
                                       {scene.setting, scene.goal, scene.tension, scene.tone,
                                        scene.color, scene.id},
                                       u"updating a scene"_s);
            !ok) {
            return ok.error();
        }
        if (q.numRowsAffected() == 0) {
            return makeError(ErrorCode::NotFound, ErrorKey::NoScene, {QString::number(scene.id)}, u"no scene with id %1"_s.arg(scene.id));
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->sceneChanged(scene.id);
    }
    return get(scene.id);
}

Result<Scene> SceneStore::setLocked(qint64 sceneId, bool locked)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    {
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(q, u"UPDATE scene SET locked = ? WHERE id = ?"_s,
                                       {locked ? 1 : 0, sceneId}, u"locking a scene"_s);
            !ok) {
            return ok.error();
        }
        if (q.numRowsAffected() == 0) {
            return makeError(ErrorCode::NotFound, ErrorKey::NoScene, {QString::number(sceneId)},
                             u"no scene with id %1"_s.arg(sceneId));
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->sceneChanged(sceneId);
    }
    return get(sceneId);
}

} // namespace Spielberg
