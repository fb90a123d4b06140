// SPDX-License-Identifier: GPL-3.0-or-later
// An outline as Fountain: headings, synopses and the characters note, read back from scene rows.
#include <core/scenesplitter.h>
#include <core/storyoutline.h>
#include <core/storyprompts.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_StoryOutline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void bodyOfAWrittenScene();
    void synopsisWrittenIntoTheScene();
    void headingRewritten();
    void sceneDraftPromptsShareTheirPrefix();
};

void tst_StoryOutline::roundTrip()
{
    const QList<OutlineScene> scenes{
        {u"INT. KITCHEN - NIGHT"_s, u"Mara finds the letter."_s, u"g"_s, u"t"_s, u"dark"_s, {u"Mara Quinn"_s}, false, {}},
        {u"the roof"_s, u"Jonas waits."_s, {}, {}, {}, {u"Jonas Reed"_s, u"Mara Quinn"_s}, false, {}},
    };
    const QString fountain = StoryOutline::toFountain(scenes);
    QCOMPARE(fountain, u"INT. KITCHEN - NIGHT\n\n= Mara finds the letter.\n\n[[Characters: Mara Quinn]]\n\n"
                       ".THE ROOF\n\n= Jonas waits.\n\n[[Characters: Jonas Reed, Mara Quinn]]\n"_s);
    const SceneSplit split = SceneSplitter::split(fountain);
    QCOMPARE(split.scenes.size(), 2);
    QList<Scene> rows;
    for (const SplitScene &s : split.scenes) {
        Scene row;
        row.content = s.content;
        rows.append(row);
    }
    const QList<OutlineScene> back = StoryOutline::fromScenes(rows);
    QCOMPARE(back[0].heading, u"INT. KITCHEN - NIGHT"_s);
    QCOMPARE(back[0].synopsis, scenes[0].synopsis);
    QCOMPARE(back[1].heading, u"THE ROOF"_s);
    QCOMPARE(back[1].characters, scenes[1].characters);
}

void tst_StoryOutline::bodyOfAWrittenScene()
{
    QCOMPARE(StoryOutline::bodyOf(u"INT. HALL - DAY\n\n= A synopsis.\n\n[[Characters: Mara Quinn]]\n\nMara waits.\n\nMARA\nHi.\n\n"_s),
             u"Mara waits.\n\nMARA\nHi."_s);
}

void tst_StoryOutline::synopsisWrittenIntoTheScene()
{
    const QString bare = u"INT. HALL - DAY\n\nMara waits.\n\n"_s;
    const QString with = StoryOutline::withSynopsis(bare, u"  Mara waits   for Jonas. "_s);
    QCOMPARE(with, u"INT. HALL - DAY\n\n= Mara waits for Jonas.\n\nMara waits.\n\n"_s);
    QCOMPARE(StoryOutline::synopsisOf(with), u"Mara waits for Jonas."_s);
    QCOMPARE(StoryOutline::withSynopsis(with, u"She leaves."_s), u"INT. HALL - DAY\n\n= She leaves.\n\nMara waits.\n\n"_s);
    QCOMPARE(StoryOutline::withSynopsis(with, QString()), bare);
    QCOMPARE(StoryOutline::withSynopsis(u"INT. HALL - DAY"_s, u"Short."_s), u"INT. HALL - DAY\n\n= Short.\n"_s);
    QCOMPARE(StoryOutline::withSynopsis(bare, QString()), bare);
}

void tst_StoryOutline::headingRewritten()
{
    const QString scene = u"INT. HALL - DAY\n\nMara waits.\n"_s;
    QCOMPARE(StoryOutline::withHeading(scene, u"ext. pier -  night"_s), u"EXT. PIER - NIGHT\n\nMara waits.\n"_s);
    QCOMPARE(StoryOutline::withHeading(scene, u"the roof"_s), u".THE ROOF\n\nMara waits.\n"_s);
    QCOMPARE(StoryOutline::withHeading(scene, u"  "_s), scene);
    QCOMPARE(StoryOutline::withHeading(u"INT. A - DAY\r\n\r\nA.\r\n"_s, u"int. b - day"_s), u"INT. B - DAY\r\n\r\nA.\r\n"_s);
}

void tst_StoryOutline::sceneDraftPromptsShareTheirPrefix()
{
    // Prompt caching: the first system block is byte-identical for every scene of a run.
    StoryPrompts::SceneDraftJob job;
    job.script.title = u"Glass"_s;
    job.script.genre = u"thriller"_s;
    job.cast = {Character{1, {}, u"Mara Quinn"_s, u"p"_s, u"g"_s, u"v"_s, u"b"_s, {}, {}},
                Character{2, {}, u"Jonas Reed"_s, u"p"_s, u"g"_s, u"v"_s, u"b"_s, {}, {}}};
    job.outline = {{u"INT. A - DAY"_s, u"One."_s, {}, {}, {}, {u"Mara Quinn"_s}, false, {}},
                   {u"INT. B - DAY"_s, u"Two."_s, {}, {}, {}, {u"Jonas Reed"_s}, false, {}}};
    job.written = {QString(), QString()};
    job.index = 0;
    const Prompt first = StoryPrompts::build(job);
    job.index = 1;
    job.written[0] = u"INT. A - DAY\n\nMara runs.\n\nMARA QUINN\nGo!\n"_s;
    const Prompt second = StoryPrompts::build(job);
    QCOMPARE(first.system.first(), second.system.first());
    QVERIFY(first.system.first().cacheBreakpoint);
    QVERIFY(first.user.contains(u"Heading: INT. A - DAY"_s));
    QVERIFY(second.user.contains(u"Characters present: Jonas Reed"_s));
    QVERIFY(second.user.contains(u"The last lines of the scene before:\nINT. A - DAY\nMara runs.\nMARA QUINN\nGo!"_s));
    QVERIFY(!second.system.last().text.contains(u"Mara Quinn"_s)); // only the characters present
}

QTEST_GUILESS_MAIN(tst_StoryOutline)
#include "tst_storyoutline.moc"
