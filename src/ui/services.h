// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Spielberg {

class CharacterStore;
class CredentialStore;
class Database;
class DraftStore;
class JobQueue;
class JobStore;
class LibraryNotifier;
class LibrarySearch;
class ProviderProbe;
class SceneStore;
class ScriptStore;
class VersionStore;

/**
 * What the window and its pages work with: the open library with one store per aggregate, the
 * change notifier they emit on, the job queue and the provider probe. The composition roots
 * (main.cpp, the GUI tests, the screenshot tool) build one and hand it down by reference;
 * nothing in the UI reaches for a global.
 *
 * Owns the Database, the stores, the notifier, the network access manager and the queue; the
 * CredentialStore is not owned and must outlive this object. GUI thread only, except the stores,
 * which any thread may use (each thread gets its own connection).
 */
class Services : public QObject
{
    Q_OBJECT
public:
    Services(std::unique_ptr<Database> database, CredentialStore *credentials,
             QObject *parent = nullptr);
    ~Services() override;

    /** Opens the library at `path` and builds the services on it. */
    static Result<std::unique_ptr<Services>> open(const QString &path,
                                                  CredentialStore *credentials);

    Database &database() const { return *m_database; }
    LibraryNotifier *notifier() const { return m_notifier; }
    CharacterStore &characters() const { return *m_characters; }
    ScriptStore &scripts() const { return *m_scripts; }
    VersionStore &versions() const { return *m_versions; }
    SceneStore &scenes() const { return *m_scenes; }
    DraftStore &drafts() const { return *m_drafts; }
    JobStore &jobs() const { return *m_jobs; }
    LibrarySearch &search() const { return *m_search; }
    JobQueue &queue() const { return *m_queue; }
    ProviderProbe &probe() const { return *m_probe; }
    CredentialStore &credentials() const { return *m_credentials; }

private:
    std::unique_ptr<Database> m_database;
    LibraryNotifier *m_notifier;
    CredentialStore *m_credentials;
    std::unique_ptr<CharacterStore> m_characters;
    std::unique_ptr<ScriptStore> m_scripts;
    std::unique_ptr<VersionStore> m_versions;
    std::unique_ptr<SceneStore> m_scenes;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<LibrarySearch> m_search;
    QNetworkAccessManager *m_network;
    std::unique_ptr<ProviderProbe> m_probe;
    std::unique_ptr<JobQueue> m_queue;
};

} // namespace Spielberg
