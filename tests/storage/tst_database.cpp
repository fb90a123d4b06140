// SPDX-License-Identifier: GPL-3.0-or-later
// Database::open(): migrations, refusing newer/damaged/foreign files untouched, file modes,
// backups.
#include "storagetest.h"

#include <storage/characterstore.h>
#include <storage/librarysearch.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The SQLite header's user_version (bytes 60..63, big-endian).
void writeUserVersion(const QString &path, quint32 version)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(60));
    const char bytes[4] = {char(version >> 24), char(version >> 16), char(version >> 8),
                           char(version)};
    QCOMPARE(file.write(bytes, 4), 4);
}

QStringList directoryState(const QString &folder)
{
    QStringList out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                                             QDir::Name)) {
        out.append(name + u' ' + QString::fromLatin1(sha256(dir.filePath(name)).toHex()));
    }
    return out;
}
} // namespace

class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Test::isolate(); }
    void newLibraryIsCurrent();
    void defaultPathIsAppData();
    void migratesVersionOne();
    void refusesNewerUntouched();
    void refusesDamagedNamingBackup_data();
    void refusesDamagedNamingBackup();
    void refusesCorruptPages_data();
    void refusesCorruptPages();
    void filesAreOwnerOnly();
    void refusesForeignOwner();
    void dailyBackupRotates();
    void failedDailyBackupStillOpens();
    void ownerIsLogin();
    void refusesFolder();
};

void tst_Database::newLibraryIsCurrent()
{
    QTemporaryDir dir;
    {
        auto db = Test::openLibrary(dir);
        QVERIFY_RESULT(db);
        QCOMPARE((*db)->openedVersion(), 0);
    }
    auto again = Test::openLibrary(dir);
    QVERIFY_RESULT(again);
    QCOMPARE((*again)->openedVersion(), Database::kSchemaVersion);
    // A new, empty library needs no backup.
    QVERIFY(!QFileInfo::exists(dir.filePath(u"backups"_s))
            || QDir(dir.filePath(u"backups"_s)).isEmpty());
}

void tst_Database::defaultPathIsAppData()
{
    const QString path = Database::defaultPath();
    QVERIFY(path.endsWith(u"/library.sqlite"_s));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void tst_Database::migratesVersionOne()
{
    QTemporaryDir dir;
    qint64 scriptId = 0;
    {
        // A library as the first release wrote it: schema 1, no search index.
        DatabaseOptions v1;
        v1.schemaVersion = 1;
        auto db = Test::openLibrary(dir, u"library.sqlite"_s, v1);
        QVERIFY_RESULT(db);
        CharacterStore characters(**db);
        Character mara;
        mara.name = u"Mara"_s;
        mara.backstory = u"Grew up on a lighthouse"_s;
        QVERIFY_RESULT(characters.create(mara));
        ScriptStore scripts(**db);
        Script script;
        script.title = u"Harbour Lights"_s;
        const auto created = scripts.create(script);
        QVERIFY_RESULT(created);
        scriptId = created->id;
        // The version as that release stored it (today's stores write columns schema 1 lacks).
        const Result<QString> connection = (*db)->connectionName();
        QVERIFY_RESULT(connection);
        QSqlQuery insert(QSqlDatabase::database(*connection));
        QVERIFY2(insert.exec(u"INSERT INTO script_version (script_id, number, content, origin, created_at) "
                             "VALUES (%1, 1, 'INT. LIGHTHOUSE - NIGHT\n\nFog everywhere.\n', 'manual', "
                             "'2025-01-01T00:00:00.000Z')"_s.arg(scriptId)),
                 qPrintable(insert.lastError().text()));
        QVERIFY(LibrarySearch(**db).search(u"fog"_s).hasValue() == false); // no index yet
    }
    auto db = Test::openLibrary(dir);
    QVERIFY_RESULT(db);
    QCOMPARE((*db)->openedVersion(), 1);
    // The data came through and the migration indexed it.
    const auto hits = LibrarySearch(**db).search(u"fog"_s);
    QVERIFY_RESULT(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().kind, u"version"_s);
    QCOMPARE(hits->first().scriptId, scriptId);
    const auto people = LibrarySearch(**db).search(u"lighthouse"_s);
    QVERIFY_RESULT(people);
    QCOMPARE(people->size(), 2); // the character's backstory and the version
    // A backup was taken before migrating a library holding data.
    const QString backup = Database::newestBackup((*db)->path());
    QVERIFY2(!backup.isEmpty(), "no backup before the migration");
    QVERIFY(backup.contains(u"-v1"_s));
    auto restored = Database::open(backup, DatabaseOptions{false, 5, 1});
    QVERIFY_RESULT(restored);
    QCOMPARE((*restored)->openedVersion(), 1);
}

void tst_Database::refusesNewerUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    {
        auto db = Database::open(path, DatabaseOptions{false, 5, 0});
        QVERIFY_RESULT(db);
        QVERIFY_RESULT(ScriptStore(**db).create(Script{0, {}, u"Future"_s, {}, {}, {}, u"screenplay"_s, {}, {}}));
    }
    // Make it a file from a newer program: checkpointed (no -wal), user_version far ahead.
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);
    writeUserVersion(path, Database::kSchemaVersion + 7);
    const QStringList before = directoryState(dir.path());

    const auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Database);
    QVERIFY2(db.error().message.contains(u"newer"_s), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(path));
    QCOMPARE(directoryState(dir.path()), before); // byte for byte, and no -wal/-shm/backups
}

