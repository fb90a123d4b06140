// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/promptbuilder.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
Character character(qint64 id, const QString &name, const QString &voice)
{
    Character c;
    c.id = id;
    c.name = name;
    c.personality = u"stubborn"_s;
    c.goals = u"keep the light burning"_s;
    c.voice = voice;
    c.backstory = u"lost a brother at sea"_s;
    return c;
}

Script script()
{
    Script s;
    s.id = 1;
    s.title = u"The Keeper"_s;
    s.logline = u"A lighthouse keeper refuses to leave."_s;
    s.genre = u"drama"_s;
    s.tone = u"melancholic"_s;
    return s;
}

Scene scene(int number, const QString &content, const QString &goal = {})
{
    Scene s;
    s.number = number;
    s.content = content;
    s.goal = goal;
    s.setting = content.section(u'\n', 0, 0);
    return s;
}
} // namespace

class tst_PromptBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scriptJobCarriesEverything();
    void stableAndCacheable();
    void sceneJobSendsOnlyItsCharacters();
    void formats_data();
    void formats();
    void quickJob();
    void extractFountain_data();
    void extractFountain();
};

void tst_PromptBuilder::scriptJobCarriesEverything()
{
    const Prompt p = PromptBuilder::build(PromptBuilder::ScriptJob{
        script(), {character(2, u"Edwin"_s, u"dry"_s), character(1, u"Margaret"_s, u"clipped, Scots"_s)},
        u"INT. LAMP ROOM - NIGHT\n\nWind.\n"_s, u"Make the storm worse."_s});
    const QString system = p.systemText();
    QVERIFY(system.contains(u"screenwriter"_s));
    QVERIFY(system.contains(u"Fountain"_s));
    QVERIFY(system.contains(u"drama"_s));
    QVERIFY(system.contains(u"melancholic"_s));
    QVERIFY(system.contains(u"locked"_s));
    QVERIFY(system.contains(u"## Margaret\nPersonality: stubborn\nGoals: keep the light burning\nVoice: clipped, Scots\nBackstory: lost a brother at sea"_s));
    // Sorted by id, whatever order they came in: Margaret (1) before Edwin (2).
    QVERIFY(system.indexOf(u"## Margaret"_s) < system.indexOf(u"## Edwin"_s));
    QVERIFY(p.user.contains(u"INT. LAMP ROOM - NIGHT"_s));
    QVERIFY(p.user.contains(u"Make the storm worse."_s));
}

void tst_PromptBuilder::stableAndCacheable()
{
    const PromptBuilder::ScriptJob a{script(), {character(1, u"M"_s, u"v"_s)}, {}, u"one"_s};
    const PromptBuilder::ScriptJob b{script(), {character(1, u"M"_s, u"v"_s)}, {}, u"two"_s};
    const Prompt pa = PromptBuilder::build(a);
    const Prompt pb = PromptBuilder::build(b);
    QCOMPARE(pa, PromptBuilder::build(a)); // byte-stable
    QCOMPARE(pa.system, pb.system);        // only the user message differs between jobs
    QVERIFY(pa.user != pb.user);
    // One breakpoint, on the last system block: the character bible.
    int breakpoints = 0;
    for (const PromptBlock &block : pa.system) {
        breakpoints += block.cacheBreakpoint ? 1 : 0;
    }
    QCOMPARE(breakpoints, 1);
    QVERIFY(pa.system.last().cacheBreakpoint);
    QVERIFY(pa.system.last().text.contains(u"Character bible"_s));
}

void tst_PromptBuilder::sceneJobSendsOnlyItsCharacters()
{
    const QList<Scene> scenes{
        scene(1, u"INT. LAMP ROOM - NIGHT\n\nMARGARET\nNot tonight.\n\n"_s),
        scene(2, u"EXT. SEA - NIGHT\n\nEDWIN\nMaggie!\n\n"_s, u"Edwin calls for help"_s),
        scene(3, u"INT. CABIN - DAY\n\nQuiet.\n"_s),
    };
    PromptBuilder::SceneJob job{script(), {character(1, u"Margaret"_s, u"a"_s), character(2, u"Edwin"_s, u"b"_s)},
                                scenes, 1, u"More urgency."_s};
    const Prompt p = PromptBuilder::build(job);
    QVERIFY(p.systemText().contains(u"## Edwin"_s));
    QVERIFY(!p.systemText().contains(u"## Margaret"_s));
    QVERIFY(p.user.contains(u"Rewrite scene 2 of 3"_s));
    QVERIFY(p.user.contains(u"Goal of the scene: Edwin calls for help"_s));
    QVERIFY(p.user.contains(u"The scene before: INT. LAMP ROOM - NIGHT"_s));
    QVERIFY(p.user.contains(u"The scene after: INT. CABIN - DAY — Quiet."_s));
    QVERIFY(p.user.contains(u"More urgency."_s));
    QVERIFY(p.user.contains(u"<scene>\nEXT. SEA - NIGHT"_s));
}

void tst_PromptBuilder::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("screenplay") << u"screenplay"_s << u"Fountain"_s;
    QTest::newRow("treatment") << u"treatment"_s << u"prose"_s;
    QTest::newRow("outline") << u"outline"_s << u"synopsis"_s;
}

void tst_PromptBuilder::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, mentions);
    Script s = script();
    s.format = format;
    QVERIFY(PromptBuilder::build(PromptBuilder::ScriptJob{s, {}, {}, u"x"_s}).systemText().contains(mentions));
}

void tst_PromptBuilder::quickJob()
{
    PromptBuilder::QuickJob job;
    job.genre = u"horror"_s;
    job.tone = u"tense"_s;
    job.request = u"A short cold open."_s;
    const Prompt p = PromptBuilder::build(job);
    QVERIFY(p.systemText().contains(u"horror"_s));
    QVERIFY(p.systemText().contains(u"tense"_s));
    QVERIFY(p.systemText().contains(u"none yet"_s));
    QVERIFY(p.user.contains(u"A short cold open."_s));
}

void tst_PromptBuilder::extractFountain_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"INT. A - DAY\n\nText."_s << u"INT. A - DAY\n\nText.\n"_s;
    QTest::newRow("fenced") << u"```fountain\nINT. A - DAY\n\nText.\n```"_s << u"INT. A - DAY\n\nText.\n"_s;
    QTest::newRow("fenced with talk around") << u"Here it is:\n```\nINT. A - DAY\n\nText.\n```\nEnjoy!"_s
                                             << u"INT. A - DAY\n\nText.\n"_s;
    QTest::newRow("short preface") << u"Here is the new scene:\n\nINT. A - DAY\n\nText.\n"_s << u"INT. A - DAY\n\nText.\n"_s;
    QTest::newRow("action before the heading stays") << u"Rain.\n\nINT. A - DAY\n\nText.\n"_s
                                                      << u"Rain.\n\nINT. A - DAY\n\nText.\n"_s;
}

void tst_PromptBuilder::extractFountain()
{
    QFETCH(QString, answer);
    QFETCH(QString, expected);
    QCOMPARE(PromptBuilder::extractFountain(answer), expected);
}

QTEST_GUILESS_MAIN(tst_PromptBuilder)
#include "tst_promptbuilder.moc"
