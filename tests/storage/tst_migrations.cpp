// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading a library written by hand as the first release wrote it (schema 1), independently
// of the migration code: the file is made here with plain SQL, then Database::open() upgrades it.
#include "storagetest.h"

#include <storage/characterstore.h>
#include <storage/librarysearch.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
// Schema 1 as released (src/storage/migrations.cpp, baseTables()), frozen here on purpose.
const QStringList kVersionOne{
    u"CREATE TABLE character (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL "
    "CHECK (length(trim(name)) > 0), personality TEXT NOT NULL DEFAULT '', goals TEXT NOT NULL "
    "DEFAULT '', voice TEXT NOT NULL DEFAULT '', backstory TEXT NOT NULL DEFAULT '', created_at "
    "TEXT NOT NULL, updated_at TEXT NOT NULL)"_s,
    u"CREATE INDEX character_name ON character (name COLLATE NOCASE)"_s,
    u"CREATE INDEX character_updated_at ON character (updated_at)"_s,
    u"CREATE TABLE script (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, title TEXT NOT NULL CHECK "
    "(length(trim(title)) > 0), logline TEXT NOT NULL DEFAULT '', genre TEXT NOT NULL DEFAULT '', "
    "tone TEXT NOT NULL DEFAULT '', format TEXT NOT NULL DEFAULT 'screenplay', created_at TEXT NOT "
    "NULL, updated_at TEXT NOT NULL)"_s,
    u"CREATE INDEX script_updated_at ON script (updated_at)"_s,
    u"CREATE INDEX script_title ON script (title COLLATE NOCASE)"_s,
    u"CREATE TABLE script_character (script_id INTEGER NOT NULL REFERENCES script (id) ON DELETE "
    "CASCADE, character_id INTEGER NOT NULL REFERENCES character (id) ON DELETE CASCADE, PRIMARY "
    "KEY (script_id, character_id)) WITHOUT ROWID"_s,
    u"CREATE INDEX script_character_character ON script_character (character_id)"_s,
    u"CREATE TABLE job (id TEXT PRIMARY KEY, owner TEXT NOT NULL, kind TEXT NOT NULL, status TEXT "
    "NOT NULL, script_id INTEGER REFERENCES script (id) ON DELETE SET NULL, scene_id INTEGER "
    "REFERENCES scene (id) ON DELETE SET NULL, base_version INTEGER, request TEXT NOT NULL DEFAULT "
    "'{}', provider TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '', base_url TEXT NOT "
    "NULL DEFAULT '', partial TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '', error TEXT "
    "NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, input_tokens INTEGER NOT NULL "
    "DEFAULT 0, output_tokens INTEGER NOT NULL DEFAULT 0, request_ids TEXT NOT NULL DEFAULT '[]', "
    "stop_reason TEXT NOT NULL DEFAULT '', runner TEXT NOT NULL DEFAULT '', heartbeat_at TEXT, "
    "created_at TEXT NOT NULL, started_at TEXT, completed_at TEXT)"_s,
    u"CREATE INDEX job_status ON job (status)"_s,
    u"CREATE INDEX job_created_at ON job (created_at)"_s,
    u"CREATE INDEX job_script ON job (script_id)"_s,
    u"CREATE INDEX job_scene ON job (scene_id)"_s,
    u"CREATE TABLE script_version (id INTEGER PRIMARY KEY, script_id INTEGER NOT NULL REFERENCES "
    "script (id) ON DELETE CASCADE, number INTEGER NOT NULL CHECK (number > 0), content TEXT NOT "
    "NULL, origin TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', job_id TEXT REFERENCES job (id) ON "
    "DELETE SET NULL, parent_number INTEGER, created_at TEXT NOT NULL, UNIQUE (script_id, number))"_s,
    u"CREATE INDEX script_version_job ON script_version (job_id)"_s,
    u"CREATE INDEX script_version_created_at ON script_version (created_at)"_s,
    u"CREATE TABLE scene (id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES "
    "script_version (id) ON DELETE CASCADE, number INTEGER NOT NULL CHECK (number > 0), setting "
    "TEXT NOT NULL DEFAULT '', goal TEXT NOT NULL DEFAULT '', tension TEXT NOT NULL DEFAULT '', tone "
    "TEXT NOT NULL DEFAULT '', content TEXT NOT NULL, UNIQUE (version_id, number))"_s,
    u"CREATE TABLE draft (script_id INTEGER PRIMARY KEY REFERENCES script (id) ON DELETE CASCADE, "
    "content TEXT NOT NULL, base_version INTEGER, updated_at TEXT NOT NULL)"_s,
    u"CREATE INDEX draft_updated_at ON draft (updated_at)"_s,
};

