// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "logging.h"
#include "migrations_p.h"
#include "sql_p.h"
#include "transaction_p.h"

#include <core/processprobe.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
// How long a writer waits for another one before failing (milliseconds).
constexpr int kBusyTimeoutMs = 10000;

std::atomic<quint64> s_nextInstance{1};

// The connections this thread opened; closed and removed when the thread ends, on the thread
// that owns them, as QtSql requires.
struct ThreadConnections {
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections t_connections;

QString threadConnectionName(quint64 instance)
{
    return u"spielberg-%1-%2"_s.arg(instance).arg(
        quintptr(QThread::currentThread()), 0, 16);
}

Result<void> makeFolders(const QString &folder)
{
    // Create every missing component 0700, the outermost first.
    QStringList missing;
    QString path = QDir::cleanPath(QDir(folder).absolutePath());
    while (!QFileInfo::exists(path)) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path) {
            break;
        }
        path = parent;
    }
    for (const QString &component : std::as_const(missing)) {
        if (!QDir().mkdir(component, kOwnerDir) && !QFileInfo(component).isDir()) {
            return makeError(ErrorCode::Io, u"cannot create the folder %1"_s.arg(component));
        }
    }
    return {};
}

void restrictFile(const QString &path)
{
    if (QFile::exists(path)) {
        QFile::setPermissions(path, kOwnerFile);
    }
}

Error damaged(const QString &path, const QString &why)
{
    const QString backup = Database::newestBackup(path);
    const QString next = backup.isEmpty()
        ? u"no backup exists"_s
        : u"the newest backup is %1 (copy it over the library to restore it)"_s.arg(backup);
    return makeError(ErrorCode::Database,
                     u"the library %1 is damaged (%2); it was left untouched; %3"_s.arg(path, why,
                                                                                       next),
                     why);
}

Error newer(const QString &path, int version)
{
    return makeError(ErrorCode::Database,
                     u"the library %1 was written by a newer Spielberg (schema %2, this program "
                     "knows %3); it was left untouched: update Spielberg to open it"_s.arg(path)
                         .arg(version)
                         .arg(Database::kSchemaVersion));
}

// Checks the file before SQLite opens it: ownership, the SQLite header, the schema version
// (bytes 60..63 of the header, big-endian, https://www.sqlite.org/fileformat.html#user_version_number).
Result<void> inspectFile(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && st.st_uid != ::geteuid()) {
        return makeError(ErrorCode::Database,
                         u"the library %1 belongs to another account (uid %2); refusing to open it"_s
                             .arg(path)
                             .arg(st.st_uid));
    }
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         u"cannot read the library %1: %2"_s.arg(path, file.errorString()));
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        return {}; // an empty file is a new library
    }
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return damaged(path, u"not an SQLite database"_s);
    }
    const auto byte = [&header](int i) { return quint32(quint8(header[i])); };
    const int version = int(byte(60) << 24 | byte(61) << 16 | byte(62) << 8 | byte(63));
    if (version > Database::kSchemaVersion) {
        return newer(path, version);
    }
    return {};
}

Result<int> readInt(const QString &connection, const QString &sql, const QString &what)
{
    QSqlQuery query(Sql::connection(connection));
    if (!query.exec(sql) || !query.next()) {
        return Sql::error(what, query.lastError());
    }
    return query.value(0).toInt();
}

Result<void> quickCheck(const QString &connection, const QString &path)
{
    QSqlQuery query(Sql::connection(connection));
    if (!query.exec(u"PRAGMA quick_check(1)"_s) || !query.next()) {
        return damaged(path, query.lastError().text());
    }
    const QString verdict = query.value(0).toString();
    if (verdict != u"ok"_s) {
        return damaged(path, verdict);
    }
    return {};
}

} // namespace

Database::Database(QString path, DatabaseOptions options)
    : m_path(std::move(path))
    , m_options(options)
    , m_instance(s_nextInstance++)
{
    if (m_options.schemaVersion <= 0 || m_options.schemaVersion > kSchemaVersion) {
        m_options.schemaVersion = kSchemaVersion;
    }
}

Database::~Database()
{
    releaseThreadConnection();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/library.sqlite"_s;
}

