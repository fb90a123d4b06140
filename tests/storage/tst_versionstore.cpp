// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"

#include <storage/librarynotifier.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QProcess>
#include <QSignalSpy>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_VersionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void numbersCountPerScript();
    void concurrentCreatorsNeverCollide();
    void concurrentProcessesNeverCollide();
    void restoreAddsVersion();
    void diffShowsChangedLines();
    void refusesBadInput_data();
    void refusesBadInput();
    void newestByDefault();

private:
    qint64 newScript(const QString &title);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_VersionStore::init()
{
    Test::isolate();
    static int count = 0;
    auto db = Test::openLibrary(m_dir, u"v%1.sqlite"_s.arg(++count));
    QVERIFY_RESULT(db);
    m_db = std::move(*db);
}

qint64 tst_VersionStore::newScript(const QString &title)
{
    const auto s = ScriptStore(*m_db).create(Script{0, {}, title, {}, {}, {}, u"screenplay"_s, {}, {}});
    return s ? s->id : 0;
}

void tst_VersionStore::numbersCountPerScript()
{
    LibraryNotifier notifier;
    QSignalSpy added(&notifier, &LibraryNotifier::versionAdded);
    VersionStore versions(*m_db, &notifier);
    const qint64 a = newScript(u"A"_s);
    const qint64 b = newScript(u"B"_s);
    QList<int> numbersA;
    QList<int> numbersB;
    for (int i = 0; i < 3; ++i) {
        const auto va = versions.create(a, u"INT. A - DAY\n\nTake %1.\n"_s.arg(i));
        QVERIFY_RESULT(va);
        numbersA.append(va->number);
        const auto vb = versions.create(b, u"INT. B - DAY\n\nTake %1.\n"_s.arg(i), VersionOrigin::Imported,
                                        u"note %1"_s.arg(i));
        QVERIFY_RESULT(vb);
        numbersB.append(vb->number);
        QCOMPARE(vb->origin, VersionOrigin::Imported);
        QCOMPARE(vb->note, u"note %1"_s.arg(i));
    }
    QCOMPARE(numbersA, (QList<int>{1, 2, 3}));
    QCOMPARE(numbersB, (QList<int>{1, 2, 3}));
    QCOMPARE(added.size(), 6);
    const auto list = versions.list(a);
    QVERIFY_RESULT(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(1).content, u"INT. A - DAY\n\nTake 1.\n"_s);
    QCOMPARE(*versions.get(a, 2), list->at(1));
}

void tst_VersionStore::concurrentCreatorsNeverCollide()
{
    const qint64 script = newScript(u"Race"_s);
    QVERIFY(script > 0);
    constexpr int kPerThread = 50;
    QStringList errors[2];
    QList<int> numbers[2];
    std::unique_ptr<QThread> threads[2];
    for (int t = 0; t < 2; ++t) {
        threads[t].reset(QThread::create([this, script, t, &errors, &numbers] {
            VersionStore versions(*m_db); // this thread's own connection
            for (int i = 0; i < kPerThread; ++i) {
                const auto v = versions.create(script, u"INT. T%1 - DAY\n\n%2\n"_s.arg(t).arg(i));
                if (v) {
                    numbers[t].append(v->number);
                } else {
                    errors[t].append(v.error().message);
                }
            }
        }));
        threads[t]->start();
    }
    for (auto &thread : threads) {
        QVERIFY(thread->wait(60000));
    }
    QCOMPARE(errors[0], QStringList());
    QCOMPARE(errors[1], QStringList());
    QList<int> all = numbers[0] + numbers[1];
    std::sort(all.begin(), all.end());
    QList<int> expected;
    for (int n = 1; n <= 2 * kPerThread; ++n) {
        expected.append(n);
    }
    QCOMPARE(all, expected);
    // Each thread saw its own numbers grow.
    QVERIFY(std::is_sorted(numbers[0].cbegin(), numbers[0].cend()));
    QCOMPARE(VersionStore(*m_db).list(script)->size(), 2 * kPerThread);
}

