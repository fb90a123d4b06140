// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionhistory.h"

#include <core/continuitycheck.h>
#include <storage/characterstore.h>

#include <storage/database.h>
#include <storage/draftstore.h>
#include <storage/scenestore.h>
#include <storage/versionstore.h>

using namespace Qt::StringLiterals;

namespace Spielberg {

VersionHistory::VersionHistory(Database &database, LibraryNotifier *notifier)
    : m_database(database)
    , m_notifier(notifier)
{
}

Result<QList<ScriptVersion>> VersionHistory::versions(qint64 scriptId) const
{
    return VersionStore(m_database).list(scriptId);
}

Result<ScriptVersion> VersionHistory::version(qint64 scriptId, int number) const
{
    return VersionStore(m_database).get(scriptId, number);
}

Result<ScriptVersion> VersionHistory::versionById(qint64 versionId) const
{
    return VersionStore(m_database).byId(versionId);
}

Result<std::optional<ScriptVersion>> VersionHistory::versionOfJob(const QString &jobId) const
{
    return VersionStore(m_database).forJob(jobId);
}

Result<QList<DiffLine>> VersionHistory::diff(qint64 scriptId, int from, int to) const
{
    return VersionStore(m_database).diff(scriptId, from, to);
}

Result<ScriptVersion> VersionHistory::addVersion(qint64 scriptId, const QString &content, const QString &note)
{
    return VersionStore(m_database, m_notifier).create(scriptId, content, VersionOrigin::Manual, note);
}

Result<ScriptVersion> VersionHistory::restoreVersion(qint64 scriptId, int number)
{
    return VersionStore(m_database, m_notifier).restore(scriptId, number);
}

Result<ScriptVersion> VersionHistory::lockVersion(qint64 scriptId, int number)
{
    return VersionStore(m_database, m_notifier).lock(scriptId, number);
}

Result<int> VersionHistory::lockedBase(qint64 scriptId) const
{
    return VersionStore(m_database, m_notifier).lockedBase(scriptId);
}

Result<Draft> VersionHistory::openDraft(qint64 scriptId)
{
    return DraftStore(m_database, m_notifier).open(scriptId);
}

Result<Draft> VersionHistory::draft(qint64 scriptId) const
{
    return DraftStore(m_database).get(scriptId);
}

Result<Draft> VersionHistory::saveDraft(const Draft &draft)
{
    return DraftStore(m_database, m_notifier).save(draft);
}

Result<ScriptVersion> VersionHistory::keepDraft(qint64 scriptId, const QString &note)
{
    return DraftStore(m_database, m_notifier).saveAsVersion(scriptId, note);
}

Result<int> VersionHistory::keepDraftIfChanged(qint64 scriptId, const QString &note)
{
    return DraftStore(m_database, m_notifier).keepIfChanged(scriptId, note);
}

Result<Draft> VersionHistory::restoreIntoDraft(qint64 scriptId, int number, const QString &keepNote)
{
    const Result<DraftStore::Restored> restored = DraftStore(m_database, m_notifier).restore(scriptId, number, keepNote);
    if (!restored) {
        return restored.error();
    }
    return restored->draft;
}

Result<Draft> VersionHistory::acceptVersion(qint64 scriptId, int number)
{
    return DraftStore(m_database, m_notifier).resetToVersion(scriptId, number);
}

Result<QList<Scene>> VersionHistory::scenes(qint64 scriptId, int number) const
{
    return SceneStore(m_database).list(scriptId, number);
}

Result<Scene> VersionHistory::scene(qint64 sceneId) const
{
    return SceneStore(m_database).get(sceneId);
}

Result<Scene> VersionHistory::editScene(const Scene &scene)
{
    return SceneStore(m_database, m_notifier).updateMetadata(scene);
}

void VersionHistory::releaseThreadConnection() const
{
    m_database.releaseThreadConnection();
}

Result<Scene> VersionHistory::lockScene(qint64 sceneId, bool locked)
{
    return SceneStore(m_database, m_notifier).setLocked(sceneId, locked);
}

Result<QList<ContinuityFinding>> VersionHistory::check(qint64 scriptId, int number) const
{
    const Result<ScriptVersion> version = VersionStore(m_database).get(scriptId, number);
    if (!version) {
        return version.error();
    }
    const Result<QList<Character>> cast = CharacterStore(m_database).listForScript(scriptId);
    if (!cast) {
        return cast.error();
    }
    return ContinuityCheck::check(version->content, namesOf(*cast));
}

} // namespace Spielberg
