// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QString>

#include <memory>

namespace Spielberg {

/** How Database::open() treats a library. */
struct DatabaseOptions {
    /** Copy the library into `backups/` before each migration and once a day. */
    bool backups = true;
    /** How many backups of one library to keep (oldest are removed first). */
    int keepBackups = 5;
    /**
     * Migrate only up to this schema version. For tests of the migrations; a program opening
     * a library always uses the default, the newest version it knows.
     */
    int schemaVersion = 0;
};

/**
 * The library: one SQLite file per OS account (docs/architecture.md, "Data" and
 * "The library file").
 *
 * open() checks the file before anything touches it: a file owned by another account, a file
 * that is not a database, and a library made by a newer program (PRAGMA user_version above
 * kSchemaVersion) are refused with one sentence and left byte for byte as they were. It then
 * sets WAL, synchronous=NORMAL, a busy timeout and foreign keys, backs the library up before
 * migrating and once a day (VACUUM INTO `backups/` beside the file, after a quick_check so a
 * damaged library never rotates a good backup out), and runs the migrations, each in one
 * transaction. Folders it creates are 0700, the file and its -wal/-shm 0600.
 *
 * Threads: the object itself may be shared by threads; SQL runs on one QSqlDatabase
 * connection per thread, opened on first use by connectionName() on that thread and closed
 * when the thread ends (or releaseThreadConnection() is called on it). Concurrent writers,
 * in threads or processes, are serialised by SQLite (BEGIN IMMEDIATE + busy timeout).
 * Destroy the Database after the threads that used it finished.
 */
class Database
{
public:
    /** The newest schema this program knows (v1 tables, v2 full-text search). */
    static constexpr int kSchemaVersion = 6;

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const DatabaseOptions &options = {});

    /** QStandardPaths::AppDataLocation + "/library.sqlite". */
    static QString defaultPath();
    /** The OS login recorded as `owner` of every row (USER, LOGNAME, else the passwd entry). */
    static QString currentOwner();
    /** The folder of the automatic backups of the library at `path`. */
    static QString backupFolder(const QString &path);
    /** The newest backup of the library at `path`, empty when there is none. */
    static QString newestBackup(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    /** The schema version found when the file was opened (0 for a new file). */
    int openedVersion() const { return m_openedVersion; }

    /**
     * The name of the calling thread's QSqlDatabase connection to this library, opened and
     * configured on first use. Only storage classes use it.
     */
    Result<QString> connectionName() const;

    /** Closes the calling thread's connection, if any (a worker thread done with the library). */
    void releaseThreadConnection() const;

    /** The version of the SQLite library in use ("3.46.1"), for the About box. */
    QString sqliteVersion() const;

    /** Runs PRAGMA integrity_check; a damaged library fails naming the newest backup. */
    Result<void> checkIntegrity() const;

    /** Writes a backup now (VACUUM INTO), then keeps only the newest `keepBackups`. */
    Result<QString> backup(const QString &reason) const;

private:
    Database(QString path, DatabaseOptions options);
    Result<void> migrate(int from);
    /** A copy into backups/ when the newest is a day old; fails only for a damaged library. */
    Result<void> dailyBackup();

    QString m_path;
    DatabaseOptions m_options;
    quint64 m_instance = 0;
    int m_openedVersion = 0;
};

} // namespace Spielberg
