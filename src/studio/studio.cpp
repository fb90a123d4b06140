// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio.h"

#include <generation/credentialstore.h>
#include <generation/providerprobe.h>
#include <storage/database.h>
#include <storage/librarynotifier.h>
#include <storage/librarywatch.h>

#include <QNetworkAccessManager>

namespace Spielberg {

Studio::Studio(std::unique_ptr<Database> database, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_notifier(new LibraryNotifier(this))
    , m_credentials(credentials)
    , m_network(new QNetworkAccessManager(this))
    , m_probe(std::make_unique<ProviderProbe>(m_network))
    , m_jobs(std::make_unique<JobDesk>(*m_database, m_notifier, m_credentials, m_network))
    , m_watch(new LibraryWatch(*m_database, m_notifier, this))
{
    // What a command-line run (or any other connection) commits shows in the window within a second.
    m_watch->start(1000);
}

// The jobs go first: their running calls hold the network manager and the database.
Studio::~Studio()
{
    m_watch->stop();
    m_jobs.reset();
}

Result<std::unique_ptr<Studio>> Studio::open(const QString &path, CredentialStore *credentials)
{
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database) {
        return database.error();
    }
    return std::make_unique<Studio>(std::move(database).value(), credentials);
}

ScriptLibrary Studio::library() const
{
    return ScriptLibrary(*m_database, m_notifier);
}

VersionHistory Studio::history() const
{
    return VersionHistory(*m_database, m_notifier);
}

QString Studio::sqliteVersion() const
{
    return m_database->sqliteVersion();
}

} // namespace Spielberg