const QStringList kRows{
    u"INSERT INTO character VALUES (1, 'ann', 'Mara', 'wry', 'leave the island', 'clipped', "
    "'grew up in a lighthouse', '2025-01-01T10:00:00.000Z', '2025-01-01T10:00:00.000Z')"_s,
    u"INSERT INTO script VALUES (1, 'ann', 'Harbour Lights', 'A keeper guards a secret.', "
    "'mystery', 'melancholic', 'screenplay', '2025-01-01T10:00:00.000Z', "
    "'2025-01-02T10:00:00.000Z')"_s,
    u"INSERT INTO script_character VALUES (1, 1)"_s,
    u"INSERT INTO script_version VALUES (1, 1, 1, 'INT. LIGHTHOUSE - NIGHT\n\nFog.\n', 'manual', "
    "'', NULL, NULL, '2025-01-01T11:00:00.000Z')"_s,
    u"INSERT INTO script_version VALUES (2, 1, 2, 'INT. LIGHTHOUSE - NIGHT\n\nFog lifts.\n', "
    "'manual', '', NULL, 1, '2025-01-02T10:00:00.000Z')"_s,
    u"INSERT INTO scene VALUES (1, 1, 1, 'the lamp room', 'wait', 'storm', 'tense', "
    "'INT. LIGHTHOUSE - NIGHT\n\nFog.\n')"_s,
    u"INSERT INTO scene VALUES (2, 2, 1, 'the lamp room', 'signal', 'ship', 'hopeful', "
    "'INT. LIGHTHOUSE - NIGHT\n\nFog lifts.\n')"_s,
    u"PRAGMA user_version = 1"_s,
};

/** Text of a big script for the crash test: about 20 KB of words, one of them its own. */
QString bigScript(int n)
{
    static const QStringList kWords{u"harbour"_s, u"lamp"_s, u"storm"_s, u"keeper"_s, u"fog"_s,
                                    u"signal"_s, u"rock"_s, u"gull"_s, u"rope"_s, u"tide"_s};
    QString text = u"INT. LIGHTHOUSE %1 - NIGHT\n\nmarker%1 "_s.arg(n);
    for (int i = 0; text.size() < 20000; ++i) {
        text += kWords[(i * 7 + n * 3) % kWords.size()] + (i % 12 == 11 ? u".\n\n"_s : u" "_s);
    }
    return text;
}

QString execAll(const QString &path, const QStringList &statements)
{
    const QString name = u"handmade"_s;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        }
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (error.isEmpty() && !q.exec(sql)) {
                error = sql + u": "_s + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
int readInt(const QString &path, const QString &sql)
{
    const QString name = u"reader"_s;
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                value = q.value(0).toString() == u"ok"_s ? 0 : q.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}
} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Test::isolate(); }
    void upgradesHandmadeVersionOne();
    void killedUpgradeLosesNothing();
};

void tst_Migrations::upgradesHandmadeVersionOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    QCOMPARE(execAll(path, kVersionOne + kRows), QString());

    auto db = Database::open(path);
    QVERIFY_RESULT(db);
    QCOMPARE((*db)->openedVersion(), 1);
    QVERIFY_RESULT((*db)->checkIntegrity());
    // A copy of the old file was kept before the upgrade.
    const QString backup = Database::newestBackup(path);
    QVERIFY(backup.endsWith(u"-v1.sqlite"_s));

    // The old rows read back through today's stores…
    const auto script = ScriptStore(**db).get(1);
    QVERIFY_RESULT(script);
    QCOMPARE(script->title, u"Harbour Lights"_s);
    QCOMPARE(script->updatedAt, QDateTime::fromString(u"2025-01-02T10:00:00.000Z"_s, Qt::ISODateWithMs));
    QCOMPARE(*ScriptStore(**db).characterIds(1), QList<qint64>{1});
    const auto newest = VersionStore(**db).get(1);
    QVERIFY_RESULT(newest);
    QCOMPARE(newest->number, 2);
    QCOMPARE(newest->parentNumber, 1);
    QCOMPARE(SceneStore(**db).list(1)->first().goal, u"signal"_s);

    // …the new search index holds them (the newest version only)…
    LibrarySearch search(**db);
    QCOMPARE(search.search(u"lifts"_s)->size(), 1);
    QCOMPARE(search.search(u"keeper"_s)->first().kind, u"script"_s);
    QCOMPARE(search.search(u"clipped"_s)->first().kind, u"character"_s);

    // …and new work continues the numbering, carrying metadata over.
    const auto third = VersionStore(**db).create(1, u"INT. LIGHTHOUSE - NIGHT\n\nClear sky.\n"_s);
    QVERIFY_RESULT(third);
    QCOMPARE(third->number, 3);
    QCOMPARE(SceneStore(**db).list(1)->first().tension, u"ship"_s);
    QCOMPARE(search.search(u"lifts"_s)->size(), 0);
    QCOMPARE(search.search(u"clear"_s)->size(), 1);

    // Opening again does not migrate (or back up) twice.
    db = Database::open(path);
    QVERIFY_RESULT(db);
    QCOMPARE((*db)->openedVersion(), Database::kSchemaVersion);
}

