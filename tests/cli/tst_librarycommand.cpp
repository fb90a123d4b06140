// SPDX-License-Identifier: GPL-3.0-or-later
// What every library command shares: where the library is, and refusing what it must not touch.
#include "clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

namespace {
QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}
} // namespace

class tst_LibraryCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dbCreatesMissingFolders();
    void environmentThenDefault();
    void newerLibraryRefusedUntouched();
    void damagedLibraryRefused();
    void usageListsLibraryCommands();
};

void tst_LibraryCommand::dbCreatesMissingFolders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a/b/library.sqlite"_s);
    const CliRun r = runCli({u"character"_s, u"add"_s, u"--name"_s, u"Mara"_s, u"--db"_s, path});
    QVERIFY_CLI_OK(r);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(dir.filePath(u"a"_s)).permissions() & 0x7777,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                 | QFile::WriteUser | QFile::ExeUser);
    QCOMPARE(QFileInfo(path).permissions() & 0x7777,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
}

void tst_LibraryCommand::environmentThenDefault()
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(u"SPIELBERG_DB"_s, dir.filePath(u"env.sqlite"_s));
    QVERIFY_CLI_OK(runCli({u"character"_s, u"add"_s, u"--name"_s, u"Env"_s}, env));
    QVERIFY(QFileInfo::exists(dir.filePath(u"env.sqlite"_s)));
    // --db wins over the environment.
    QVERIFY_CLI_OK(runCli({u"character"_s, u"list"_s, u"--db"_s, dir.filePath(u"flag.sqlite"_s)}, env));
    QVERIFY(QFileInfo::exists(dir.filePath(u"flag.sqlite"_s)));

    // Neither: the account's data folder, here a private home.
    QProcessEnvironment home;
    home.insert(u"HOME"_s, dir.path());
    home.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    QVERIFY_CLI_OK(runCli({u"character"_s, u"add"_s, u"--name"_s, u"Home"_s}, home));
    QVERIFY(QFileInfo::exists(dir.filePath(u"data/Spielberg/Spielberg/library.sqlite"_s)));
}

void tst_LibraryCommand::newerLibraryRefusedUntouched()
{
    Library lib;
    QVERIFY_CLI_OK(lib.run({u"script"_s, u"create"_s, u"--title"_s, u"Future"_s}));
    QVERIFY(!QFileInfo::exists(lib.path() + u"-wal"_s));
    {
        QFile f(lib.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(60)); // PRAGMA user_version lives in bytes 60..63 of the header
        QCOMPARE(f.write(QByteArray("\0\0\0\x63", 4)), 4);
    }
    const QByteArray before = hashOf(lib.path());
    const QStringList filesBefore = QDir(lib.dir().path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const CliRun r = lib.run({u"script"_s, u"list"_s});
    QVERIFY_CLI_FAILS(r, 1, "newer");
    QCOMPARE(hashOf(lib.path()), before);
    QCOMPARE(QDir(lib.dir().path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
}

void tst_LibraryCommand::damagedLibraryRefused()
{
    Library lib;
    lib.file(u"library.sqlite"_s, QByteArray("not a database at all\n").repeated(20));
    const QByteArray before = hashOf(lib.path());
    QVERIFY_CLI_FAILS(lib.run({u"script"_s, u"list"_s}), 1, "damaged");
    QCOMPARE(hashOf(lib.path()), before);
}

void tst_LibraryCommand::usageListsLibraryCommands()
{
    const CliRun r = runCli({u"--help"_s});
    QVERIFY_CLI_OK(r);
    for (const char *command : {"character add", "script create", "version diff", "scene list",
                                "search QUERY"}) {
        QVERIFY2(r.out.contains(command), command);
    }
}

QTEST_GUILESS_MAIN(tst_LibraryCommand)
#include "tst_librarycommand.moc"
