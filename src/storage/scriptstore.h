// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/script.h>
#include <core/scriptversion.h>

#include <QHash>

#include <optional>
#include <QList>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * The scripts of the library and their characters (the script_character links). Threading,
 * ownership and notification as CharacterStore. Failures: InvalidInput (empty title, a genre,
 * tone or format outside Catalog), NotFound (a script or character id), Database.
 */
class ScriptStore
{
public:
    explicit ScriptStore(Database &database, LibraryNotifier *notifier = nullptr);

    /** Stores a new script with `characterIds` attached, in one transaction. */
    Result<Script> create(const Script &script, const QList<qint64> &characterIds = {});
    /**
     * Stores a new script with `characterIds` attached and `first` (its content, origin, note
     * and job id) as version 1, in one transaction.
     */
    Result<Script> create(const Script &script, const QList<qint64> &characterIds,
                          const std::optional<ScriptVersion> &first);
    Result<Script> get(qint64 id) const;
    /** Every script, most recently changed first. */
    Result<QList<Script>> list() const;
    /** Writes title, logline, genre, tone and format of `script.id`. */
    Result<Script> update(const Script &script);
    /**
     * Writes the details of `script.id` and makes `characterIds` its cast (attaching and
     * detaching as needed), in one transaction: a character that does not exist refuses the
     * whole change.
     */
    Result<Script> update(const Script &script, const QList<qint64> &characterIds);
    /** Deletes the script with its versions, scenes and draft; its characters stay. */
    Result<void> remove(qint64 id);

    Result<void> attach(qint64 scriptId, qint64 characterId);
    Result<void> detach(qint64 scriptId, qint64 characterId);
    /**
     * The cast a run proposed and the writer has not yet kept or dropped: character id → 1 for
     * one the library had, 2 for one the run made (docs/architecture.md, "The story board").
     */
    Result<QHash<qint64, int>> proposedCast(qint64 scriptId) const;
    /** Keeps proposed character `characterId` (0: all of them) in the script's cast. */
    Result<void> keepProposed(qint64 scriptId, qint64 characterId = 0);
    /**
     * Drops a proposed character from the script's cast; one the run made, and no other script
     * has, leaves the library too. One transaction.
     */
    Result<void> dropProposed(qint64 scriptId, qint64 characterId);
    /** The ids of the characters attached to a script. */
    Result<QList<qint64>> characterIds(qint64 scriptId) const;
    /** The scripts a character is attached to, by title. */
    Result<QList<Script>> listForCharacter(qint64 characterId) const;
    /** How many versions each script has (scripts without versions are absent), one query. */
    Result<QHash<qint64, int>> versionCounts() const;

    /** Checks the fields a store would refuse (title, catalog ids) without touching the DB. */
    static Result<void> validate(const Script &script);

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