void tst_Database::refusesDamagedNamingBackup_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("this is not a database, it is a shopping list\n")
                                            .repeated(10);
    QTest::newRow("short file") << QByteArray("SQLite format 3");
    QTest::newRow("zeroed header") << QByteArray(4096, '\0');
}

void tst_Database::refusesDamagedNamingBackup()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    QString backup;
    {
        auto db = Database::open(path);
        QVERIFY_RESULT(db);
        QVERIFY_RESULT(ScriptStore(**db).create(Script{0, {}, u"Precious"_s, {}, {}, {}, u"screenplay"_s, {}, {}}));
        const auto made = (*db)->backup(u"manual"_s);
        QVERIFY_RESULT(made);
        backup = *made;
    }
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const QByteArray hash = sha256(path);

    const auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"damaged"_s), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(backup), qPrintable(db.error().message));
    QCOMPARE(sha256(path), hash);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

void tst_Database::refusesCorruptPages_data()
{
    QTest::addColumn<int>("schema");
    QTest::addColumn<qint64>("from"); // first scrambled byte; negative: from the end
    QTest::newRow("schema 1, every page after the first") << 1 << qint64(4096);
    QTest::newRow("current schema, every page after the first") << 0 << qint64(4096);
    QTest::newRow("current schema, the last data pages") << 0 << qint64(-4 * 4096);
}

void tst_Database::refusesCorruptPages()
{
    QFETCH(int, schema);
    QFETCH(qint64, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    {
        auto db = Database::open(path, DatabaseOptions{false, 5, schema});
        QVERIFY_RESULT(db);
        CharacterStore characters(**db);
        for (int i = 0; i < 300; ++i) {
            QVERIFY_RESULT(characters.create(
                Character{0, {}, u"Character %1"_s.arg(i), QString(u'x').repeated(200), {}, {}, {}, {}, {}}));
        }
    }
    // Page 1 (the header) stays; pages after it become noise.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8 * 4096);
    const qint64 start = from >= 0 ? from : size + from;
    QVERIFY(file.seek(start));
    QByteArray noise(int(size - start), '\0');
    for (qsizetype i = 0; i < noise.size(); ++i) {
        noise[i] = char((i * 131 + 17) % 251);
    }
    QCOMPARE(file.write(noise), noise.size());
    file.close();
    const QStringList before = directoryState(dir.path());

    const auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"damaged"_s), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(u"no backup"_s));
    QCOMPARE(directoryState(dir.path()), before); // not upgraded, not backed up, not touched
}

