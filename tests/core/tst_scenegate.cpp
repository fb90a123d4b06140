// SPDX-License-Identifier: GPL-3.0-or-later
// The quality gate on every scene the story engine writes, and the text it keeps.
#include <core/cueresolver.h>
#include <core/fountainparser.h>
#include <core/scenegate.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_SceneGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problems_data();
    void problems();
    void cleanPutsTheOutlineHeadingOnTop_data();
    void cleanPutsTheOutlineHeadingOnTop();
    void cleanKeepsOneScene();
    void cleanKeepsLastDialogue();
};

namespace {
const QString kScene = u"INT. KITCHEN - NIGHT\n\nMara pours tea.\n\nMARA QUINN\nSit.\n\nJONAS REED\n(quietly)\nNo.\n"_s;
}

void tst_SceneGate::problems_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("mentions"); // one entry per expected problem, a word it contains
    QTest::newRow("clean") << kScene << QStringList{};
    QTest::newRow("minor role") << QString(kScene + u"\nWAITER\nMore tea?\n"_s) << QStringList{};
    QTest::newRow("dialogue that sounds like talk") << QString(kScene + u"\nMARA QUINN\nOkay. Here is the key.\n"_s)
                                                    << QStringList{};
    QTest::newRow("empty") << u"  \n"_s << QStringList{u"empty"_s};
    QTest::newRow("fences") << QString(u"```fountain\n"_s + kScene + u"```\n"_s) << QStringList{u"code fences"_s};
    QTest::newRow("commentary") << QString(u"Here is the scene you asked for:\n\n"_s + kScene + u"\nLet me know if you want changes.\n"_s)
                                << QStringList{u"commentary"_s};
    QTest::newRow("unknown cue") << QString(kScene + u"\nGHOST\nBoo.\n"_s) << QStringList{u"GHOST"_s};
    QTest::newRow("two names") << QString(kScene + u"\nMARA\nSit down.\n"_s) << QStringList{u"several names"_s};
    QTest::newRow("heading only") << u"INT. KITCHEN - NIGHT\n"_s << QStringList{u"no action or dialogue"_s};
    QTest::newRow("two scenes") << QString(kScene + u"\nEXT. YARD - NIGHT\n\nRain.\n"_s) << QStringList{u"2 scene headings"_s};
}

void tst_SceneGate::problems()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, mentions);
    const CueResolver cast({u"Mara Quinn"_s, u"Jonas Reed"_s});
    const QStringList found = SceneGate::problems(answer, cast);
    QCOMPARE(found.size(), mentions.size());
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        QVERIFY2(found[i].contains(mentions[i]), qPrintable(found[i]));
    }
}

void tst_SceneGate::cleanPutsTheOutlineHeadingOnTop_data()
{
    QTest::addColumn<QString>("answer");
    QTest::newRow("same heading") << kScene;
    QTest::newRow("another heading") << QString(kScene).replace(u"INT. KITCHEN - NIGHT"_s, u"INT. SOMEWHERE ELSE - DAY"_s);
    QTest::newRow("no heading") << QString(kScene).remove(u"INT. KITCHEN - NIGHT\n\n"_s);
    QTest::newRow("fenced with talk") << QString(u"Sure! Here is the scene:\n\n```\n"_s + kScene + u"```\n\nLet me know.\n"_s);
}

void tst_SceneGate::cleanPutsTheOutlineHeadingOnTop()
{
    QFETCH(QString, answer);
    QCOMPARE(SceneGate::clean(answer, u"INT. KITCHEN - NIGHT"_s), kScene);
}

void tst_SceneGate::cleanKeepsLastDialogue()
{
    const QString scene = kScene + u"\nMARA QUINN\nSure. Let me know when.\n"_s;
    QCOMPARE(SceneGate::clean(scene, u"INT. KITCHEN - NIGHT"_s), scene);
}

void tst_SceneGate::cleanKeepsOneScene()
{
    // A label before the scene and a second heading inside: still one scene, the outline's.
    const QString answer = u"Scene 3:\n\nINT. SOMEWHERE - DAY\n\nMara runs.\n\nEXT. YARD - NIGHT\n\nRain.\n"_s;
    const QString cleaned = SceneGate::clean(answer, u"INT. KITCHEN - NIGHT"_s);
    QCOMPARE(cleaned, u"INT. KITCHEN - NIGHT\n\nMara runs.\n\n!EXT. YARD - NIGHT\n\nRain.\n"_s);
    int headings = 0;
    for (const ScreenplayElement &e : FountainParser::parse(cleaned).elements) {
        headings += e.type == ElementType::SceneHeading ? 1 : 0;
    }
    QCOMPARE(headings, 1);
}

QTEST_GUILESS_MAIN(tst_SceneGate)
#include "tst_scenegate.moc"
