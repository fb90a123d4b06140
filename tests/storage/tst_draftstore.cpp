// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"

#include <storage/draftstore.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_DraftStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void saveAndGet();
    void saveAsVersionSnapshots();
    void resetKeepsTypingAsVersion();
    void resetOfCleanDraftAddsNothing();
    void resetKeepsTheNotesOfTheVersionReturnedTo();
    void missingThings();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_script = 0;
};

void tst_DraftStore::init()
{
    Test::isolate();
    static int count = 0;
    auto db = Test::openLibrary(m_dir, u"d%1.sqlite"_s.arg(++count));
    QVERIFY_RESULT(db);
    m_db = std::move(*db);
    const auto s = ScriptStore(*m_db).create(Script{0, {}, u"S"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(s);
    m_script = s->id;
}

void tst_DraftStore::saveAndGet()
{
    DraftStore drafts(*m_db);
    QCOMPARE(drafts.get(m_script).error().code, ErrorCode::NotFound);
    const auto saved = drafts.save(Draft{m_script, u"INT. A - DAY\n"_s, 0, {}});
    QVERIFY_RESULT(saved);
    QCOMPARE(saved->content, u"INT. A - DAY\n"_s);
    QVERIFY(saved->updatedAt.isValid());
    QVERIFY_RESULT(drafts.save(Draft{m_script, u"INT. A - DAY\n\nMore.\n"_s, 0, {}}));
    QCOMPARE(drafts.get(m_script)->content, u"INT. A - DAY\n\nMore.\n"_s);
}

void tst_DraftStore::saveAsVersionSnapshots()
{
    DraftStore drafts(*m_db);
    VersionStore versions(*m_db);
    QVERIFY_RESULT(versions.create(m_script, u"INT. A - DAY\n"_s));
    QVERIFY_RESULT(drafts.save(Draft{m_script, u"INT. A - DAY\n\nTyped.\n"_s, 1, {}}));
    const auto version = drafts.saveAsVersion(m_script, u"end of day"_s);
    QVERIFY_RESULT(version);
    QCOMPARE(version->number, 2);
    QCOMPARE(version->origin, VersionOrigin::Manual);
    QCOMPARE(version->parentNumber, 1);
    QCOMPARE(version->note, u"end of day"_s);
    QCOMPARE(versions.get(m_script)->content, u"INT. A - DAY\n\nTyped.\n"_s);
    QCOMPARE(drafts.get(m_script)->baseVersion, 2);
}

void tst_DraftStore::resetKeepsTypingAsVersion()
{
    DraftStore drafts(*m_db);
    VersionStore versions(*m_db);
    QVERIFY_RESULT(versions.create(m_script, u"one\n"_s));
    QVERIFY_RESULT(versions.create(m_script, u"two\n"_s));
    QVERIFY_RESULT(drafts.save(Draft{m_script, u"two, then typing\n"_s, 2, {}}));
    const auto reset = drafts.resetToVersion(m_script, 1);
    QVERIFY_RESULT(reset);
    QCOMPARE(reset->content, u"one\n"_s);
    // The typing was not lost: it is version 3, made from version 2.
    const auto kept = versions.get(m_script, 3);
    QVERIFY_RESULT(kept);
    QCOMPARE(kept->content, u"two, then typing\n"_s);
    QCOMPARE(kept->origin, VersionOrigin::Manual);
    QCOMPARE(kept->parentNumber, 2);
    // And the text chosen is the newest version again, the one the draft rests on.
    const auto again = versions.get(m_script);
    QVERIFY_RESULT(again);
    QCOMPARE(again->number, 4);
    QCOMPARE(again->content, u"one\n"_s);
    QCOMPARE(again->origin, VersionOrigin::Restored);
    QCOMPARE(again->parentNumber, 1);
    QCOMPARE(reset->baseVersion, 4);
}

void tst_DraftStore::resetKeepsTheNotesOfTheVersionReturnedTo()
{
    // Typing that broke a heading is kept first; the version returned to keeps its own notes.
    DraftStore drafts(*m_db);
    VersionStore versions(*m_db);
    SceneStore scenes(*m_db);
    QVERIFY_RESULT(versions.create(m_script, u"INT. A - DAY\n\nA.\n\nINT. B - DAY\n\nB.\n"_s));
    Scene first = scenes.list(m_script)->at(0);
    first.goal = u"win"_s;
    first.tone = u"cold"_s;
    first.color = u"purple"_s;
    QVERIFY_RESULT(scenes.updateMetadata(first));
    QVERIFY_RESULT(drafts.save(Draft{m_script, u"INT A DAY typo\n\nA.\n\nINT. B - DAY\n\nB.\n"_s, 1, {}}));
    QVERIFY_RESULT(drafts.resetToVersion(m_script, 1));
    QCOMPARE(versions.get(m_script)->number, 3);
    const Scene back = scenes.list(m_script)->at(0);
    QCOMPARE(back.goal, u"win"_s);
    QCOMPARE(back.tone, u"cold"_s);
    QCOMPARE(back.color, u"purple"_s);
}

void tst_DraftStore::resetOfCleanDraftAddsNothing()
{
    DraftStore drafts(*m_db);
    VersionStore versions(*m_db);
    QVERIFY_RESULT(versions.create(m_script, u"one\n"_s));
    QVERIFY_RESULT(versions.create(m_script, u"two\n"_s));
    QVERIFY_RESULT(drafts.save(Draft{m_script, u"one\n"_s, 1, {}}));
    const auto reset = drafts.resetToVersion(m_script); // the newest
    QVERIFY_RESULT(reset);
    QCOMPARE(reset->content, u"two\n"_s);
    QCOMPARE(reset->baseVersion, 2);
    QCOMPARE(versions.list(m_script)->size(), 2);
    // No draft yet: a reset makes one.
    const auto other = ScriptStore(*m_db).create(Script{0, {}, u"O"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(versions.create(other->id, u"x\n"_s));
    QCOMPARE(drafts.resetToVersion(other->id)->content, u"x\n"_s);
    QCOMPARE(drafts.resetToVersion(other->id, 7).error().code, ErrorCode::NotFound);
}

void tst_DraftStore::missingThings()
{
    DraftStore drafts(*m_db);
    QCOMPARE(drafts.save(Draft{4242, u"x"_s, 0, {}}).error().code, ErrorCode::NotFound);
    QCOMPARE(drafts.saveAsVersion(m_script).error().code, ErrorCode::NotFound);
    QVERIFY(VersionStore(*m_db).list(m_script)->isEmpty());
}

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_draftstore.moc"