void tst_VersionStore::concurrentProcessesNeverCollide()
{
    const qint64 script = newScript(u"Two processes"_s);
    QVERIFY(script > 0);
    constexpr int kPerProcess = 40;
    QProcess processes[2];
    for (QProcess &process : processes) {
        process.start(QStringLiteral(SPIELBERG_CRASHCHILD),
                      {m_db->path(), QString::number(script), QString::number(kPerProcess)});
    }
    QList<int> all;
    for (QProcess &process : processes) {
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty()) {
                all.append(line.toInt());
            }
        }
    }
    std::sort(all.begin(), all.end());
    QList<int> expected;
    for (int n = 1; n <= 2 * kPerProcess; ++n) {
        expected.append(n);
    }
    QCOMPARE(all, expected);
}

void tst_VersionStore::restoreAddsVersion()
{
    VersionStore versions(*m_db);
    const qint64 s = newScript(u"R"_s);
    QVERIFY_RESULT(versions.create(s, u"first\n"_s));
    QVERIFY_RESULT(versions.create(s, u"second\n"_s));
    const auto restored = versions.restore(s, 1);
    QVERIFY_RESULT(restored);
    QCOMPARE(restored->number, 3);
    QCOMPARE(restored->origin, VersionOrigin::Restored);
    QCOMPARE(restored->parentNumber, 1);
    QCOMPARE(restored->content, u"first\n"_s);
    QCOMPARE(versions.get(s)->number, 3);
    QCOMPARE(versions.get(s, 2)->content, u"second\n"_s); // nothing was overwritten
    QCOMPARE(versions.restore(s, 9).error().code, ErrorCode::NotFound);
}

void tst_VersionStore::diffShowsChangedLines()
{
    VersionStore versions(*m_db);
    const qint64 s = newScript(u"D"_s);
    QVERIFY_RESULT(versions.create(s, u"INT. HOUSE - DAY\n\nMara waits.\n\nShe leaves.\n"_s));
    QVERIFY_RESULT(versions.create(s, u"INT. HOUSE - DAY\n\nMara runs.\n\nShe leaves.\n"_s));
    const auto diff = versions.diff(s, 1, 2);
    QVERIFY_RESULT(diff);
    QList<DiffLine> changed;
    for (const DiffLine &line : *diff) {
        if (line.op != DiffLine::Op::Equal) {
            changed.append(line);
        }
    }
    QCOMPARE(changed, (QList<DiffLine>{{DiffLine::Op::Delete, u"Mara waits."_s},
                                       {DiffLine::Op::Insert, u"Mara runs."_s}}));
    QCOMPARE(diff->size(), 6);
    QCOMPARE(versions.diff(s, 1, 5).error().code, ErrorCode::NotFound);
}

void tst_VersionStore::refusesBadInput_data()
{
    QTest::addColumn<bool>("existingScript");
    QTest::addColumn<VersionOrigin>("origin");
    QTest::addColumn<int>("parent");
    QTest::addColumn<int>("code");
    QTest::newRow("missing script") << false << VersionOrigin::Manual << 0 << int(ErrorCode::NotFound);
    QTest::newRow("missing parent") << true << VersionOrigin::Manual << 4 << int(ErrorCode::InvalidInput);
}

void tst_VersionStore::refusesBadInput()
{
    QFETCH(bool, existingScript);
    QFETCH(VersionOrigin, origin);
    QFETCH(int, parent);
    QFETCH(int, code);
    const qint64 s = existingScript ? newScript(u"X"_s) : 4242;
    VersionStore versions(*m_db);
    const auto v = versions.create(s, u"INT. X - DAY\n"_s, origin, {}, {}, parent);
    QVERIFY(!v);
    QCOMPARE(int(v.error().code), code);
    if (existingScript) {
        QVERIFY(versions.list(s)->isEmpty());
    }
}

void tst_VersionStore::newestByDefault()
{
    VersionStore versions(*m_db);
    const qint64 s = newScript(u"N"_s);
    QCOMPARE(versions.get(s).error().code, ErrorCode::NotFound);
    QVERIFY(versions.get(s).error().message.contains(u"no versions"_s));
    QVERIFY_RESULT(versions.create(s, u"one"_s));
    QVERIFY_RESULT(versions.create(s, u"two"_s));
    QCOMPARE(versions.get(s)->content, u"two"_s);
}

QTEST_GUILESS_MAIN(tst_VersionStore)
#include "tst_versionstore.moc"