QString Database::currentOwner()
{
    for (const char *name : {"USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty()) {
            return value;
        }
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name) {
        return QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    const QString user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"unknown"_s : user;
}

QString Database::backupFolder(const QString &path)
{
    return QFileInfo(path).absolutePath() + u"/backups"_s;
}

QString Database::newestBackup(const QString &path)
{
    const QDir dir(backupFolder(path));
    const QStringList names = dir.entryList({QFileInfo(path).completeBaseName() + u"-*.sqlite"_s},
                                            QDir::Files, QDir::Name);
    // Names carry a sortable UTC time stamp, so the last one is the newest.
    return names.isEmpty() ? QString() : dir.filePath(names.last());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const DatabaseOptions &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir()) {
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is a folder; the library is a file (e.g. %1/library.sqlite)"_s.arg(
                             absolute));
    }
    if (Result<void> ok = makeFolders(QFileInfo(absolute).absolutePath()); !ok) {
        return ok.error();
    }
    if (QFileInfo::exists(absolute)) {
        if (Result<void> ok = inspectFile(absolute); !ok) {
            return ok.error();
        }
    } else {
        // Create the file ourselves so it is 0600 from the start; SQLite gives the -wal and
        // -shm files the mode of the database file.
        QFile file(absolute);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile)) {
            return makeError(ErrorCode::Io, u"cannot create the library %1: %2"_s.arg(
                                                absolute, file.errorString()));
        }
    }

    std::unique_ptr<Database> db(new Database(absolute, options));
    const Result<QString> connection = db->connectionName();
    if (!connection) {
        return connection.error();
    }
    // Read-only probes first: a damaged or newer file must not see a single write, not even
    // the switch to WAL.
    const Result<int> version = readInt(*connection, u"PRAGMA user_version"_s, u"reading the schema version"_s);
    if (!version) {
        return damaged(absolute, version.error().detail);
    }
    if (*version > kSchemaVersion) {
        return newer(absolute, *version);
    }
    if (const Result<int> tables = readInt(*connection, u"SELECT count(*) FROM sqlite_master"_s,
                                           u"reading the schema"_s);
        !tables) {
        return damaged(absolute, tables.error().detail);
    }
    db->m_openedVersion = *version;
    const bool migrating = *version < db->m_options.schemaVersion;
    if (migrating && *version > 0) {
        // Never upgrade (or even switch to WAL) a damaged library; a full read of its pages
        // first, while nothing has been written.
        if (Result<void> ok = quickCheck(*connection, absolute); !ok) {
            return ok.error();
        }
    }

    QSqlQuery wal(Sql::connection(*connection));
    if (!wal.exec(u"PRAGMA journal_mode = WAL"_s) || !wal.next()
        || wal.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return Sql::error(u"switching to write-ahead logging"_s, wal.lastError());
    }
    wal.finish();

    if (migrating) {
        if (Result<void> ok = db->migrate(*version); !ok) {
            return ok.error();
        }
    } else if (db->m_options.backups && *version > 0) {
        // Only a library holding something is worth a daily copy.
        const Result<int> rows = readInt(*connection,
                                         u"SELECT EXISTS (SELECT 1 FROM script) "
                                         "OR EXISTS (SELECT 1 FROM character)"_s,
                                         u"reading the library"_s);
        if (!rows) {
            return rows.error();
        }
        if (*rows != 0) {
            if (Result<void> ok = db->dailyBackup(); !ok) {
                return ok.error();
            }
        }
    }
    restrictFile(absolute);
    restrictFile(absolute + u"-wal"_s);
    restrictFile(absolute + u"-shm"_s);
    return db;
}

Result<QString> Database::connectionName() const
{
    const QString name = threadConnectionName(m_instance);
    if (QSqlDatabase::contains(name)) {
        return name;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
        if (!db.open()) {
            const Error error = damaged(m_path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return error;
        }
    }
    // Per-connection settings. synchronous=NORMAL in WAL mode loses at most the last
    // transactions on power loss, never consistency (https://www.sqlite.org/pragma.html#pragma_synchronous).
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs)}) {
        QSqlError failure;
        {
            QSqlQuery query(QSqlDatabase::database(name, false));
            if (!query.exec(pragma)) {
                failure = query.lastError();
            }
        }
        if (failure.isValid()) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file, not the program, is at fault.
            const QString code = failure.nativeErrorCode();
            if (code == u"11"_s || code == u"26"_s) {
                return damaged(m_path, failure.text());
            }
            return Sql::error(u"configuring the connection"_s, failure);
        }
    }
    t_connections.names.append(name);
    return name;
}

