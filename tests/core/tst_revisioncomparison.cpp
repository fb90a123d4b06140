// SPDX-License-Identifier: GPL-3.0-or-later
// core/revisioncomparison: revision marks, locked scene numbers and OMITTED scenes of a revised
// screenplay against its locked base.
#include <core/fountainparser.h>
#include <core/paginator.h>
#include <core/revisioncomparison.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
// The scenes of the base, each ending in a blank line so that they can be put together.
const QString kKitchen = u"INT. KITCHEN - DAY\n\nAnna pours coffee.\n\nANNA\nMorning.\n\n"_s;
const QString kGarden = u"EXT. GARDEN - DAY\n\nBen digs a hole.\n\nBEN\nNearly there.\n\n"_s;
const QString kShed = u"INT. SHED - NIGHT\n\nA lamp flickers.\n\nANNA\nWho's there?\n\n"_s;
const QString kRoad = u"EXT. ROAD - NIGHT\n\nA car drives away.\n\n"_s;
const QString kBase = kKitchen + kGarden + kShed + kRoad;
const QString kBarn = u"INT. BARN - DAY\n\nHay everywhere.\n\nBEN\nHello?\n\n"_s;
const QString kLoft = u"INT. LOFT - NIGHT\n\nDust.\n\n"_s;

QString joined(const QStringList &parts)
{
    return parts.join(QString());
}

QString edited(QString text, const QString &from, const QString &to)
{
    return text.replace(from, to);
}

// The four scenes with the locked numbers 12 to 15 written in their headings.
QString numbered(QString text)
{
    text.replace(u"INT. KITCHEN - DAY"_s, u"INT. KITCHEN - DAY #12#"_s);
    text.replace(u"EXT. GARDEN - DAY"_s, u"EXT. GARDEN - DAY #13#"_s);
    text.replace(u"INT. SHED - NIGHT"_s, u"INT. SHED - NIGHT #14#"_s);
    text.replace(u"EXT. ROAD - NIGHT"_s, u"EXT. ROAD - NIGHT #15#"_s);
    return text;
}

// "number text" per changed element, the number being its scene's ("" before the first heading).
QStringList changedTexts(const Screenplay &play, const RevisionComparison &c)
{
    QStringList out;
    QString scene;
    for (qsizetype i = 0; i < play.elements.size() && i < c.changed.size(); ++i) {
        const ScreenplayElement &e = play.elements[i];
        if (e.type == ElementType::SceneHeading) {
            scene = c.sceneNumbers.value(i);
        }
        if (c.changed[i]) {
            if (scene.isEmpty()) {
                out.append(e.text);
            } else {
                out.append(scene + u' ' + e.text);
            }
        }
    }
    return out;
}

QStringList headingNumbers(const Screenplay &play, const RevisionComparison &c)
{
    QStringList out;
    for (qsizetype i = 0; i < play.elements.size(); ++i) {
        if (play.elements[i].type == ElementType::SceneHeading) {
            out.append(c.sceneNumbers.value(i));
        }
    }
    return out;
}

// "3 before EXT. ROAD - NIGHT" or "4 at end".
QStringList omittedAt(const Screenplay &play, const RevisionComparison &c)
{
    QStringList out;
    for (const RevisionComparison::Omitted &o : c.omitted) {
        if (o.before >= 0 && o.before < play.elements.size()) {
            out.append(u"%1 before %2"_s.arg(o.number, play.elements[o.before].text));
        } else if (o.before == play.elements.size()) {
            out.append(u"%1 at end"_s.arg(o.number));
        } else {
            out.append(u"%1 out of range (%2)"_s.arg(o.number).arg(o.before));
        }
    }
    return out;
}

QString bigFish()
{
    return QStringLiteral(SPIELBERG_CORPUS) + u"/screenplays/Big-Fish.fountain"_s;
}
} // namespace

class tst_RevisionComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }
    void compare_data();
    void compare();
    void lettersRunPastZ();
    void bigFishThreeLinesAndOneScene();
    void lockedPagesGrowAndShrink();
};

