// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/linediff.h>
#include <core/result.h>
#include <core/scriptversion.h>

#include <QList>

#include <optional>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * The versions of scripts: immutable snapshots numbered 1, 2, 3… per script. Adding one
 * assigns its number inside a BEGIN IMMEDIATE transaction, so writers in several threads or
 * processes never collide, and cuts it into scene rows (see SceneStore) whose metadata carries
 * over from the previous version by heading. Threading, ownership and notification
 * (versionAdded) as CharacterStore. Failures: InvalidInput, NotFound (script
 * or version), Database.
 */
class VersionStore
{
public:
    explicit VersionStore(Database &database, LibraryNotifier *notifier = nullptr);

    /**
     * Adds a version of `scriptId` with `content`.
     * Returns it as stored (id, number, created_at).
     */
    Result<ScriptVersion> create(qint64 scriptId, const QString &content,
                                 VersionOrigin origin = VersionOrigin::Manual,
                                 const QString &note = {}, const QString &jobId = {},
                                 int parentNumber = 0);
    /** The versions of a script, oldest first (NotFound for a missing script). */
    Result<QList<ScriptVersion>> list(qint64 scriptId) const;
    /** Version `number` of a script; 0 means the newest. */
    Result<ScriptVersion> get(qint64 scriptId, int number = 0) const;
    /** The version with row id `versionId` (what a scene's version_id names). */
    Result<ScriptVersion> byId(qint64 versionId) const;
    /** The version a generation job made, if it made one (job_id). */
    Result<std::optional<ScriptVersion>> forJob(const QString &jobId) const;
    /** Adds a new version (origin "restored", parent_number = number) with version N's text. */
    Result<ScriptVersion> restore(qint64 scriptId, int number);
    /** A line diff from version `from` to version `to`. */
    Result<QList<DiffLine>> diff(qint64 scriptId, int from, int to) const;

    /** Makes version `number` the locked base of the script's revisions; returns that version. */
    Result<ScriptVersion> lock(qint64 scriptId, int number);
    /** The locked base's number, or 0 when the script has none (NotFound for a missing script). */
    Result<int> lockedBase(qint64 scriptId) const;

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
