// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionwriter_p.h"

#include "sql_p.h"

#include <core/catalog.h>
#include <core/scenesplitter.h>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
struct Metadata {
    QString setting;
    QString goal;
    QString tension;
    QString tone;
    bool locked = false;
    QString color;
};
} // namespace

Result<ScriptVersion> VersionWriter::insert(const QString &connection, const ScriptVersion &version,
                                           const QHash<int, int> &sameScenes, const QList<Scene> &given)
{
    const QString what = u"adding a version"_s;
    QSqlDatabase db = Sql::connection(connection);
    {
        QSqlQuery q(db);
        if (Result<void> ok = Sql::run(q, u"SELECT 1 FROM script WHERE id = ?"_s, {version.scriptId},
                                       what);
            !ok) {
            return ok.error();
        }
        if (!q.next()) {
            return makeError(ErrorCode::NotFound, ErrorKey::NoScript, {QString::number(version.scriptId)}, u"no script with id %1"_s.arg(version.scriptId));
        }
    }
    int previous = 0;
    {
        QSqlQuery q(db);
        if (Result<void> ok = Sql::run(q,
                                       u"SELECT coalesce(max(number), 0) FROM script_version "
                                       "WHERE script_id = ?"_s,
                                       {version.scriptId}, what);
            !ok) {
            return ok.error();
        }
        if (!q.next()) {
            return Sql::error(what, q.lastError());
        }
        previous = q.value(0).toInt();
    }
    if (version.parentNumber < 0 || version.parentNumber > previous) {
        return makeError(ErrorCode::InvalidInput,
                         u"script %1 has no version %2"_s.arg(version.scriptId)
                             .arg(version.parentNumber));
    }

    // The scenes whose metadata carries, in order: the version this text was made from (the
    // draft's base, a job's start, the version returned to), else the previous one. The writer's
    // notes sit on the version they were looking at; they must not depend on what came between.
    const int source = version.parentNumber > 0 ? version.parentNumber : previous;
    QStringList oldHeadings;
    QList<Metadata> oldMetadata;
    if (source > 0) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Result<void> ok = Sql::run(q,
                                       u"SELECT s.setting, s.goal, s.tension, s.tone, s.content, s.locked, s.color "
                                       "FROM scene s JOIN script_version v ON v.id = s.version_id "
                                       "WHERE v.script_id = ? AND v.number = ? ORDER BY s.number"_s,
                                       {version.scriptId, source}, what);
            !ok) {
            return ok.error();
        }
        while (q.next()) {
            oldMetadata.append(Metadata{q.value(0).toString(), q.value(1).toString(),
                                        q.value(2).toString(), q.value(3).toString(),
                                        q.value(5).toBool(), q.value(6).toString()});
            oldHeadings.append(SceneSplitter::headingOf(q.value(4).toString()));
        }
    }

    ScriptVersion stored = version;
    stored.number = previous + 1;
    const QString now = Sql::now();
    stored.createdAt = Sql::toDateTime(now);
    {
        QSqlQuery q(db);
        if (Result<void> ok = Sql::run(q,
                                       u"INSERT INTO script_version (script_id, number, content, "
                                       "origin, note, job_id, parent_number, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                       {version.scriptId, stored.number, version.content,
                                        toId(version.origin), version.note,
                                        Sql::textOrNull(version.jobId),
                                        Sql::idOrNull(version.parentNumber), now},
                                       what);
            !ok) {
            return ok.error();
        }
        stored.id = q.lastInsertId().toLongLong();
    }

    const SceneSplit split = SceneSplitter::split(version.content);
    QStringList headings;
    headings.reserve(split.scenes.size());
    for (const SplitScene &scene : split.scenes) {
        headings.append(scene.heading);
    }
    QList<int> matches = SceneSplitter::matchHeadings(oldHeadings, headings);
    for (auto it = sameScenes.cbegin(); it != sameScenes.cend(); ++it) {
        if (it.key() < 0 || it.key() >= matches.size() || it.value() < 0 || it.value() >= oldMetadata.size()) {
            continue;
        }
        // The pinned scene takes its metadata; whichever scene had matched it by heading loses it.
        for (int &match : matches) {
            if (match == it.value()) {
                match = -1;
            }
        }
        matches[it.key()] = it.value();
    }
    {
        QSqlQuery q(db);
        if (!q.prepare(u"INSERT INTO scene (version_id, number, setting, goal, tension, tone, "
                       "content, locked, color) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
            return Sql::error(what, q.lastError());
        }
        for (qsizetype i = 0; i < split.scenes.size(); ++i) {
            const int match = matches[i];
            Metadata metadata = match >= 0 ? oldMetadata[match]
                                           : Metadata{split.scenes[i].heading, {}, {}, {}, false, {}};
            if (match >= 0 && metadata.setting == oldHeadings[match]) {
                metadata.setting = split.scenes[i].heading; // a setting never edited follows its heading
            }
            if (given.size() == split.scenes.size()) {
                const Scene &g = given[i];
                metadata = Metadata{g.setting.isEmpty() ? split.scenes[i].heading : g.setting, g.goal,
                                    g.tension, g.tone, g.locked, g.color};
            }
            q.bindValue(0, stored.id);
            q.bindValue(1, int(i + 1));
            q.bindValue(2, Sql::bindable(metadata.setting));
            q.bindValue(3, Sql::bindable(metadata.goal));
            q.bindValue(4, Sql::bindable(metadata.tension));
            q.bindValue(5, Sql::bindable(metadata.tone));
            q.bindValue(6, Sql::bindable(split.scenes[i].content));
            q.bindValue(7, metadata.locked ? 1 : 0);
            q.bindValue(8, Sql::bindable(metadata.color));
            if (!q.exec()) {
                return Sql::error(what, q.lastError());
            }
        }
    }
    {
        QSqlQuery q(db);
        if (Result<void> ok = Sql::run(q, u"UPDATE script SET updated_at = ? WHERE id = ?"_s,
                                       {now, version.scriptId}, what);
            !ok) {
            return ok.error();
        }
    }
    return stored;
}

} // namespace Spielberg
