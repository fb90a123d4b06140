// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"

#include <storage/characterstore.h>
#include <storage/librarysearch.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_LibrarySearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void findsEveryKind();
    void ranksBetterMatchesFirst();
    void onlyNewestVersionIsIndexed();
    void staysInSyncAfterUpdateAndDelete();
    void queriesAreQuoted_data();
    void queriesAreQuoted();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_LibrarySearch::init()
{
    Test::isolate();
    static int count = 0;
    auto db = Test::openLibrary(m_dir, u"f%1.sqlite"_s.arg(++count));
    QVERIFY_RESULT(db);
    m_db = std::move(*db);
}

void tst_LibrarySearch::findsEveryKind()
{
    const auto c = CharacterStore(*m_db).create(
        Character{0, {}, u"Mara"_s, {}, u"find the lighthouse"_s, {}, {}, {}, {}});
    const auto s = ScriptStore(*m_db).create(
        Script{0, {}, u"Lighthouse"_s, u"A keeper's daughter"_s, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(c);
    QVERIFY_RESULT(s);
    const auto v = VersionStore(*m_db).create(s->id, u"EXT. LIGHTHOUSE - NIGHT\n\nWaves.\n"_s);
    QVERIFY_RESULT(v);
    const auto hits = LibrarySearch(*m_db).search(u"lighthouse"_s);
    QVERIFY_RESULT(hits);
    QCOMPARE(hits->size(), 3);
    QSet<QString> kinds;
    for (const SearchHit &hit : *hits) {
        kinds.insert(hit.kind);
        QVERIFY(hit.snippet.contains(u"["_s));
        if (hit.kind == u"version"_s) {
            QCOMPARE(hit.id, v->id);
            QCOMPARE(hit.scriptId, s->id);
            QCOMPARE(hit.title, u"Lighthouse"_s);
        } else if (hit.kind == u"character"_s) {
            QCOMPARE(hit.id, c->id);
            QCOMPARE(hit.title, u"Mara"_s);
        }
    }
    QCOMPARE(kinds, (QSet<QString>{u"script"_s, u"version"_s, u"character"_s}));
    QCOMPARE(LibrarySearch(*m_db).search(u"lighthouse"_s, 1)->size(), 1);
}

void tst_LibrarySearch::ranksBetterMatchesFirst()
{
    CharacterStore characters(*m_db);
    QVERIFY_RESULT(characters.create(Character{0, {}, u"Once"_s, u"storm and calm and sea and sky and wind"_s, {}, {}, {}, {}, {}}));
    QVERIFY_RESULT(characters.create(Character{0, {}, u"Thrice"_s, u"storm storm storm"_s, {}, {}, {}, {}, {}}));
    const auto hits = LibrarySearch(*m_db).search(u"storm"_s);
    QVERIFY_RESULT(hits);
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).title, u"Thrice"_s);
    QVERIFY(hits->at(0).rank <= hits->at(1).rank);
}

void tst_LibrarySearch::onlyNewestVersionIsIndexed()
{
    const auto s = ScriptStore(*m_db).create(Script{0, {}, u"T"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    VersionStore versions(*m_db);
    QVERIFY_RESULT(versions.create(s->id, u"INT. ATTIC - DAY\n\nDust.\n"_s));
    QCOMPARE(LibrarySearch(*m_db).search(u"attic"_s)->size(), 1);
    QVERIFY_RESULT(versions.create(s->id, u"INT. CELLAR - DAY\n\nDamp.\n"_s));
    QCOMPARE(LibrarySearch(*m_db).search(u"attic"_s)->size(), 0);
    const auto hits = LibrarySearch(*m_db).search(u"cellar"_s);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, versions.get(s->id)->id);
}

void tst_LibrarySearch::staysInSyncAfterUpdateAndDelete()
{
    CharacterStore characters(*m_db);
    ScriptStore scripts(*m_db);
    const auto c = characters.create(Character{0, {}, u"Zephyr"_s, {}, {}, {}, {}, {}, {}});
    const auto s = scripts.create(Script{0, {}, u"Quartz"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(VersionStore(*m_db).create(s->id, u"INT. QUARTZ MINE - DAY\n"_s));
    LibrarySearch search(*m_db);
    QCOMPARE(search.search(u"zephyr"_s)->size(), 1);
    QCOMPARE(search.search(u"quartz"_s)->size(), 2);

    Character renamed = *c;
    renamed.name = u"Boreas"_s;
    QVERIFY_RESULT(characters.update(renamed));
    QCOMPARE(search.search(u"zephyr"_s)->size(), 0);
    QCOMPARE(search.search(u"boreas"_s)->size(), 1);

    Script retitled = *s;
    retitled.title = u"Granite"_s;
    QVERIFY_RESULT(scripts.update(retitled));
    const auto afterTitle = search.search(u"quartz"_s);
    QCOMPARE(afterTitle->size(), 1); // only the version's text still says quartz
    QCOMPARE(afterTitle->first().title, u"Granite"_s);

    QVERIFY_RESULT(characters.remove(c->id));
    QVERIFY_RESULT(scripts.remove(s->id));
    QCOMPARE(search.search(u"boreas"_s)->size(), 0);
    QCOMPARE(search.search(u"quartz"_s)->size(), 0);
    QCOMPARE(search.search(u"granite"_s)->size(), 0);
}

void tst_LibrarySearch::queriesAreQuoted_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("apostrophe") << u"it's"_s << 1;
    QTest::newRow("double quote") << u"\"it"_s << 1;
    QTest::newRow("fts operators") << u"NOT AND OR"_s << 0;
    QTest::newRow("column filter") << u"title:it"_s << 0;
    QTest::newRow("star and caret") << u"^it*"_s << 1;
    QTest::newRow("parentheses") << u"(it"_s << 1;
    QTest::newRow("two words") << u"storm  it's"_s << 1;
    QTest::newRow("diacritics") << u"CAFÉ"_s << 1;
}

void tst_LibrarySearch::queriesAreQuoted()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    QVERIFY_RESULT(ScriptStore(*m_db).create(
        Script{0, {}, u"It's a storm at the cafe"_s, {}, {}, {}, u"screenplay"_s, {}, {}}));
    const auto found = LibrarySearch(*m_db).search(query);
    QVERIFY_RESULT(found);
    QCOMPARE(found->size(), hits);
}

QTEST_GUILESS_MAIN(tst_LibrarySearch)
#include "tst_librarysearch.moc"
