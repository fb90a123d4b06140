// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptlibrary.h"

#include <export/screenplayfile.h>
#include <export/scriptimporter.h>
#include <storage/characterstore.h>
#include <storage/database.h>
#include <storage/librarysearch.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

namespace Spielberg {

ScriptLibrary::ScriptLibrary(Database &database, LibraryNotifier *notifier)
    : m_database(database)
    , m_notifier(notifier)
{
}

Result<Script> ScriptLibrary::createScript(const Script &script, const QList<qint64> &cast)
{
    return ScriptStore(m_database, m_notifier).create(script, cast);
}

Result<Script> ScriptLibrary::createScript(const Script &script, const QList<qint64> &cast,
                                           const ScriptVersion &first)
{
    return ScriptStore(m_database, m_notifier).create(script, cast, first);
}

Result<Script> ScriptLibrary::script(qint64 id) const
{
    return ScriptStore(m_database).get(id);
}

Result<QList<Script>> ScriptLibrary::scripts() const
{
    return ScriptStore(m_database).list();
}

Result<Script> ScriptLibrary::editScript(const Script &script, const QList<qint64> &cast)
{
    return ScriptStore(m_database, m_notifier).update(script, cast);
}

Result<Script> ScriptLibrary::editScript(const Script &script)
{
    return ScriptStore(m_database, m_notifier).update(script);
}

Result<void> ScriptLibrary::deleteScript(qint64 id)
{
    return ScriptStore(m_database, m_notifier).remove(id);
}

Result<void> ScriptLibrary::attach(qint64 scriptId, qint64 characterId)
{
    return ScriptStore(m_database, m_notifier).attach(scriptId, characterId);
}

Result<void> ScriptLibrary::detach(qint64 scriptId, qint64 characterId)
{
    return ScriptStore(m_database, m_notifier).detach(scriptId, characterId);
}

Result<QList<qint64>> ScriptLibrary::castOf(qint64 scriptId) const
{
    return ScriptStore(m_database).characterIds(scriptId);
}

Result<QHash<qint64, int>> ScriptLibrary::proposedCast(qint64 scriptId) const
{
    return ScriptStore(m_database).proposedCast(scriptId);
}

Result<void> ScriptLibrary::keepProposed(qint64 scriptId, qint64 characterId)
{
    return ScriptStore(m_database, m_notifier).keepProposed(scriptId, characterId);
}

Result<void> ScriptLibrary::dropProposed(qint64 scriptId, qint64 characterId)
{
    return ScriptStore(m_database, m_notifier).dropProposed(scriptId, characterId);
}

Result<QList<Script>> ScriptLibrary::scriptsWith(qint64 characterId) const
{
    return ScriptStore(m_database).listForCharacter(characterId);
}

Result<QHash<qint64, int>> ScriptLibrary::versionCounts() const
{
    return ScriptStore(m_database).versionCounts();
}

Result<void> ScriptLibrary::validate(const Script &script)
{
    return ScriptStore::validate(script);
}

Result<Character> ScriptLibrary::createCharacter(const Character &character)
{
    return CharacterStore(m_database, m_notifier).create(character);
}

Result<Character> ScriptLibrary::character(qint64 id) const
{
    return CharacterStore(m_database).get(id);
}

Result<QList<Character>> ScriptLibrary::characters() const
{
    return CharacterStore(m_database).list();
}

Result<QList<Character>> ScriptLibrary::charactersOf(qint64 scriptId) const
{
    return CharacterStore(m_database).listForScript(scriptId);
}

Result<Character> ScriptLibrary::editCharacter(const Character &character)
{
    return CharacterStore(m_database, m_notifier).update(character);
}

Result<void> ScriptLibrary::deleteCharacter(qint64 id)
{
    return CharacterStore(m_database, m_notifier).remove(id);
}

Result<QList<SearchHit>> ScriptLibrary::search(const QString &query, int limit) const
{
    return LibrarySearch(m_database).search(query, limit);
}

Result<ScriptLibrary::Imported> ScriptLibrary::importFile(const QString &path, const QString &title)
{
    const Result<ScriptImporter::Imported> imported = ScriptImporter::importFile(m_database, m_notifier, path, title);
    if (!imported) {
        return imported.error();
    }
    return Imported{imported->scriptId, imported->versionNumber};
}

Result<qint64> ScriptLibrary::openOrImport(const QString &path)
{
    const Result<ScreenplayFile::Loaded> loaded = ScreenplayFile::read(path);
    if (!loaded) {
        return loaded.error();
    }
    VersionStore versions(m_database);
    const Result<QList<Script>> all = scripts();
    if (!all) {
        return all.error();
    }
    for (const Script &script : *all) {
        const Result<ScriptVersion> newest = versions.get(script.id);
        if (newest && newest->content == loaded->fountain) {
            return script.id;
        }
    }
    const Result<Imported> imported = importFile(path);
    if (!imported) {
        return imported.error();
    }
    return imported->scriptId;
}

void ScriptLibrary::releaseThreadConnection() const
{
    m_database.releaseThreadConnection();
}

} // namespace Spielberg
