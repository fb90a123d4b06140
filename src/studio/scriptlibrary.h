// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/character.h>
#include <core/result.h>
#include <core/script.h>
#include <core/scriptversion.h>
#include <core/searchhit.h>

#include <QHash>
#include <QList>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * The library's use cases for scripts, their cast and the character bible, each one call and
 * one transaction (docs/architecture.md, "Adding a use case"). A light value over the
 * Database: make one where it is needed, on any thread that may use the Database.
 */
class ScriptLibrary
{
public:
    explicit ScriptLibrary(Database &database, LibraryNotifier *notifier = nullptr);

    // Scripts and their cast.
    Result<Script> createScript(const Script &script, const QList<qint64> &cast = {});
    /** A new script with its cast and `first` (content, origin, note, job id) as version 1. */
    Result<Script> createScript(const Script &script, const QList<qint64> &cast, const ScriptVersion &first);
    Result<Script> script(qint64 id) const;
    /** Every script, most recently changed first. */
    Result<QList<Script>> scripts() const;
    /** Writes the details of `script.id` and, in the same transaction, makes `cast` its cast. */
    Result<Script> editScript(const Script &script, const QList<qint64> &cast);
    /** Writes the details of `script.id`, its cast unchanged. */
    Result<Script> editScript(const Script &script);
    Result<void> deleteScript(qint64 id);
    Result<void> attach(qint64 scriptId, qint64 characterId);
    Result<void> detach(qint64 scriptId, qint64 characterId);
    /** The ids of a script's cast. */
    Result<QList<qint64>> castOf(qint64 scriptId) const;
    /**
     * The cast a develop run proposed and the writer has not kept or dropped yet: character id
     * → 1 (a character the library had) or 2 (one the run made).
     */
    Result<QHash<qint64, int>> proposedCast(qint64 scriptId) const;
    /** Keeps a proposed character (0: every one) in the script's cast. */
    Result<void> keepProposed(qint64 scriptId, qint64 characterId = 0);
    /** Drops a proposed character: detached, and deleted when the run made it for this script alone. */
    Result<void> dropProposed(qint64 scriptId, qint64 characterId);
    /** The scripts a character is in, by title. */
    Result<QList<Script>> scriptsWith(qint64 characterId) const;
    /** How many versions each script has (scripts without versions are absent). */
    Result<QHash<qint64, int>> versionCounts() const;
    /** Checks a script's fields without touching the library. */
    static Result<void> validate(const Script &script);

    // The character bible.
    Result<Character> createCharacter(const Character &character);
    Result<Character> character(qint64 id) const;
    Result<QList<Character>> characters() const;
    Result<QList<Character>> charactersOf(qint64 scriptId) const;
    Result<Character> editCharacter(const Character &character);
    Result<void> deleteCharacter(qint64 id);

    /** Scripts, newest versions and characters matching `query`, best first. */
    Result<QList<SearchHit>> search(const QString &query, int limit = 20) const;

    // Files.
    /** What importFile() made. */
    struct Imported {
        qint64 scriptId = 0;
        int versionNumber = 0;
    };
    /** A Fountain or Final Draft file as a new script: version 1 and its scenes. */
    Result<Imported> importFile(const QString &path, const QString &title = {});
    /**
     * The script a file belongs to: one whose newest version holds exactly its text, else a new
     * script imported from it. Returns the script's id.
     */
    Result<qint64> openOrImport(const QString &path);

    /** Lets go of this thread's connection: call it at the end of work on a pool thread. */
    void releaseThreadConnection() const;

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
