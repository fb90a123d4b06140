// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL while the app autosaves a draft the writer is typing and streams a generation job;
// then the library is reopened: integrity intact, the draft at most one autosave old, and the
// job interrupted with the text streamed so far.
#include "uitest.h"

#include <generation/credentialstore.h>
#include <generation/jobqueue.h>
#include <storage/database.h>
#include <storage/draftstore.h>
#include <storage/jobstore.h>
#include <storage/librarynotifier.h>
#include <storage/versionstore.h>

#include <QCryptographicHash>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_AppCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killedWhileTypingAndStreaming_data();
    void killedWhileTypingAndStreaming();
};

void tst_AppCrash::killedWhileTypingAndStreaming_data()
{
    QTest::addColumn<int>("drafts");
    // Non-stop typing is handed to the autosaver every two seconds.
    QTest::newRow("soon") << 2;
    QTest::newRow("later") << 6;
}

void tst_AppCrash::killedWhileTypingAndStreaming()
{
    QFETCH(int, drafts);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    QProcess child;
    child.start(QStringLiteral(SPIELBERG_APPCRASHCHILD), {path});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    qint64 script = 0;
    QString job;
    QList<QPair<qint64, QByteArray>> saved;
    const auto parse = [&] {
        saved.clear();
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2 && parts[0] == "script") {
                script = parts[1].toLongLong();
            } else if (parts.size() == 2 && parts[0] == "running") {
                job = QString::fromLatin1(parts[1]);
            } else if (parts.size() == 3 && parts[0] == "draft" && parts[2].size() == 64) {
                saved.append({parts[1].toLongLong(), parts[2]});
            }
        }
    };
    while (saved.size() < drafts || job.isEmpty()) {
        QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
        out += child.readAllStandardOutput();
        parse();
    }
    QTest::qWait(150); // let a partial-text save of the job happen
    child.kill(); // SIGKILL: no destructor, no flush, no checkpoint
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    out += child.readAllStandardOutput();
    parse();

    MemoryCredentials keys;
    Result<std::unique_ptr<Database>> db = Database::open(path, DatabaseOptions{false, 5, 0});
    QVERIFY_RESULT(db);
    QVERIFY_RESULT((*db)->checkIntegrity());

    // The draft: the last save the child reported, or one newer it had no time to report.
    const Result<Draft> draft = DraftStore(**db).get(script);
    QVERIFY_RESULT(draft);
    const auto [lastLength, lastHash] = saved.constLast();
    QVERIFY2(draft->content.size() >= lastLength,
             qPrintable(u"draft has %1 characters, %2 were reported saved"_s.arg(draft->content.size())
                            .arg(lastLength)));
    if (draft->content.size() == lastLength) {
        QCOMPARE(QCryptographicHash::hash(draft->content.toUtf8(), QCryptographicHash::Sha256).toHex(),
                 lastHash);
    }
    // At most about one autosave interval of typing (a few characters per 30 ms) beyond it.
    QVERIFY(draft->content.size() - lastLength < 400);

    // The job: interrupted once another process opens the library, its streamed text kept.
    LibraryNotifier notifier;
    JobQueue queue(**db, &notifier, &keys, nullptr);
    QVERIFY(queue.recoverInterrupted().contains(job));
    const Result<Job> after = JobStore(**db).get(job);
    QVERIFY_RESULT(after);
    QCOMPARE(after->status, JobStatus::Interrupted);
    QVERIFY(!after->partial.isEmpty());
    QVERIFY(after->partial.startsWith(u"INT. ROOM 0 - NIGHT"_s));
    QVERIFY(after->result.isEmpty());
    // No partial text became a version.
    QCOMPARE(VersionStore(**db).list(script)->size(), 1);
}

QTEST_MAIN(tst_AppCrash)
#include "tst_appcrash.moc"