void tst_RevisionComparison::compare_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("revised");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QStringList>("omitted");

    const QStringList four{u"1"_s, u"2"_s, u"3"_s, u"4"_s};
    const QStringList none;
    const QStringList all{u"1 INT. KITCHEN - DAY"_s, u"1 Anna pours coffee."_s, u"1 ANNA"_s,
                          u"1 Morning."_s, u"2 EXT. GARDEN - DAY"_s, u"2 Ben digs a hole."_s,
                          u"2 BEN"_s, u"2 Nearly there."_s, u"3 INT. SHED - NIGHT"_s,
                          u"3 A lamp flickers."_s, u"3 ANNA"_s, u"3 Who's there?"_s,
                          u"4 EXT. ROAD - NIGHT"_s, u"4 A car drives away."_s};
    const auto barn = [](const QString &number) {
        return QStringList{number + u" INT. BARN - DAY"_s, number + u" Hay everywhere."_s,
                           number + u" BEN"_s, number + u" Hello?"_s};
    };

    QTest::newRow("identical") << kBase << kBase << none << four << none;
    QTest::newRow("one dialogue word changed")
        << kBase << edited(kBase, u"Nearly there."_s, u"Almost there."_s)
        << QStringList{u"2 Almost there."_s} << four << none;
    QTest::newRow("scene inserted after scene 2")
        << kBase << joined({kKitchen, kGarden, kBarn, kShed, kRoad}) << barn(u"2A"_s)
        << QStringList{u"1"_s, u"2"_s, u"2A"_s, u"3"_s, u"4"_s} << none;
    QTest::newRow("two scenes inserted in a row")
        << kBase << joined({kKitchen, kGarden, kBarn, kLoft, kShed, kRoad})
        << barn(u"2A"_s) + QStringList{u"2B INT. LOFT - NIGHT"_s, u"2B Dust."_s}
        << QStringList{u"1"_s, u"2"_s, u"2A"_s, u"2B"_s, u"3"_s, u"4"_s} << none;
    QTest::newRow("scene inserted before the first")
        << kBase << joined({kBarn, kBase}) << barn(u"A1"_s)
        << QStringList{u"A1"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s} << none;
    QTest::newRow("scene deleted")
        << kBase << joined({kKitchen, kGarden, kRoad}) << none
        << QStringList{u"1"_s, u"2"_s, u"4"_s}
        << QStringList{u"3 before EXT. ROAD - NIGHT"_s};
    QTest::newRow("last scene deleted")
        << kBase << joined({kKitchen, kGarden, kShed}) << none
        << QStringList{u"1"_s, u"2"_s, u"3"_s}
        << QStringList{u"4 at end"_s};
    QTest::newRow("scene replaced in place keeps the number")
        << kBase << joined({kKitchen, kGarden, kBarn, kRoad}) << barn(u"3"_s) << four << none;
    QTest::newRow("scene moved is new where it stands, omitted where it stood")
        << kBase << joined({kKitchen, kRoad, kGarden, kShed})
        << QStringList{u"1A EXT. ROAD - NIGHT"_s, u"1A A car drives away."_s}
        << QStringList{u"1"_s, u"1A"_s, u"2"_s, u"3"_s} << QStringList{u"4 at end"_s};
    QTest::newRow("heading changed from DAY to NIGHT keeps its number")
        << kBase << edited(kBase, u"EXT. GARDEN - DAY"_s, u"EXT. GARDEN - NIGHT"_s)
        << QStringList{u"2 EXT. GARDEN - NIGHT"_s} << four << none;
    QTest::newRow("heading recased is the same scene, marked")
        << kBase << edited(kBase, u"INT. SHED - NIGHT"_s, u"INT. Shed - NIGHT"_s)
        << QStringList{u"3 INT. Shed - NIGHT"_s} << four << none;
    QTest::newRow("line cut marks the paragraph after it")
        << kBase << edited(kBase, u"Anna pours coffee.\n\n"_s, QString())
        << QStringList{u"1 ANNA"_s} << four << none;
    QTest::newRow("cut at the end of a scene marks its last paragraph")
        << kBase << edited(kBase, u"ANNA\nWho's there?\n\n"_s, QString())
        << QStringList{u"3 A lamp flickers."_s} << four << none;
    QTest::newRow("notes added and changed print nothing new")
        << edited(kBase, u"Morning."_s, u"Morning. [[Too cheerful?]]"_s)
        << edited(edited(kBase, u"Morning."_s, u"Morning. [[Cut?]]"_s), u"Anna pours coffee."_s,
                  u"Anna [[or Ben]] pours coffee."_s)
        << none << four << none;
    QTest::newRow("boneyard added prints nothing new")
        << kBase
        << edited(edited(kBase, u"INT. SHED"_s, u"/* The garden ran long. */\n\nINT. SHED"_s),
                  u"Ben digs a hole."_s, u"Ben digs a hole. /* Deeper? */"_s)
        << none << four << none;
    QTest::newRow("white space at line ends, runs of spaces and blank lines")
        << kBase
        << edited(edited(edited(edited(kBase, u"Ben digs a hole."_s, u"Ben digs a hole.   "_s),
                                u"Morning."_s, u"Morning.\t"_s),
                         u"A lamp flickers."_s, u"A lamp  flickers."_s),
                  u"Who's there?\n\n"_s, u"Who's there?\n\n\n\n"_s)
        << none << four << none;
    QTest::newRow("sections and synopses are never marked")
        << joined({kKitchen, u"= Ben's plan.\n\n"_s, kGarden, kShed, kRoad})
        << joined({u"# ACT ONE\n\n"_s, kBase}) << none << four << none;
    QTest::newRow("explicit numbers are kept, new and omitted scenes follow them")
        << numbered(kBase) << numbered(joined({kKitchen, kBarn, kGarden, kRoad})) << barn(u"12A"_s)
        << QStringList{u"12"_s, u"12A"_s, u"13"_s, u"15"_s}
        << QStringList{u"14 before EXT. ROAD - NIGHT"_s};
    QTest::newRow("explicit numbers, scene before the first")
        << numbered(kBase) << numbered(joined({kBarn, kBase})) << barn(u"A12"_s)
        << QStringList{u"A12"_s, u"12"_s, u"13"_s, u"14"_s, u"15"_s} << none;
    QTest::newRow("empty base: everything changed") << QString() << kBase << all << four << none;
    QTest::newRow("base without scenes") << u"Some action.\n"_s << kBase << all << four << none;
    QTest::newRow("empty revised")
        << kBase << QString() << none << none
        << QStringList{u"1 at end"_s, u"2 at end"_s, u"3 at end"_s, u"4 at end"_s};
    QTest::newRow("revised without scenes")
        << kBase << u"Some action.\n"_s << QStringList{u"Some action."_s} << none
        << QStringList{u"1 at end"_s, u"2 at end"_s, u"3 at end"_s, u"4 at end"_s};
    QTest::newRow("both empty") << QString() << QString() << none << none << none;
}

