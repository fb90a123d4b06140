// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For tests and tools that set a library up, or look into it, beneath the studio: the stores
// on the studio's database, emitting on its notifier (the app itself goes through the studio).

#include <storage/characterstore.h>
#include <storage/database.h>
#include <storage/draftstore.h>
#include <storage/jobstore.h>
#include <storage/librarynotifier.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>
#include <studio/studio.h>

namespace Spielberg::Test {

class TestStores
{
public:
    explicit TestStores(const Studio &studio)
        : m_database(studio.database())
        , m_notifier(studio.notifier())
    {
    }
    CharacterStore characters() const { return CharacterStore(m_database, m_notifier); }
    ScriptStore scripts() const { return ScriptStore(m_database, m_notifier); }
    VersionStore versions() const { return VersionStore(m_database, m_notifier); }
    SceneStore scenes() const { return SceneStore(m_database, m_notifier); }
    DraftStore drafts() const { return DraftStore(m_database, m_notifier); }
    JobStore jobs() const { return JobStore(m_database, m_notifier); }

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg::Test

namespace Spielberg {
using Test::TestStores;
} // namespace Spielberg
