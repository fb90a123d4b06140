// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/character.h>
#include <core/result.h>

#include <QList>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * The characters of the library. Methods run on the calling thread's connection (see
 * Database) and may be called from any thread; each change is one transaction and emits on the
 * notifier, if given, after it committed. Neither pointer is owned; both must outlive the store.
 * Failures: InvalidInput (empty name), NotFound (no such id), Database.
 */
class CharacterStore
{
public:
    explicit CharacterStore(Database &database, LibraryNotifier *notifier = nullptr);

    /** Stores a new character (id, owner and times are assigned); returns it as stored. */
    Result<Character> create(const Character &character);
    Result<Character> get(qint64 id) const;
    /** Every character, by name. */
    Result<QList<Character>> list() const;
    /** The characters attached to a script, by name. */
    Result<QList<Character>> listForScript(qint64 scriptId) const;
    /** Writes name and the four bible fields of `character.id`; returns it as stored. */
    Result<Character> update(const Character &character);
    /** Deletes the character; it is detached from its scripts, which stay. */
    Result<void> remove(qint64 id);

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
