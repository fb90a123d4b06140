// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/draft.h>
#include <core/result.h>
#include <core/scriptversion.h>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * The working copy of each script, autosaved as the writer types. The rule of
 * docs/architecture.md, "Nothing typed is lost", holds here: nothing typed is overwritten
 * without a version holding it. save() only replaces the draft with newer typing of the same
 * draft; saveAsVersion() snapshots it into a new manual version (the draft then rests on that
 * version) in one transaction; resetToVersion() keeps unsaved typing as a version before it
 * replaces the draft. Threading, ownership and
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
    /**
     * Makes the draft version `number`'s text (0: the newest), in one transaction. When the
     * draft holds typing that its base version does not, that typing is first kept as a new
     * manual version, so a reset never loses what the writer typed; when that kept version is
     * newer than `number`, the chosen text is added again as the newest version (origin
     * "restored") and the draft rests on it. Returns the new draft.
     */
    Result<Draft> resetToVersion(qint64 scriptId, int number = 0);

    /**
     * The draft to edit, in one transaction: a script without one gets its newest version's
     * text (or a blank page), and a draft resting on a version its script does not have keeps
     * its text and rests on the newest version instead.
     */
    Result<Draft> open(qint64 scriptId);
    /** What restore() did. */
    struct Restored {
        Draft draft;
        int restored = 0; ///< the new version holding the restored text
        int kept = 0;     ///< the version that kept the draft's typing first, 0 when none was needed
    };
    /**
     * Makes version `number` the newest version again (origin "restored") and the draft, in one
     * transaction; typing of the draft that no version holds is kept as a version first.
     */
    Result<Restored> restore(qint64 scriptId, int number, const QString &keepNote);
    /**
     * Keeps the draft as a new manual version if it differs from its base version; returns the
     * number of the version the draft rests on afterwards (0 for a script with no version and
     * an empty draft). One transaction.
     */
    Result<int> keepIfChanged(qint64 scriptId, const QString &note);

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
