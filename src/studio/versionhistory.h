// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/draft.h>
#include <core/linediff.h>
#include <core/continuityfinding.h>
#include <core/result.h>
#include <core/scene.h>
#include <core/scriptversion.h>

#include <QList>

#include <optional>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * A script's history and working copy as use cases: its versions, its draft, its scenes. Each
 * change is one call and one transaction, and none overwrites what the writer typed without a
 * version holding it (docs/architecture.md, "Data"). A light value over the Database: make one
 * where it is needed, on any thread that may use the Database (the autosaver writes from a
 * worker thread).
 */
class VersionHistory
{
public:
    explicit VersionHistory(Database &database, LibraryNotifier *notifier = nullptr);

    // Versions.
    Result<QList<ScriptVersion>> versions(qint64 scriptId) const;
    /** Version `number` of a script; 0 means the newest. */
    Result<ScriptVersion> version(qint64 scriptId, int number = 0) const;
    Result<ScriptVersion> versionById(qint64 versionId) const;
    /** The version a job made, if it made one. */
    Result<std::optional<ScriptVersion>> versionOfJob(const QString &jobId) const;
    Result<QList<DiffLine>> diff(qint64 scriptId, int from, int to) const;
    /** A new manual version with `content` (a file the writer brought in, say). */
    Result<ScriptVersion> addVersion(qint64 scriptId, const QString &content, const QString &note = {});
    /** Makes version `number` the newest again, as a new version of origin "restored". */
    Result<ScriptVersion> restoreVersion(qint64 scriptId, int number);
    /** Makes version `number` the locked base that revisions are marked against. */
    Result<ScriptVersion> lockVersion(qint64 scriptId, int number);
    /** The locked base's number, 0 when none is locked. */
    Result<int> lockedBase(qint64 scriptId) const;

    // The draft.
    /** The draft to edit: made from the newest version when missing, repaired when its base is gone. */
    Result<Draft> openDraft(qint64 scriptId);
    Result<Draft> draft(qint64 scriptId) const;
    Result<Draft> saveDraft(const Draft &draft);
    /** Keeps the draft as a new manual version; the draft then rests on it. */
    Result<ScriptVersion> keepDraft(qint64 scriptId, const QString &note = {});
    /**
     * Keeps the draft as a version when it differs from its base; returns the version the
     * draft rests on afterwards: what a generation should start from.
     */
    Result<int> keepDraftIfChanged(qint64 scriptId, const QString &note);
    /**
     * Restores version `number` into the draft: typing no version holds is kept first, the
     * text becomes a new "restored" version and the draft. One transaction.
     */
    Result<Draft> restoreIntoDraft(qint64 scriptId, int number, const QString &keepNote);
    /**
     * Accepts a generated version: it becomes the draft (typing no version holds is kept as a
     * version first). Rejecting one changes nothing: it stays in the history.
     */
    Result<Draft> acceptVersion(qint64 scriptId, int number);

    // Scenes.
    /** The scenes of version `number` (0: the newest). */
    Result<QList<Scene>> scenes(qint64 scriptId, int number = 0) const;
    Result<Scene> scene(qint64 sceneId) const;
    /** Writes a scene's setting, goal, tension and tone. */
    Result<Scene> editScene(const Scene &scene);
    /** Locks or unlocks a scene: the story engine never rewrites a locked one. */
    Result<Scene> lockScene(qint64 sceneId, bool locked);
    /**
     * The continuity report of version `number` (0: the newest) against the script's cast
     * (docs/architecture.md, "The story engine").
     */
    Result<QList<ContinuityFinding>> check(qint64 scriptId, int number = 0) const;

    /** Lets go of this thread's connection: call it at the end of work on a pool thread. */
    void releaseThreadConnection() const;

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
