// SPDX-License-Identifier: GPL-3.0-or-later
// What another connection commits (a command-line run) is said on the notifier of this one.
#include "storagetest.h"

#include <storage/characterstore.h>
#include <storage/librarynotifier.h>
#include <storage/librarywatch.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_LibraryWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void seesAnotherConnectionsCommits();
    void ownCommitsAreNotSaidTwice();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_here;
    std::unique_ptr<Database> m_elsewhere;
};

void tst_LibraryWatch::init()
{
    Test::isolate();
    static int count = 0;
    const QString name = u"w%1.sqlite"_s.arg(++count);
    auto here = Test::openLibrary(m_dir, name);
    QVERIFY_RESULT(here);
    m_here = std::move(*here);
    auto elsewhere = Test::openLibrary(m_dir, name);
    QVERIFY_RESULT(elsewhere);
    m_elsewhere = std::move(*elsewhere);
}

void tst_LibraryWatch::cleanup()
{
    m_elsewhere.reset();
    m_here.reset();
}

void tst_LibraryWatch::seesAnotherConnectionsCommits()
{
    LibraryNotifier notifier;
    LibraryWatch watch(*m_here, &notifier);
    QVERIFY(!watch.look()); // the first look only remembers
    QSignalSpy scripts(&notifier, &LibraryNotifier::scriptChanged);
    QSignalSpy removed(&notifier, &LibraryNotifier::scriptRemoved);
    QSignalSpy versions(&notifier, &LibraryNotifier::versionAdded);
    QSignalSpy characters(&notifier, &LibraryNotifier::characterChanged);

    const auto script = ScriptStore(*m_elsewhere).create(Script{0, {}, u"From the CLI"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(script);
    QVERIFY(watch.look());
    QCOMPARE(scripts.size(), 1);
    QCOMPARE(scripts.first().first().toLongLong(), script->id);
    QVERIFY(!watch.look()); // nothing new

    QVERIFY_RESULT(VersionStore(*m_elsewhere).create(script->id, u"INT. A - DAY\n"_s));
    Character c;
    c.name = u"Mara"_s;
    QVERIFY_RESULT(CharacterStore(*m_elsewhere).create(c));
    QVERIFY(watch.look());
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.first().at(1).toInt(), 1);
    QCOMPARE(characters.size(), 1);

    // A scene's notes, and the cast a run proposed, kept elsewhere.
    QSignalSpy sceneNotes(&notifier, &LibraryNotifier::sceneChanged);
    Scene scene = SceneStore(*m_elsewhere).list(script->id)->at(0);
    scene.tone = u"cold"_s;
    QVERIFY_RESULT(SceneStore(*m_elsewhere).updateMetadata(scene));
    QVERIFY(watch.look());
    QCOMPARE(sceneNotes.size(), 1);
    scripts.clear();
    QVERIFY_RESULT(ScriptStore(*m_elsewhere).attach(script->id, CharacterStore(*m_elsewhere).list()->at(0).id));
    QVERIFY(watch.look());
    QVERIFY(!scripts.isEmpty());

    QVERIFY_RESULT(ScriptStore(*m_elsewhere).remove(script->id));
    QVERIFY(watch.look());
    QCOMPARE(removed.size(), 1);
}

void tst_LibraryWatch::ownCommitsAreNotSaidTwice()
{
    LibraryNotifier notifier;
    LibraryWatch watch(*m_here, &notifier);
    QVERIFY(!watch.look());
    QSignalSpy scripts(&notifier, &LibraryNotifier::scriptChanged);
    // This connection's own commit: its store says it (here: no notifier), the watch does not.
    QVERIFY_RESULT(ScriptStore(*m_here).create(Script{0, {}, u"Mine"_s, {}, {}, {}, u"screenplay"_s, {}, {}}));
    QVERIFY(!watch.look());
    QCOMPARE(scripts.size(), 0);
}

QTEST_GUILESS_MAIN(tst_LibraryWatch)
#include "tst_librarywatch.moc"