void tst_RevisionComparison::compare()
{
    QFETCH(QString, base);
    QFETCH(QString, revised);
    QFETCH(QStringList, changed);
    QFETCH(QStringList, numbers);
    QFETCH(QStringList, omitted);

    const Screenplay play = FountainParser::parse(revised);
    const RevisionComparison c = RevisionComparison::compare(base, revised);
    QCOMPARE(c.changed.size(), play.elements.size());
    QCOMPARE(c.sceneNumbers.size(), play.elements.size());
    QCOMPARE(changedTexts(play, c), changed);
    QCOMPARE(headingNumbers(play, c), numbers);
    QCOMPARE(omittedAt(play, c), omitted);
    for (qsizetype i = 0; i < play.elements.size(); ++i) {
        if (play.elements[i].type != ElementType::SceneHeading) {
            QVERIFY2(c.sceneNumbers[i].isEmpty(), qPrintable(play.elements[i].text));
        }
    }
    QVERIFY(RevisionComparison::compare(FountainParser::parse(base), play) == c);
}

void tst_RevisionComparison::lettersRunPastZ()
{
    QString rooms;
    for (int k = 1; k <= 28; ++k) {
        rooms += u"INT. ROOM %1 - DAY\n\nRoom %1.\n\n"_s.arg(k);
    }
    const QString revised = joined({kKitchen, kGarden, rooms, kShed, kRoad});
    const QStringList numbers = headingNumbers(FountainParser::parse(revised),
                                               RevisionComparison::compare(kBase, revised));
    QCOMPARE(numbers.size(), 32);
    QCOMPARE(numbers.mid(0, 4), (QStringList{u"1"_s, u"2"_s, u"2A"_s, u"2B"_s}));
    QCOMPARE(numbers[27], u"2Z"_s);
    QCOMPARE(numbers[28], u"2AA"_s);
    QCOMPARE(numbers[29], u"2AB"_s);
    QCOMPARE(numbers.mid(30), (QStringList{u"3"_s, u"4"_s}));
}

