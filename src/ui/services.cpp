// SPDX-License-Identifier: GPL-3.0-or-later
#include "services.h"

#include <generation/credentialstore.h>
#include <generation/jobqueue.h>
#include <generation/providerprobe.h>
#include <storage/characterstore.h>
#include <storage/database.h>
#include <storage/draftstore.h>
#include <storage/jobstore.h>
#include <storage/librarynotifier.h>
#include <storage/librarysearch.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QNetworkAccessManager>

namespace Spielberg {

Services::Services(std::unique_ptr<Database> database, CredentialStore *credentials,
                   QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_notifier(new LibraryNotifier(this))
    , m_credentials(credentials)
    , m_characters(std::make_unique<CharacterStore>(*m_database, m_notifier))
    , m_scripts(std::make_unique<ScriptStore>(*m_database, m_notifier))
    , m_versions(std::make_unique<VersionStore>(*m_database, m_notifier))
    , m_scenes(std::make_unique<SceneStore>(*m_database, m_notifier))
    , m_drafts(std::make_unique<DraftStore>(*m_database, m_notifier))
    , m_jobs(std::make_unique<JobStore>(*m_database, m_notifier))
    , m_search(std::make_unique<LibrarySearch>(*m_database))
    , m_network(new QNetworkAccessManager(this))
    , m_probe(std::make_unique<ProviderProbe>(m_network))
    , m_queue(std::make_unique<JobQueue>(*m_database, m_notifier, m_credentials, m_network))
{
}

// The queue goes first: its running calls hold the network manager and the database.
Services::~Services()
{
    m_queue.reset();
}

Result<std::unique_ptr<Services>> Services::open(const QString &path, CredentialStore *credentials)
{
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database) {
        return database.error();
    }
    return std::make_unique<Services>(std::move(database).value(), credentials);
}

} // namespace Spielberg
