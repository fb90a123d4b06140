// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/draft.h>
#include <core/result.h>
#include <core/scriptversion.h>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * The working copy of each script, autosaved as the writer types. The rule of DESIGN.md
 * holds here: nothing typed is overwritten without a version holding it. save() only replaces
 * the draft with newer typing of the same draft; saveAsVersion() snapshots it into a new manual
 * version (the draft then rests on that version) in one transaction. Threading, ownership and
 * notification (draftSaved, versionAdded) as CharacterStore. Failures: NotFound, Database.
 */
class DraftStore
{
public:
    explicit DraftStore(Database &database, LibraryNotifier *notifier = nullptr);

    /** Writes (inserts or replaces) the draft of `draft.scriptId`; returns it as stored. */
    Result<Draft> save(const Draft &draft);
    /** The draft of a script; NotFound when it has none. */
    Result<Draft> get(qint64 scriptId) const;
    /** Adds the draft's text as a new manual version and rebases the draft on it. */
    Result<ScriptVersion> saveAsVersion(qint64 scriptId, const QString &note = {});

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