void tst_RevisionComparison::bigFishThreeLinesAndOneScene()
{
    QFile file(bigFish());
    if (!file.exists()) {
        QSKIP("Big-Fish.fountain is not in ../shared/corpus/screenplays (corpus absent)");
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<QString> decoded = FountainParser::decode(file.readAll());
    QVERIFY(decoded);
    const QString baseText = *decoded;

    // Two dialogue lines and one line inside a long action block rewritten, and a scene
    // inserted between the second and the third.
    const QList<std::pair<QString, QString>> edits{
        {u"Make him stop."_s, u"Make him stop right now."_s},
        {u"The carnies GASP."_s, u"The carnies GASP in horror."_s},
        {u"Didn't kill anything, did I?"_s, u"Didn't kill anybody, did I?"_s},
    };
    QStringList lines = baseText.split(u'\n');
    for (const auto &[from, to] : edits) {
        QCOMPARE(lines.count(from), 1);
        lines[lines.indexOf(from)] = to;
    }
    const QString nextHeading = u"INT.  BLOOM FRONT HALL - NIGHT (1987)"_s;
    QCOMPARE(lines.count(nextHeading), 1);
    const QStringList scene{u"EXT.  RIVERBANK - DAY"_s, QString(),
                            u"Will skips a stone across the water."_s, QString(), u"WILL"_s,
                            u"One day I'll catch it."_s, QString()};
    qsizetype at = lines.indexOf(nextHeading);
    for (const QString &line : scene) {
        lines.insert(at++, line);
    }
    const QString revisedText = lines.join(u'\n');

    const Screenplay base = FountainParser::parse(baseText);
    const Screenplay revised = FountainParser::parse(revisedText);
    QElapsedTimer timer;
    timer.start();
    const RevisionComparison c = RevisionComparison::compare(base, revised);
    qInfo("Big Fish compared in %lld ms", qint64(timer.elapsed()));

    // The expected marks: the paragraph holding each rewritten line, and the new scene whole.
    QList<qsizetype> expected;
    for (const auto &edit : edits) {
        QList<qsizetype> holding;
        for (qsizetype i = 0; i < revised.elements.size(); ++i) {
            if (revised.elements[i].text.split(u'\n').contains(edit.second)) {
                holding.append(i);
            }
        }
        QCOMPARE(holding.size(), 1);
        expected.append(holding.first());
    }
    qsizetype heading = -1;
    for (qsizetype i = 0; i < revised.elements.size(); ++i) {
        if (revised.elements[i].type == ElementType::SceneHeading
            && revised.elements[i].text == scene.first()) {
            heading = i;
        }
    }
    QVERIFY(heading >= 0);
    QVERIFY(heading + 4 < revised.elements.size());
    QCOMPARE(revised.elements[heading + 3].text, u"One day I'll catch it."_s);
    QCOMPARE(revised.elements[heading + 4].text, nextHeading);
    for (qsizetype i = heading; i < heading + 4; ++i) {
        expected.append(i);
    }
    std::sort(expected.begin(), expected.end());

    const auto describe = [&revised](qsizetype i) {
        return u"%1 %2"_s.arg(i).arg(revised.elements[i].text.left(40));
    };
    QStringList expectedMarks;
    for (qsizetype i : expected) {
        expectedMarks.append(describe(i));
    }
    QStringList marks;
    for (qsizetype i = 0; i < c.changed.size(); ++i) {
        if (c.changed[i]) {
            marks.append(describe(i));
        }
    }
    QCOMPARE(c.changed.size(), revised.elements.size());
    QCOMPARE(marks, expectedMarks);

    // Base scenes number 1, 2, 3…; the new one after 2 is 2A and the rest keep theirs.
    QStringList expectedNumbers;
    for (const ScreenplayElement &e : base.elements) {
        if (e.type == ElementType::SceneHeading) {
            expectedNumbers.append(QString::number(expectedNumbers.size() + 1));
        }
    }
    QVERIFY(expectedNumbers.size() > 100);
    expectedNumbers.insert(2, u"2A"_s);
    QCOMPARE(c.sceneNumbers[heading], u"2A"_s);
    QCOMPARE(headingNumbers(revised, c), expectedNumbers);
    QVERIFY(c.omitted.isEmpty());

    // Against itself: no mark, no omission.
    const RevisionComparison same = RevisionComparison::compare(base, base);
    QVERIFY(!same.changed.contains(true));
    QVERIFY(same.omitted.isEmpty());
}

// Ten scenes of a page each: the base numbers 1–10. Doubling scene 3 spills onto 3A; cutting
// scene 6 makes the page that now holds scene 7 "6-7"; the rest keep their numbers.
void tst_RevisionComparison::lockedPagesGrowAndShrink()
{
    const auto scene = [](int n, int paragraphs) {
        QString text = u"INT. ROOM %1 - DAY\n\n"_s.arg(n);
        for (int p = 0; p < paragraphs; ++p) {
            text += u"Rain runs down glass %1 in long grey lines (%2) while the kettle ticks on the stove "
                    "and nobody speaks.\n\n"_s.arg(n).arg(p);
        }
        return text;
    };
    QString base;
    for (int n = 1; n <= 10; ++n) {
        base += scene(n, 14) + u"===\n\n"_s; // a page each
    }
    const PageLayout layout = PageLayout::letter();
    const Screenplay basePlay = FountainParser::parse(base);
    QCOMPARE(Paginator::paginate(basePlay, layout).size(), 10);
    const auto labels = [&](const QString &revisedText) {
        const Screenplay revised = FountainParser::parse(revisedText);
        const RevisionComparison comparison = RevisionComparison::compare(basePlay, revised);
        QStringList out;
        for (const Page &page : RevisionComparison::lockedPages(basePlay, comparison.numbered(revised), base,
                                                                 revisedText, layout)) {
            out.append(page.printedNumber());
        }
        return out;
    };
    QCOMPARE(labels(base), (QStringList{QString(), u"2."_s, u"3."_s, u"4."_s, u"5."_s, u"6."_s, u"7."_s,
                                        u"8."_s, u"9."_s, u"10."_s}));
    QString grown = base;
    grown.replace(scene(3, 14), scene(3, 24));
    QCOMPARE(labels(grown), (QStringList{QString(), u"2."_s, u"3."_s, u"3A."_s, u"4."_s, u"5."_s, u"6."_s,
                                         u"7."_s, u"8."_s, u"9."_s, u"10."_s}));
    QString cut = base;
    cut.replace(scene(6, 14) + u"===\n\n"_s, QString());
    const QStringList shrunk = labels(cut);
    QCOMPARE(shrunk, (QStringList{QString(), u"2."_s, u"3."_s, u"4."_s, u"5."_s, u"6-7."_s, u"8."_s, u"9."_s,
                                  u"10."_s}));
}

QTEST_GUILESS_MAIN(tst_RevisionComparison)
#include "tst_revisioncomparison.moc"
