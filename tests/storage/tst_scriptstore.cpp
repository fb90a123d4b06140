// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"

#include <storage/characterstore.h>
#include <storage/librarynotifier.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_ScriptStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void createWithCharacters();
    void refusesBadFields_data();
    void refusesBadFields();
    void listsMostRecentFirst();
    void attachDetach();
    void deleteCascades();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_ScriptStore::init()
{
    Test::isolate();
    static int count = 0;
    auto db = Test::openLibrary(m_dir, u"s%1.sqlite"_s.arg(++count));
    QVERIFY_RESULT(db);
    m_db = std::move(*db);
}

void tst_ScriptStore::createWithCharacters()
{
    CharacterStore characters(*m_db);
    const auto mara = characters.create(Character{0, {}, u"Mara"_s, {}, {}, {}, {}, {}, {}});
    QVERIFY_RESULT(mara);
    LibraryNotifier notifier;
    QSignalSpy changed(&notifier, &LibraryNotifier::scriptChanged);
    ScriptStore scripts(*m_db, &notifier);
    Script script;
    script.title = u"Harbour Lights"_s;
    script.logline = u"A keeper's daughter guards a secret."_s;
    script.genre = u"mystery"_s;
    script.tone = u"melancholic"_s;
    script.format = u"treatment"_s;
    const auto created = scripts.create(script, {mara->id});
    QVERIFY_RESULT(created);
    QCOMPARE(created->title, script.title);
    QCOMPARE(created->genre, u"mystery"_s);
    QCOMPARE(created->format, u"treatment"_s);
    QCOMPARE(created->owner, Database::currentOwner());
    QCOMPARE(*scripts.characterIds(created->id), QList<qint64>{mara->id});
    QCOMPARE(changed.size(), 1);
}

void tst_ScriptStore::refusesBadFields_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("genre");
    QTest::addColumn<QString>("tone");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QList<qint64>>("characters");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty title") << u" "_s << QString() << QString() << u"screenplay"_s
                                 << QList<qint64>{} << u"title"_s;
    QTest::newRow("unknown genre") << u"T"_s << u"westerns"_s << QString() << u"screenplay"_s
                                   << QList<qint64>{} << u"unknown genre 'westerns' (choose one of: action,"_s;
    QTest::newRow("unknown tone") << u"T"_s << QString() << u"grim"_s << u"screenplay"_s
                                  << QList<qint64>{} << u"tone 'grim'"_s;
    QTest::newRow("unknown format") << u"T"_s << QString() << QString() << u"novel"_s
                                    << QList<qint64>{} << u"format 'novel'"_s;
    QTest::newRow("missing character") << u"T"_s << QString() << QString() << u"screenplay"_s
                                       << QList<qint64>{99} << u"character with id 99"_s;
}

void tst_ScriptStore::refusesBadFields()
{
    QFETCH(QString, title);
    QFETCH(QString, genre);
    QFETCH(QString, tone);
    QFETCH(QString, format);
    QFETCH(QList<qint64>, characters);
    QFETCH(QString, mentions);
    ScriptStore scripts(*m_db);
    const auto created = scripts.create(Script{0, {}, title, {}, genre, tone, format, {}, {}},
                                        characters);
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(mentions), qPrintable(created.error().message));
    QVERIFY(scripts.list()->isEmpty()); // nothing written, not even half a script
}

void tst_ScriptStore::listsMostRecentFirst()
{
    ScriptStore scripts(*m_db);
    VersionStore versions(*m_db);
    const auto a = scripts.create(Script{0, {}, u"A"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    // Times are stored to the millisecond; let one pass so the order is not a tie.
    QTest::qWait(2);
    const auto b = scripts.create(Script{0, {}, u"B"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(a);
    QVERIFY_RESULT(b);
    QCOMPARE(scripts.list()->first().title, u"B"_s);
    QTest::qWait(2);
    QVERIFY_RESULT(versions.create(a->id, u"INT. A - DAY\n"_s)); // a new version moves it up
    QCOMPARE(scripts.list()->first().title, u"A"_s);
}

void tst_ScriptStore::attachDetach()
{
    CharacterStore characters(*m_db);
    ScriptStore scripts(*m_db);
    const auto c = characters.create(Character{0, {}, u"Mara"_s, {}, {}, {}, {}, {}, {}});
    const auto s = scripts.create(Script{0, {}, u"T"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(c);
    QVERIFY_RESULT(s);
    QVERIFY_RESULT(scripts.attach(s->id, c->id));
    QVERIFY_RESULT(scripts.attach(s->id, c->id)); // twice is once
    QCOMPARE(scripts.characterIds(s->id)->size(), 1);
    QCOMPARE(scripts.attach(s->id, 77).error().code, ErrorCode::NotFound);
    QCOMPARE(scripts.attach(77, c->id).error().code, ErrorCode::NotFound);
    QVERIFY_RESULT(scripts.detach(s->id, c->id));
    QVERIFY(scripts.characterIds(s->id)->isEmpty());
    QCOMPARE(scripts.detach(s->id, c->id).error().code, ErrorCode::NotFound);
    QVERIFY_RESULT(characters.get(c->id)); // the character stays
}

void tst_ScriptStore::deleteCascades()
{
    CharacterStore characters(*m_db);
    ScriptStore scripts(*m_db);
    VersionStore versions(*m_db);
    const auto c = characters.create(Character{0, {}, u"Mara"_s, {}, {}, {}, {}, {}, {}});
    const auto s = scripts.create(Script{0, {}, u"T"_s, {}, {}, {}, u"screenplay"_s, {}, {}}, {c->id});
    QVERIFY_RESULT(s);
    QVERIFY_RESULT(versions.create(s->id, u"INT. A - DAY\n\nx\n"_s));
    QVERIFY_RESULT(scripts.remove(s->id));
    QCOMPARE(scripts.get(s->id).error().code, ErrorCode::NotFound);
    QCOMPARE(versions.list(s->id).error().code, ErrorCode::NotFound);
    QVERIFY_RESULT(characters.get(c->id));
    QCOMPARE(scripts.remove(s->id).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_ScriptStore)
#include "tst_scriptstore.moc"