void tst_Database::filesAreOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX modes only");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(u"deep/er/library.sqlite"_s);
    auto db = Database::open(path);
    QVERIFY_RESULT(db);
    QVERIFY_RESULT(CharacterStore(**db).create(Character{0, {}, u"Ada"_s, {}, {}, {}, {}, {}, {}}));
    const auto mode = [](const QString &p) {
        struct stat st {};
        return ::stat(QFile::encodeName(p).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    };
    QCOMPARE(mode(dir.filePath(u"deep"_s)), 0700);
    QCOMPARE(mode(dir.filePath(u"deep/er"_s)), 0700);
    QCOMPARE(mode(path), 0600);
    QCOMPARE(mode(path + u"-wal"_s), 0600);
    QCOMPARE(mode(path + u"-shm"_s), 0600);
    const auto backup = (*db)->backup(u"test"_s);
    QVERIFY_RESULT(backup);
    QCOMPARE(mode(*backup), 0600);
    QCOMPARE(mode(Database::backupFolder(path)), 0700);
#endif
}

void tst_Database::refusesForeignOwner()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX ownership only");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    {
        auto db = Database::open(path);
        QVERIFY_RESULT(db);
    }
    if (::geteuid() != 0) {
        QSKIP("needs root to give the file to another account");
    }
    QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
    const QByteArray hash = sha256(path);
    const auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"another account"_s), qPrintable(db.error().message));
    QCOMPARE(sha256(path), hash);
#endif
}

void tst_Database::dailyBackupRotates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    {
        auto db = Database::open(path);
        QVERIFY_RESULT(db);
        QVERIFY_RESULT(ScriptStore(**db).create(Script{0, {}, u"Daily"_s, {}, {}, {}, u"screenplay"_s, {}, {}}));
    }
    // Re-opening a library with data and no backup of the last day makes one.
    {
        auto db = Database::open(path);
        QVERIFY_RESULT(db);
    }
    const QString first = Database::newestBackup(path);
    QVERIFY(first.contains(u"-daily"_s));
    // A second open the same day does not.
    {
        auto db = Database::open(path);
        QVERIFY_RESULT(db);
    }
    QCOMPARE(QDir(Database::backupFolder(path)).entryList(QDir::Files).size(), 1);
    // Old backups rotate out: keep 3.
    {
        auto db = Database::open(path, DatabaseOptions{true, 3, 0});
        QVERIFY_RESULT(db);
        for (int i = 0; i < 5; ++i) {
            QVERIFY_RESULT((*db)->backup(u"n%1"_s.arg(i)));
        }
    }
    const QStringList left = QDir(Database::backupFolder(path)).entryList(QDir::Files, QDir::Name);
    QCOMPARE(left.size(), 3);
    QVERIFY(left.last().contains(u"-n4"_s));
}

void tst_Database::failedDailyBackupStillOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    {
        auto db = Database::open(path);
        QVERIFY_RESULT(db);
        QVERIFY_RESULT(ScriptStore(**db).create(Script{0, {}, u"Daily"_s, {}, {}, {}, u"screenplay"_s, {}, {}}));
    }
    // Where the backups go is taken by a file: the copy cannot be made, the library still opens.
    QFile blocker(Database::backupFolder(path));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"the daily backup failed"_s));
    auto db = Database::open(path);
    QVERIFY_RESULT(db);
    QCOMPARE(ScriptStore(**db).list()->size(), 1);
}

void tst_Database::ownerIsLogin()
{
    QVERIFY(!Database::currentOwner().isEmpty());
    QTemporaryDir dir;
    auto db = Test::openLibrary(dir);
    QVERIFY_RESULT(db);
    const auto c = CharacterStore(**db).create(Character{0, {}, u"Owned"_s, {}, {}, {}, {}, {}, {}});
    QVERIFY_RESULT(c);
    QCOMPARE(c->owner, Database::currentOwner());
}

void tst_Database::refusesFolder()
{
    QTemporaryDir dir;
    const auto db = Database::open(dir.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::InvalidInput);
    QVERIFY(db.error().message.contains(u"folder"_s));
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
