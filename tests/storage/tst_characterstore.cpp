// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"

#include <storage/characterstore.h>
#include <storage/librarynotifier.h>
#include <storage/scriptstore.h>

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_CharacterStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void createReadUpdate();
    void refusesEmptyName_data();
    void refusesEmptyName();
    void missingIds();
    void deleteDetachesFromScripts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_CharacterStore::init()
{
    Test::isolate();
    static int count = 0;
    auto db = Test::openLibrary(m_dir, u"c%1.sqlite"_s.arg(++count));
    QVERIFY_RESULT(db);
    m_db = std::move(*db);
}

void tst_CharacterStore::createReadUpdate()
{
    LibraryNotifier notifier;
    QSignalSpy changed(&notifier, &LibraryNotifier::characterChanged);
    CharacterStore store(*m_db, &notifier);
    Character draft;
    draft.name = u"  Mara Quell "_s;
    draft.personality = u"wry"_s;
    draft.goals = u"find her brother"_s;
    draft.voice = u"clipped"_s;
    draft.backstory = u"lighthouse keeper's daughter"_s;
    const auto created = store.create(draft);
    QVERIFY_RESULT(created);
    QVERIFY(created->id > 0);
    QCOMPARE(created->name, u"Mara Quell"_s);
    QCOMPARE(created->voice, u"clipped"_s);
    QVERIFY(created->createdAt.isValid());
    QCOMPARE(changed.size(), 1);

    Character edited = *created;
    edited.goals = u"leave the island"_s;
    const auto updated = store.update(edited);
    QVERIFY_RESULT(updated);
    QCOMPARE(updated->goals, u"leave the island"_s);
    QCOMPARE(updated->createdAt, created->createdAt);
    QVERIFY(updated->updatedAt >= created->updatedAt);

    QVERIFY_RESULT(store.create(Character{0, {}, u"Abel"_s, {}, {}, {}, {}, {}, {}}));
    const auto all = store.list();
    QVERIFY_RESULT(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, u"Abel"_s); // by name
    QCOMPARE(*store.get(created->id), *updated);
}

void tst_CharacterStore::refusesEmptyName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tab and newline") << u"\t\n"_s;
}

void tst_CharacterStore::refusesEmptyName()
{
    QFETCH(QString, name);
    CharacterStore store(*m_db);
    const auto created = store.create(Character{0, {}, name, {}, {}, {}, {}, {}, {}});
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::InvalidInput);
    QVERIFY(created.error().message.contains(u"name"_s));
    QVERIFY(store.list()->isEmpty());
}

void tst_CharacterStore::missingIds()
{
    CharacterStore store(*m_db);
    QCOMPARE(store.get(42).error().code, ErrorCode::NotFound);
    QCOMPARE(store.update(Character{42, {}, u"X"_s, {}, {}, {}, {}, {}, {}}).error().code,
             ErrorCode::NotFound);
    QCOMPARE(store.remove(42).error().code, ErrorCode::NotFound);
}

void tst_CharacterStore::deleteDetachesFromScripts()
{
    LibraryNotifier notifier;
    CharacterStore characters(*m_db, &notifier);
    ScriptStore scripts(*m_db, &notifier);
    const auto mara = characters.create(Character{0, {}, u"Mara"_s, {}, {}, {}, {}, {}, {}});
    const auto abel = characters.create(Character{0, {}, u"Abel"_s, {}, {}, {}, {}, {}, {}});
    QVERIFY_RESULT(mara);
    QVERIFY_RESULT(abel);
    const auto script = scripts.create(Script{0, {}, u"Tides"_s, {}, {}, {}, u"screenplay"_s, {}, {}},
                                       {mara->id, abel->id});
    QVERIFY_RESULT(script);
    QSignalSpy removed(&notifier, &LibraryNotifier::characterRemoved);
    QSignalSpy scriptChanged(&notifier, &LibraryNotifier::scriptChanged);
    QVERIFY_RESULT(characters.remove(mara->id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(scriptChanged.size(), 1);
    QCOMPARE(scriptChanged.first().first().toLongLong(), script->id);
    QVERIFY_RESULT(scripts.get(script->id)); // the script stays
    QCOMPARE(*scripts.characterIds(script->id), QList<qint64>{abel->id});
    const auto left = characters.listForScript(script->id);
    QVERIFY_RESULT(left);
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().name, u"Abel"_s);
}

QTEST_GUILESS_MAIN(tst_CharacterStore)
#include "tst_characterstore.moc"