void tst_Migrations::killedUpgradeLosesNothing()
{
    // A schema-1 library big enough that the upgrade (backup, then the search index over every
    // script) takes a while, killed with SIGKILL at several points of it.
    constexpr int kScripts = 300;
    QTemporaryDir dir;
    const QString pristine = dir.filePath(u"pristine.sqlite"_s);
    QStringList rows = kVersionOne + kRows;
    rows.insert(rows.size() - 1, u"BEGIN"_s);
    for (int n = 2; n < kScripts + 2; ++n) {
        rows.insert(rows.size() - 1,
                    u"INSERT INTO script VALUES (%1, 'ann', 'Script %1', '', 'drama', '', 'screenplay', "
                    "'2025-01-01T10:00:00.000Z', '2025-01-01T10:00:00.000Z')"_s.arg(n));
        rows.insert(rows.size() - 1, u"INSERT INTO script_version VALUES (%1, %2, 1, '%3', 'manual', '', "
                                     "NULL, NULL, '2025-01-01T11:00:00.000Z')"_s.arg(n + 10).arg(n).arg(bigScript(n)));
    }
    rows.insert(rows.size() - 1, u"COMMIT"_s);
    QCOMPARE(execAll(pristine, rows), QString());

    const auto upgrade = [&](const QString &name, int killAfterMs) {
        QDir(dir.path()).mkpath(name);
        const QString path = dir.filePath(name + u"/library.sqlite"_s);
        QFile::copy(pristine, path);
        QProcess child;
        child.start(QStringLiteral(SPIELBERG_CRASHCHILD), {u"--open"_s, path});
        if (!child.waitForStarted()) {
            return QString();
        }
        if (!child.waitForFinished(killAfterMs)) {
            child.kill();
            child.waitForFinished(10000);
        }
        return path;
    };

    // How long an undisturbed upgrade takes here, start to end of the process.
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!upgrade(u"whole"_s, 120000).isEmpty());
    const qint64 whole = clock.elapsed();
    qInfo("an undisturbed upgrade took %lld ms", whole);

    int caughtMidway = 0;
    for (const int percent : {30, 45, 60, 70, 80, 90}) {
        const QString path = upgrade(u"killed-%1"_s.arg(percent), int(whole * percent / 100));
        QVERIFY(!path.isEmpty());
        // What the kill left: a whole schema (each migration is one transaction), never a
        // migration half applied.
        const int version = readInt(path, u"PRAGMA user_version"_s);
        QVERIFY2(version >= 1 && version <= Database::kSchemaVersion, qPrintable(QString::number(version)));
        QCOMPARE(readInt(path, u"PRAGMA integrity_check"_s), 0);
        // Midway: the upgrade had begun (its backup is there, whole or half-written) and not
        // committed.
        const bool begun = !QDir(Database::backupFolder(path)).entryList({u"*.sqlite*"_s}, QDir::Files).isEmpty();
        if (version < Database::kSchemaVersion && begun) {
            ++caughtMidway;
        }
        qInfo("killed at %d %%: schema %d, upgrade %s", percent, version, begun ? "begun" : "not begun");

        // The next open finishes the upgrade, and every script and version is there, whole.
        auto db = Database::open(path);
        QVERIFY_RESULT(db);
        QVERIFY_RESULT((*db)->checkIntegrity());
        const auto scripts = ScriptStore(**db).list();
        QVERIFY_RESULT(scripts);
        QCOMPARE(scripts->size(), kScripts + 1);
        for (int n = 2; n < kScripts + 2; ++n) {
            const auto newest = VersionStore(**db).get(n);
            QVERIFY_RESULT(newest);
            QCOMPARE(newest->content, bigScript(n));
        }
        QCOMPARE(LibrarySearch(**db).search(u"marker%1"_s.arg(kScripts))->size(), 1);

        // No half-written backup is left looking like a whole one.
        const QDir backups(Database::backupFolder(path));
        QCOMPARE(backups.entryList({u"*.partial"_s}, QDir::Files), QStringList());
        const QStringList copies = backups.entryList({u"*.sqlite"_s}, QDir::Files);
        QVERIFY(!copies.isEmpty());
        for (const QString &copy : copies) {
            QCOMPARE(readInt(backups.filePath(copy), u"PRAGMA integrity_check"_s), 0);
            // A copy of the library as it was before an upgrade step: never the newest schema.
            const int copied = readInt(backups.filePath(copy), u"PRAGMA user_version"_s);
            QVERIFY2(copied >= 1 && copied < Database::kSchemaVersion, qPrintable(QString::number(copied)));
        }
    }
    // At least one kill landed inside the upgrade (the others came before or after it).
    QVERIFY2(caughtMidway > 0, "no kill landed inside the upgrade");
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
