// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobdesk.h"
#include "scriptlibrary.h"
#include "versionhistory.h"

#include <core/result.h>

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Spielberg {

class CredentialStore;
class Database;
class LibraryNotifier;
class LibraryWatch;
class ProviderProbe;

/**
 * The open library and every use case on it: the app's window and pages work with one Studio,
 * handed down by reference from the composition root (src/app/main.cpp, the GUI tests, the
 * screenshot tool); nothing in the UI reaches for a store or the queue itself.
 *
 * Owns the Database, the change notifier, the network access manager, the job desk and the
 * provider probe; the CredentialStore is not owned and must outlive it. GUI thread only,
 * except library() and history(), which any thread may use (each thread gets its own
 * connection).
 */
class Studio : public QObject
{
    Q_OBJECT
public:
    Studio(std::unique_ptr<Database> database, CredentialStore *credentials, QObject *parent = nullptr);
    ~Studio() override;

    /** Opens the library at `path` and the studio on it. */
    static Result<std::unique_ptr<Studio>> open(const QString &path, CredentialStore *credentials);

    ScriptLibrary library() const;
    VersionHistory history() const;
    JobDesk &jobs() const { return *m_jobs; }
    /** Library changes, from this process and, within a second, from others (LibraryWatch). */
    LibraryNotifier *notifier() const { return m_notifier; }
    ProviderProbe &probe() const { return *m_probe; }
    CredentialStore &credentials() const { return *m_credentials; }
    /** The SQLite library's version, for the About box. */
    QString sqliteVersion() const;
    /** For composition roots and tests only. */
    Database &database() const { return *m_database; }

private:
    std::unique_ptr<Database> m_database;
    LibraryNotifier *m_notifier;
    CredentialStore *m_credentials;
    QNetworkAccessManager *m_network;
    std::unique_ptr<ProviderProbe> m_probe;
    std::unique_ptr<JobDesk> m_jobs;
    LibraryWatch *m_watch;
};

} // namespace Spielberg
