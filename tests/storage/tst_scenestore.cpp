// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"

#include <storage/librarynotifier.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_SceneStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void splitsVersionIntoScenes();
    void metadataCarriesByHeadingInOrder();
    void updateMetadata();
    void missingThings();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_script = 0;
};

void tst_SceneStore::init()
{
    Test::isolate();
    static int count = 0;
    auto db = Test::openLibrary(m_dir, u"sc%1.sqlite"_s.arg(++count));
    QVERIFY_RESULT(db);
    m_db = std::move(*db);
    const auto s = ScriptStore(*m_db).create(Script{0, {}, u"S"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(s);
    m_script = s->id;
}

void tst_SceneStore::splitsVersionIntoScenes()
{
    const QString text = u"Title: S\n\nINT. HOUSE - DAY\n\nMara waits.\n\nEXT. PIER - NIGHT\r\n\r\nRain.\r\n"_s;
    QVERIFY_RESULT(VersionStore(*m_db).create(m_script, text));
    const auto scenes = SceneStore(*m_db).list(m_script);
    QVERIFY_RESULT(scenes);
    QCOMPARE(scenes->size(), 2);
    QCOMPARE(scenes->at(0).number, 1);
    QCOMPARE(scenes->at(0).setting, u"INT. HOUSE - DAY"_s); // default: the heading
    QCOMPARE(scenes->at(0).content, u"INT. HOUSE - DAY\n\nMara waits.\n\n"_s);
    QCOMPARE(scenes->at(1).content, u"EXT. PIER - NIGHT\r\n\r\nRain.\r\n"_s);
}

void tst_SceneStore::metadataCarriesByHeadingInOrder()
{
    VersionStore versions(*m_db);
    SceneStore scenes(*m_db);
    QVERIFY_RESULT(versions.create(m_script,
                                   u"INT. HOUSE - DAY\n\nOne.\n\nEXT. PIER - NIGHT\n\nTwo.\n\n"
                                   "INT. HOUSE - DAY\n\nThree.\n"_s));
    const auto first = scenes.list(m_script);
    QVERIFY_RESULT(first);
    QCOMPARE(first->size(), 3);
    const QStringList goals{u"arrive"_s, u"escape"_s, u"return"_s};
    for (int i = 0; i < 3; ++i) {
        Scene scene = first->at(i);
        scene.goal = goals[i];
        scene.tension = u"t%1"_s.arg(i);
        QVERIFY_RESULT(scenes.updateMetadata(scene));
    }
    // Version 2: the pier moved to the end, a new scene came first, the house scenes swapped
    // their text but keep their order of appearance.
    QVERIFY_RESULT(versions.create(m_script,
                                   u"EXT. ROAD - DAWN\n\nNew.\n\nINT. HOUSE - DAY\n\nThree.\n\n"
                                   "INT. HOUSE - DAY\n\nOne.\n\nEXT. PIER - NIGHT\n\nTwo, longer.\n"_s));
    const auto second = scenes.list(m_script);
    QVERIFY_RESULT(second);
    QCOMPARE(second->size(), 4);
    QCOMPARE(second->at(0).goal, QString());
    QCOMPARE(second->at(0).setting, u"EXT. ROAD - DAWN"_s);
    QCOMPARE(second->at(1).goal, u"arrive"_s); // 1st house <- 1st house
    QCOMPARE(second->at(2).goal, u"return"_s); // 2nd house <- 2nd house
    QCOMPARE(second->at(3).goal, u"escape"_s); // the pier, wherever it went
    QCOMPARE(second->at(3).tension, u"t1"_s);
    // The old version keeps its own rows.
    QCOMPARE(scenes.list(m_script, 1)->at(1).goal, u"escape"_s);
}

void tst_SceneStore::updateMetadata()
{
    QVERIFY_RESULT(VersionStore(*m_db).create(m_script, u"INT. A - DAY\n\nx\n"_s));
    LibraryNotifier notifier;
    QSignalSpy changed(&notifier, &LibraryNotifier::sceneChanged);
    SceneStore scenes(*m_db, &notifier);
    Scene scene = scenes.list(m_script)->first();
    const QString content = scene.content;
    scene.setting = u"A kitchen"_s;
    scene.tone = u"tense"_s;
    scene.content = u"ignored"_s;
    const auto updated = scenes.updateMetadata(scene);
    QVERIFY_RESULT(updated);
    QCOMPARE(updated->setting, u"A kitchen"_s);
    QCOMPARE(updated->tone, u"tense"_s);
    QCOMPARE(updated->content, content); // content belongs to the version
    QCOMPARE(changed.size(), 1);
}

void tst_SceneStore::missingThings()
{
    SceneStore scenes(*m_db);
    QCOMPARE(scenes.get(999).error().code, ErrorCode::NotFound);
    QCOMPARE(scenes.updateMetadata(Scene{999, 0, 0, {}, {}, {}, {}, {}, false, {}}).error().code,
             ErrorCode::NotFound);
    QCOMPARE(scenes.list(m_script).error().code, ErrorCode::NotFound); // no versions yet
    QCOMPARE(scenes.list(4242).error().code, ErrorCode::NotFound);
    QVERIFY_RESULT(VersionStore(*m_db).create(m_script, u"INT. A - DAY\n"_s));
    QCOMPARE(scenes.list(m_script, 2).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_SceneStore)
#include "tst_scenestore.moc"