void Database::releaseThreadConnection() const
{
    const QString name = threadConnectionName(m_instance);
    if (!t_connections.names.removeOne(name)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<void> Database::migrate(int from)
{
    const Result<QString> connection = connectionName();
    if (!connection) {
        return connection.error();
    }
    if (from > 0 && m_options.backups) { // open() ran quick_check already
        if (Result<QString> ok = backup(u"v%1"_s.arg(from)); !ok) {
            return ok.error();
        }
    }
    for (const Migration &migration : migrations()) {
        if (migration.version > m_options.schemaVersion) {
            break;
        }
        Transaction transaction(*connection);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok;
        }
        // Another process may have migrated while we waited for the write lock.
        const Result<int> current = readInt(*connection, u"PRAGMA user_version"_s,
                                            u"reading the schema version"_s);
        if (!current) {
            return current.error();
        }
        if (*current >= migration.version) {
            continue;
        }
        const QString what = u"upgrading the library to schema %1"_s.arg(migration.version);
        for (const QString &statement : migration.statements) {
            if (Result<void> ok = Sql::runPlain(*connection, statement, what); !ok) {
                return ok;
            }
        }
        if (Result<void> ok = Sql::runPlain(*connection,
                                            u"PRAGMA user_version = %1"_s.arg(migration.version),
                                            what);
            !ok) {
            return ok;
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok;
        }
        qCInfo(lcStorage) << "migrated" << m_path << "to schema" << migration.version;
    }
    return {};
}

Result<void> Database::dailyBackup()
{
    const QString newest = newestBackup(m_path);
    if (!newest.isEmpty()
        && QFileInfo(newest).lastModified().secsTo(QDateTime::currentDateTime()) < 24 * 3600) {
        return {};
    }
    const Result<QString> connection = connectionName();
    if (!connection) {
        return connection.error();
    }
    if (Result<void> ok = quickCheck(*connection, m_path); !ok) {
        return ok;
    }
    if (Result<QString> ok = backup(u"daily"_s); !ok) {
        // A damaged library is refused above; a missed copy is no reason to keep the writer
        // from an intact one.
        qCWarning(lcStorage) << "the daily backup failed:" << ok.error().message;
    }
    return {};
}

Result<void> Database::checkIntegrity() const
{
    const Result<QString> connection = connectionName();
    if (!connection) {
        return connection.error();
    }
    QSqlQuery query(Sql::connection(*connection));
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()) {
        return damaged(m_path, query.lastError().text());
    }
    QStringList problems;
    do {
        problems.append(query.value(0).toString());
    } while (query.next());
    if (problems != QStringList{u"ok"_s}) {
        return damaged(m_path, problems.join(u"; "_s));
    }
    return {};
}

namespace {

/**
 * Whether a `NAME.PID.partial` backup is a leftover of a program that died while writing it
 * (another process may be writing one right now).
 */
bool isLeftover(const QString &path)
{
    const QStringList parts = QFileInfo(path).fileName().split(u'.');
    bool ok = false;
    const qint64 pid = parts.size() >= 3 ? parts.at(parts.size() - 2).toLongLong(&ok) : 0;
    if (!ok || pid <= 0) {
        return QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600;
    }
    if (pid == QCoreApplication::applicationPid()) {
        return true;
    }
    if (const std::optional<bool> runs = ProcessProbe::exists(pid)) {
        return !*runs;
    }
    return QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > 3600;
}

} // namespace

Result<QString> Database::backup(const QString &reason) const
{
    const Result<QString> connection = connectionName();
    if (!connection) {
        return connection.error();
    }
    const QString folder = backupFolder(m_path);
    if (Result<void> ok = makeFolders(folder); !ok) {
        return ok.error();
    }
    const QString base = QFileInfo(m_path).completeBaseName();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s);
    QString target = u"%1/%2-%3-%4.sqlite"_s.arg(folder, base, stamp, reason);
    for (int n = 2; QFile::exists(target); ++n) {
        target = u"%1/%2-%3-%4-%5.sqlite"_s.arg(folder, base, stamp, reason).arg(n);
    }
    // VACUUM INTO writes a consistent, compact copy while readers and writers carry on. It
    // writes under a temporary name, renamed when complete: a program killed halfway leaves no
    // half a backup that looks like a whole one (the next backup clears such leftovers).
    QDir dir(folder);
    for (const QString &leftover : dir.entryList({base + u"-*.sqlite.*.partial"_s}, QDir::Files)) {
        if (isLeftover(dir.filePath(leftover))) {
            dir.remove(leftover);
        }
    }
    const QString partial = u"%1.%2.partial"_s.arg(target).arg(QCoreApplication::applicationPid());
    QSqlQuery query(Sql::connection(*connection));
    if (!query.prepare(u"VACUUM INTO ?"_s)) {
        return Sql::error(u"backing up the library"_s, query.lastError());
    }
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return Sql::error(u"backing up the library"_s, query.lastError());
    }
    restrictFile(partial);
    // Another process may have finished a backup of the same name in the same millisecond.
    for (int n = 2; !QFile::rename(partial, target); ++n) {
        if (!QFile::exists(target) || n > 100) {
            QFile::remove(partial);
            return makeError(ErrorCode::Io, u"could not finish the backup %1"_s.arg(QDir::toNativeSeparators(target)));
        }
        target = u"%1/%2-%3-%4-%5.sqlite"_s.arg(folder, base, stamp, reason).arg(n);
    }

    QStringList names = dir.entryList({base + u"-*.sqlite"_s}, QDir::Files, QDir::Name);
    while (names.size() > qMax(1, m_options.keepBackups)) {
        dir.remove(names.takeFirst());
    }
    return target;
}

QString Database::sqliteVersion() const
{
    const Result<QString> connection = connectionName();
    if (!connection) {
        return {};
    }
    QSqlQuery query(Sql::connection(*connection));
    return query.exec(u"SELECT sqlite_version()"_s) && query.next() ? query.value(0).toString()
                                                                    : QString();
}

} // namespace Spielberg
