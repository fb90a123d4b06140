// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a scene in a script's Fountain: the story board's drag and drop.
#include <core/scenemover.h>
#include <core/scenesplitter.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
QString moved(const QString &text, int from, int before)
{
    return SceneMover::moveBefore(text, SceneMover::spans(text), from, before).applyTo(text);
}

QStringList headings(const QString &text)
{
    QStringList out;
    for (const SplitScene &s : SceneSplitter::split(text).scenes) {
        out << s.heading;
    }
    return out;
}

const QString kScript = u"Title: Five\n\nINT. ONE - DAY\n\nOne.\n\nINT. TWO - DAY\n\nTwo.\n\nINT. THREE - DAY\n\nThree.\n\n"
                        "INT. FOUR - DAY\n\nFour.\n\nINT. FIVE - DAY\n\nFive."_s;
} // namespace

class tst_SceneMover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spansCoverTheText();
    void secondToFifth();
    void backAndForthIsTheSameText();
    void lastSceneGetsItsBlankLine();
    void sectionsStayWithTheirAct();
    void theEditIsMinimal();
    void nothingMovesOntoItself();
    void crlfKept();
};

void tst_SceneMover::spansCoverTheText()
{
    const QList<SceneSpan> spans = SceneMover::spans(kScript);
    QCOMPARE(spans.size(), 5);
    QCOMPARE(kScript.mid(spans[0].start, 14), u"INT. ONE - DAY"_s);
    for (int i = 1; i < spans.size(); ++i) {
        QCOMPARE(spans[i].start, spans[i - 1].end);
    }
    QCOMPARE(spans.last().end, kScript.size());
}

void tst_SceneMover::secondToFifth()
{
    // Card 2 dropped after card 5: TWO comes last, a blank line before it.
    const QString text = moved(kScript, 1, 5);
    QCOMPARE(headings(text), (QStringList{u"INT. ONE - DAY"_s, u"INT. THREE - DAY"_s, u"INT. FOUR - DAY"_s,
                                          u"INT. FIVE - DAY"_s, u"INT. TWO - DAY"_s}));
    QVERIFY(text.contains(u"Five.\n\nINT. TWO - DAY\n\nTwo.\n\n"_s));
    QVERIFY(text.startsWith(u"Title: Five\n\nINT. ONE - DAY\n\nOne.\n\nINT. THREE"_s));
}

void tst_SceneMover::backAndForthIsTheSameText()
{
    const QString there = moved(kScript, 0, 3); // ONE before FOUR
    QCOMPARE(headings(there).at(2), u"INT. ONE - DAY"_s);
    const QString back = moved(there, 2, 0);
    QCOMPARE(headings(back), headings(kScript));
}

void tst_SceneMover::lastSceneGetsItsBlankLine()
{
    // FIVE ends the text without a line break; moved to the front it needs one before TWO… ONE.
    const QString text = moved(kScript, 4, 0);
    QVERIFY2(text.contains(u"INT. FIVE - DAY\n\nFive.\n\nINT. ONE - DAY"_s), qPrintable(text));
    QCOMPARE(headings(text).size(), 5);
}

void tst_SceneMover::sectionsStayWithTheirAct()
{
    const QString text = u"# ACT ONE\n\nINT. A - DAY\n\nA.\n\nINT. B - DAY\n\nB.\n\n# ACT TWO\n\nINT. C - DAY\n\nC.\n"_s;
    const QList<SceneSpan> spans = SceneMover::spans(text);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(text.mid(spans[1].bodyEnd, 9), u"# ACT TWO"_s);
    // B before C: into act two, after its section line.
    const QString intoTwo = SceneMover::moveBefore(text, spans, 1, 2).applyTo(text);
    QCOMPARE(intoTwo, u"# ACT ONE\n\nINT. A - DAY\n\nA.\n\n# ACT TWO\n\nINT. B - DAY\n\nB.\n\nINT. C - DAY\n\nC.\n"_s);
    // C after A: the end of act one, ahead of the section line.
    const QString intoOne = SceneMover::moveAfter(text, spans, 2, 0).applyTo(text);
    QCOMPARE(intoOne, u"# ACT ONE\n\nINT. A - DAY\n\nA.\n\nINT. C - DAY\n\nC.\n\nINT. B - DAY\n\nB.\n\n# ACT TWO\n\n"_s);
    QCOMPARE(headings(intoOne), (QStringList{u"INT. A - DAY"_s, u"INT. C - DAY"_s, u"INT. B - DAY"_s}));
}

void tst_SceneMover::theEditIsMinimal()
{
    const QList<SceneSpan> spans = SceneMover::spans(kScript);
    const TextEdit edit = SceneMover::moveBefore(kScript, spans, 2, 1); // THREE before TWO
    QVERIFY(edit.start >= spans[1].start);
    QVERIFY(edit.start + edit.removed <= spans[2].end);
    QCOMPARE(headings(edit.applyTo(kScript)).mid(0, 3),
             (QStringList{u"INT. ONE - DAY"_s, u"INT. THREE - DAY"_s, u"INT. TWO - DAY"_s}));
}

void tst_SceneMover::nothingMovesOntoItself()
{
    const QList<SceneSpan> spans = SceneMover::spans(kScript);
    QVERIFY(SceneMover::moveBefore(kScript, spans, 2, 2).isEmpty());
    QVERIFY(SceneMover::moveBefore(kScript, spans, 2, 3).isEmpty());
    QVERIFY(SceneMover::moveAfter(kScript, spans, 2, 2).isEmpty());
    QVERIFY(SceneMover::moveBefore(kScript, spans, 7, 0).isEmpty());
    QVERIFY(SceneMover::moveBefore(kScript.left(40), spans, 1, 0).isEmpty()); // stale spans
}

void tst_SceneMover::crlfKept()
{
    const QString text = u"INT. A - DAY\r\n\r\nA.\r\n\r\nINT. B - DAY\r\n\r\nB."_s;
    const QString out = moved(text, 1, 0);
    QCOMPARE(out, u"INT. B - DAY\r\n\r\nB.\r\n\r\nINT. A - DAY\r\n\r\nA.\r\n\r\n"_s);
}

QTEST_GUILESS_MAIN(tst_SceneMover)
#include "tst_scenemover.moc"
