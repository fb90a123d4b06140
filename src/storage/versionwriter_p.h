// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/scriptversion.h>

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
    /** `version.scriptId`, content, origin, note, jobId and parentNumber are used. */
    static Result<ScriptVersion> insert(const QString &connection, const ScriptVersion &version);
};

} // namespace Spielberg
