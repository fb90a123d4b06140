// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/scene.h>
#include <core/scriptversion.h>

#include <QHash>
#include <QString>

namespace Spielberg {

/**
 * Adds a version inside the caller's open write transaction (BEGIN IMMEDIATE, so the number
 * read here cannot be taken by another writer): numbers it, cuts it into scene rows carrying
 * the previous version's metadata by heading, and moves the script's updated_at. Shared by
 * VersionStore and DraftStore, whose use cases each own the transaction.
 */
class VersionWriter
{
public:
    /**
     * `version.scriptId`, content, origin, note, jobId and parentNumber are used. `sameScenes`
     * names scenes (0-based index → index in the previous version) whose metadata carries over
     * whatever their headings say; the others are matched by heading. `given`, when it has one
     * entry per scene of the new version, sets every scene's metadata (setting, goal, tension,
     * tone, locked) instead: an outline's scenes, or a developed version's carried from its
     * outline.
     */
    static Result<ScriptVersion> insert(const QString &connection, const ScriptVersion &version,
                                        const QHash<int, int> &sameScenes = {},
                                        const QList<Scene> &given = {});
};

} // namespace Spielberg
