// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a process that is creating versions (an import loop) with SIGKILL and checks the
// library: integrity intact and every version the process reported committed present with its
// exact content.
#include "storagetest.h"

#include <storage/versionstore.h>

#include <QCryptographicHash>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_Crash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Test::isolate(); }
    void killedVersionCreationLosesNothingCommitted_data();
    void killedVersionCreationLosesNothingCommitted();
};

void tst_Crash::killedVersionCreationLosesNothingCommitted_data()
{
    QTest::addColumn<int>("lines");
    QTest::newRow("early") << 5;
    QTest::newRow("later") << 60;
}

void tst_Crash::killedVersionCreationLosesNothingCommitted()
{
    QFETCH(int, lines);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(SPIELBERG_CRASHCHILD), {path});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    while (out.count('\n') < lines + 1) {
        QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
        out += child.readAllStandardOutput();
    }
    child.kill(); // SIGKILL: no destructor, no checkpoint
    QVERIFY(child.waitForFinished(10000));
    out += child.readAllStandardOutput();
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QList<QByteArray> reported = out.split('\n');
    const QByteArray first = reported.takeFirst();
    QVERIFY(first.startsWith("script "));
    const qint64 script = first.mid(7).toLongLong();
    QMap<int, QByteArray> committed;
    for (const QByteArray &line : std::as_const(reported)) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2 && parts[1].size() == 64) { // a cut-off last line is not a report
            committed.insert(parts[0].toInt(), parts[1]);
        }
    }
    QVERIFY(committed.size() >= lines);

    auto db = Database::open(path, DatabaseOptions{false, 5, 0});
    QVERIFY_RESULT(db);
    QVERIFY_RESULT((*db)->checkIntegrity()); // PRAGMA integrity_check says "ok"
    VersionStore versions(**db);
    const auto all = versions.list(script);
    QVERIFY_RESULT(all);
    QVERIFY(all->size() >= committed.size());
    for (const ScriptVersion &version : *all) {
        QCOMPARE(version.number, int(&version - all->data()) + 1); // 1..n, no gaps
        const auto it = committed.constFind(version.number);
        if (it != committed.cend()) {
            QCOMPARE(QCryptographicHash::hash(version.content.toUtf8(), QCryptographicHash::Sha256)
                         .toHex(),
                     *it);
        }
    }
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        QVERIFY2(it.key() <= all->size(), qPrintable(u"version %1 lost"_s.arg(it.key())));
    }
}

QTEST_GUILESS_MAIN(tst_Crash)
#include "tst_crash.moc"
