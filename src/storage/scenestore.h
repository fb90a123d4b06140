// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/scene.h>

#include <QList>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * The scenes of versions. Scene rows are made by VersionStore when a version is added; here
 * they are read, and the writer's metadata (setting, goal, tension, tone) is edited. Content is
 * never edited: it belongs to the immutable version. Threading, ownership and notification
 * (sceneChanged) as CharacterStore. Failures: NotFound (script, version or scene), Database.
 */
class SceneStore
{
public:
    explicit SceneStore(Database &database, LibraryNotifier *notifier = nullptr);

    /** The scenes of version `number` of a script (0: the newest), in order. */
    Result<QList<Scene>> list(qint64 scriptId, int number = 0) const;
    Result<Scene> get(qint64 sceneId) const;
    /** Writes setting, goal, tension, tone and colour of `scene.id`; returns the scene as stored. */
    Result<Scene> updateMetadata(const Scene &scene);
    /**
     * Locks or unlocks a scene: the story engine never rewrites a locked one. The lock carries
     * to later versions with the metadata.
     */
    Result<Scene> setLocked(qint64 sceneId, bool locked);

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
