// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * Sees what other connections committed (a `spielberg-cli` run, another window's worker) and
 * says it on the LibraryNotifier as if this process had made the change: scripts (and their
 * cast), characters, versions, scene notes and jobs that appeared, changed or went. It polls SQLite's `PRAGMA data_version`
 * (which moves only when another connection commits) and, when it moved, compares a small
 * fingerprint of each row with the last one. The first look only remembers. Lives on one thread
 * (the GUI's) and uses that thread's connection.
 */
class LibraryWatch : public QObject
{
    Q_OBJECT
public:
    LibraryWatch(Database &database, LibraryNotifier *notifier, QObject *parent = nullptr);

    /** Looks every `intervalMs` from now on (a first look at once). */
    void start(int intervalMs = 1000);
    void stop();
    /** Looks now; returns whether anything changed elsewhere since the last look. */
    bool look();

private:
    Database &m_database;
    QPointer<LibraryNotifier> m_notifier;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    bool m_known = false;
    QHash<qint64, QString> m_scripts;
    QHash<qint64, QString> m_characters;
    QHash<qint64, int> m_versions; ///< newest version number by script
    QHash<QString, QString> m_jobs;
    QHash<qint64, QString> m_scenes;
    QHash<qint64, QString> m_casts; ///< attached characters and their proposed marks, by script
};

} // namespace Spielberg
