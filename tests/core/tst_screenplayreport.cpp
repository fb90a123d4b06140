// SPDX-License-Identifier: GPL-3.0-or-later
// The production breakdown: characters counted as ScreenplayStatistics counts them, locations
// split by INT/EXT with their times of day, scenes with their pages and lengths in eighths.
#include <core/fountainparser.h>
#include <core/paginator.h>
#include <core/screenplayreport.h>
#include <core/screenplaystatistics.h>

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {

Screenplay parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const Result<QString> text = FountainParser::decode(file.readAll());
    return text ? FountainParser::parse(*text) : Screenplay{};
}

QString bigFish()
{
    return QStringLiteral(SPIELBERG_CORPUS) + u"/screenplays/Big-Fish.fountain"_s;
}

qsizetype indexOf(const QList<ScreenplayReport::Character> &characters, const QString &name)
{
    for (qsizetype k = 0; k < characters.size(); ++k) {
        if (characters.at(k).name == name) {
            return k;
        }
    }
    return -1;
}

QStringList namesOf(const QList<ScreenplayReport::Character> &characters)
{
    QStringList out;
    for (const ScreenplayReport::Character &c : characters) {
        out.append(c.name);
    }
    return out;
}

// Where the report's characters differ from ScreenplayStatistics' (the same people, the same
// dialogue blocks and words), in a sentence; empty when they agree. The test function asserts.
QString differenceFromStatistics(const Screenplay &play, const ScreenplayReport &report)
{
    const ScreenplayStatistics stats = ScreenplayStatistics::compute(play);
    if (report.characters.size() != stats.characters.size()) {
        return u"%1 characters, statistics count %2"_s.arg(report.characters.size()).arg(stats.characters.size());
    }
    for (const ScreenplayStatistics::Character &s : stats.characters) {
        const qsizetype k = indexOf(report.characters, s.name);
        if (k < 0) {
            return u"%1 is missing"_s.arg(s.name);
        }
        const ScreenplayReport::Character &c = report.characters.at(k);
        if (c.dialogueBlocks != s.dialogueBlocks || c.words != s.words) {
            return u"%1: %2 blocks and %3 words, statistics count %4 and %5"_s.arg(s.name)
                .arg(c.dialogueBlocks)
                .arg(c.words)
                .arg(s.dialogueBlocks)
                .arg(s.words);
        }
    }
    return QString();
}

QString filler(int lines)
{
    QString text;
    for (int i = 0; i < lines; ++i) {
        text += u"Filler action line number %1.\n\n"_s.arg(i);
    }
    return text;
}

} // namespace

class tst_ScreenplayReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void charactersAreOnePersonWhateverTheExtension();
    void headingParts_data();
    void headingParts();
    void locationsSplitByIntExtWithTheirTimes();
    void scenesHaveNumbersPagesAndEighths();
    void cuePagesSkipWhatThePaginatorAdds();
    void noScenes();
    void bigFishAgreesWithStatistics();
};

void tst_ScreenplayReport::charactersAreOnePersonWhateverTheExtension()
{
    const QString text = u"Title: Test\n\nINT. KITCHEN - DAY\n\nJoe cooks.\n\n"
                         "JOE\nHello there.\n\n"
                         "MARY (V.O.)\nHi, Joe.\n\n"
                         "JOE (CONT'D)\n(smiling)\nHow's it going?\n\n"
                         "EXT. GARDEN - NIGHT\n\n"
                         "ZED\nYo.\n\n"
                         "ANN\nHey.\n\n"
                         "MARY\nFine thanks.\n\n"
                         "JOE ^\nGood.\n"_s;
    const Screenplay play = FountainParser::parse(text);
    const ScreenplayReport report = ScreenplayReport::compute(play);

    // Most words first; ANN and ZED tie on one word each and stand by name.
    QCOMPARE(namesOf(report.characters),
             (QStringList{u"JOE"_s, u"MARY"_s, u"ANN"_s, u"ZED"_s}));
    const ScreenplayReport::Character &joe = report.characters.at(0);
    QCOMPARE(joe.dialogueBlocks, 3);
    QCOMPARE(joe.words, 6); // Hello there / How's it going / Good: the parenthetical is no dialogue
    QCOMPARE(joe.scenes, 2);
    QCOMPARE(joe.firstScene, u"1"_s);
    QCOMPARE(joe.lastScene, u"2"_s);
    QCOMPARE(joe.firstPage, 1);
    QCOMPARE(joe.lastPage, 1);
    const ScreenplayReport::Character &mary = report.characters.at(1);
    QCOMPARE(mary.dialogueBlocks, 2);
    QCOMPARE(mary.words, 4);
    QCOMPARE(mary.scenes, 2);
    const ScreenplayReport::Character &zed = report.characters.at(3);
    QCOMPARE(zed.scenes, 1);
    QCOMPARE(zed.firstScene, u"2"_s);
    QCOMPARE(zed.lastScene, u"2"_s);

    QCOMPARE(report.scenes.size(), 2);
    QCOMPARE(report.scenes.at(0).characters, (QStringList{u"JOE"_s, u"MARY"_s}));
    QCOMPARE(report.scenes.at(1).characters,
             (QStringList{u"ZED"_s, u"ANN"_s, u"MARY"_s, u"JOE"_s}));

    const QString difference = differenceFromStatistics(play, report);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void tst_ScreenplayReport::headingParts_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("intExt");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("time");
    QTest::newRow("interior") << u"INT. HOUSE - DAY"_s << u"INT"_s << u"HOUSE"_s << u"DAY"_s;
    QTest::newRow("exterior") << u"EXT. PIER - NIGHT"_s << u"EXT"_s << u"PIER"_s << u"NIGHT"_s;
    QTest::newRow("both sides, the last dash") << u"INT./EXT. CAR - MOVING - DAY"_s << u"INT/EXT"_s
                                               << u"CAR - MOVING"_s << u"DAY"_s;
    QTest::newRow("I/E") << u"I/E CAR - NIGHT"_s << u"INT/EXT"_s << u"CAR"_s << u"NIGHT"_s;
    QTest::newRow("EXT/INT") << u"EXT/INT BARN - DUSK"_s << u"INT/EXT"_s << u"BARN"_s << u"DUSK"_s;
    QTest::newRow("establishing is exterior") << u"EST. CITY - DAWN"_s << u"EXT"_s << u"CITY"_s
                                              << u"DAWN"_s;
    QTest::newRow("lower case") << u"int. kitchen - night"_s << u"INT"_s << u"KITCHEN"_s << u"NIGHT"_s;
    QTest::newRow("no time of day") << u"INT. ATTIC"_s << u"INT"_s << u"ATTIC"_s << QString();
    QTest::newRow("forced, no prefix") << u".FLASHBACK - 1970"_s << QString() << u"FLASHBACK"_s
                                       << u"1970"_s;
    QTest::newRow("forced, spelt out") << u".INTERIOR LIGHTHOUSE - NIGHT"_s << u"INT"_s
                                       << u"LIGHTHOUSE"_s << u"NIGHT"_s;
    QTest::newRow("forced, a word that starts like INT") << u".INTO THE WOODS"_s << QString()
                                                         << u"INTO THE WOODS"_s << QString();
}

void tst_ScreenplayReport::headingParts()
{
    QFETCH(QString, heading);
    QFETCH(QString, intExt);
    QFETCH(QString, location);
    QFETCH(QString, time);
    const QString text = heading + u"\n\nSomething happens.\n"_s;
    const ScreenplayReport report = ScreenplayReport::compute(FountainParser::parse(text));
    QCOMPARE(report.scenes.size(), 1);
    const ScreenplayReport::Scene &scene = report.scenes.at(0);
    QCOMPARE(scene.intExt, intExt);
    QCOMPARE(scene.location, location);
    QCOMPARE(scene.time, time);
    QCOMPARE(scene.index, 1);
    QCOMPARE(scene.number, u"1"_s);
    QCOMPARE(scene.page, 1);
    QCOMPARE(scene.eighths, 1);
    QCOMPARE(report.locations.size(), 1);
    QCOMPARE(report.locations.at(0).intExt, intExt);
    QCOMPARE(report.locations.at(0).name, location);
}

void tst_ScreenplayReport::locationsSplitByIntExtWithTheirTimes()
{
    // Each scene is a heading and one line of action: five rows of a 54-row page, an eighth.
    const QString text = u"INT. HOUSE - DAY\n\nRain.\n\n"
                         "EXT. HOUSE - NIGHT\n\nWind.\n\n"
                         "INT. HOUSE - NIGHT\n\nSnow.\n\n"
                         "I/E CAR - DAY\n\nSun.\n\n"
                         "INT. HOUSE - DAY\n\nFog.\n"_s;
    const ScreenplayReport report = ScreenplayReport::compute(FountainParser::parse(text));
    QCOMPARE(report.scenes.size(), 5);
    for (const ScreenplayReport::Scene &scene : report.scenes) {
        QCOMPARE(scene.eighths, 1);
    }
    QCOMPARE(report.locations.size(), 3);
    const ScreenplayReport::Location &house = report.locations.at(0);
    QCOMPARE(house.name, u"HOUSE"_s);
    QCOMPARE(house.intExt, u"INT"_s);
    QCOMPARE(house.times, (QStringList{u"DAY"_s, u"NIGHT"_s}));
    QCOMPARE(house.scenes, 3);
    QCOMPARE(house.eighths, 3);
    QCOMPARE(house.pages(), 0.375);
    QCOMPARE(house.firstScene, u"1"_s);
    // Equal lengths keep the order of first use.
    const ScreenplayReport::Location &outside = report.locations.at(1);
    QCOMPARE(outside.name, u"HOUSE"_s);
    QCOMPARE(outside.intExt, u"EXT"_s);
    QCOMPARE(outside.times, QStringList{u"NIGHT"_s});
    QCOMPARE(outside.scenes, 1);
    QCOMPARE(outside.firstScene, u"2"_s);
    const ScreenplayReport::Location &car = report.locations.at(2);
    QCOMPARE(car.name, u"CAR"_s);
    QCOMPARE(car.intExt, u"INT/EXT"_s);
    QCOMPARE(car.times, QStringList{u"DAY"_s});
    QCOMPARE(car.firstScene, u"4"_s);
}

void tst_ScreenplayReport::scenesHaveNumbersPagesAndEighths()
{
    // A page break leaves the rest of the page to the scene before it: a whole page.
    const QString text = u"INT. HOUSE - DAY #12A#\n\nRain.\n\n===\n\nEXT. PIER - NIGHT\n\nWaves.\n"_s;
    const ScreenplayReport report = ScreenplayReport::compute(FountainParser::parse(text));
    QCOMPARE(report.scenes.size(), 2);
    const ScreenplayReport::Scene &first = report.scenes.at(0);
    QCOMPARE(first.index, 1);
    QCOMPARE(first.number, u"12A"_s);
    QCOMPARE(first.heading, u"INT. HOUSE - DAY"_s);
    QCOMPARE(first.page, 1);
    QCOMPARE(first.eighths, 8);
    const ScreenplayReport::Scene &second = report.scenes.at(1);
    QCOMPARE(second.index, 2);
    QCOMPARE(second.number, u"2"_s);
    QCOMPARE(second.page, 2);
    QCOMPARE(second.eighths, 1);
    QCOMPARE(report.locations.at(0).name, u"HOUSE"_s);
    QCOMPARE(report.locations.at(0).eighths, 8);
    QCOMPARE(report.locations.at(0).pages(), 1.0);
    QCOMPARE(report.locations.at(0).firstScene, u"12A"_s);
}

void tst_ScreenplayReport::cuePagesSkipWhatThePaginatorAdds()
{
    // A speech split over two pages: (MORE) under its first part and JOE (V.O.) (CONT'D) over
    // the rest are the Paginator's, not cues, so ANN's cue still prints on page 2.
    QString text = u"INT. ROOM - DAY\n\n"_s + filler(20) + u"JOE (V.O.)\n"_s;
    for (int i = 0; i < 20; ++i) {
        text += u"This is sentence %1 of a very long speech that goes on.\n"_s.arg(i);
    }
    text += u"\nANN\nYes.\n\nJOE (CONT'D)\nNo.\n"_s;
    const Screenplay play = FountainParser::parse(text);
    QCOMPARE(Paginator::paginate(play).size(), 2);
    const ScreenplayReport report = ScreenplayReport::compute(play);
    const qsizetype joe = indexOf(report.characters, u"JOE"_s);
    const qsizetype ann = indexOf(report.characters, u"ANN"_s);
    QVERIFY(joe >= 0 && ann >= 0);
    QCOMPARE(report.characters.at(joe).dialogueBlocks, 2);
    QCOMPARE(report.characters.at(joe).firstPage, 1);
    QCOMPARE(report.characters.at(joe).lastPage, 2);
    QCOMPARE(report.characters.at(ann).firstPage, 2);
    QCOMPARE(report.scenes.size(), 1);
    QVERIFY2(report.scenes.at(0).eighths > 8, qPrintable(QString::number(report.scenes.at(0).eighths)));
    const QString difference = differenceFromStatistics(play, report);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // A cue too long for one line is still one cue: BOB, on the next page, is on page 2.
    const QString longCue = u"INT. ROOM - DAY\n\nTHE VERY LONG NAMED GENTLEMAN FROM ACROSS THE STREET\n"
                            "Hello.\n\n"_s + filler(30) + u"BOB\nHi.\n"_s;
    const ScreenplayReport wrapped = ScreenplayReport::compute(FountainParser::parse(longCue));
    const qsizetype bob = indexOf(wrapped.characters, u"BOB"_s);
    const qsizetype gentleman =
        indexOf(wrapped.characters, u"THE VERY LONG NAMED GENTLEMAN FROM ACROSS THE STREET"_s);
    QVERIFY(bob >= 0 && gentleman >= 0);
    QCOMPARE(wrapped.characters.at(gentleman).firstPage, 1);
    QCOMPARE(wrapped.characters.at(bob).firstPage, 2);
}

void tst_ScreenplayReport::noScenes()
{
    const ScreenplayReport empty = ScreenplayReport::compute(Screenplay{});
    QVERIFY(empty.characters.isEmpty());
    QVERIFY(empty.locations.isEmpty());
    QVERIFY(empty.scenes.isEmpty());

    // Speech before any heading: a character in no scene, on page 1.
    const Screenplay play = FountainParser::parse(u"Just action.\n\nJOE\nHi there.\n"_s);
    const ScreenplayReport report = ScreenplayReport::compute(play);
    QVERIFY(report.scenes.isEmpty());
    QVERIFY(report.locations.isEmpty());
    QCOMPARE(report.characters.size(), 1);
    const ScreenplayReport::Character &joe = report.characters.at(0);
    QCOMPARE(joe.name, u"JOE"_s);
    QCOMPARE(joe.scenes, 0);
    QCOMPARE(joe.dialogueBlocks, 1);
    QCOMPARE(joe.words, 2);
    QVERIFY(joe.firstScene.isEmpty());
    QVERIFY(joe.lastScene.isEmpty());
    QCOMPARE(joe.firstPage, 1);
    QCOMPARE(joe.lastPage, 1);
}

void tst_ScreenplayReport::bigFishAgreesWithStatistics()
{
    if (!QFile::exists(bigFish())) {
        QSKIP("Big-Fish.fountain is not in ../shared/corpus/screenplays (corpus absent)");
    }
    const Screenplay play = parseFile(bigFish());
    QVERIFY(!play.elements.isEmpty());
    const ScreenplayReport report = ScreenplayReport::compute(play);
    const QString difference = differenceFromStatistics(play, report);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    const int pages = int(Paginator::paginate(play).size());
    const ScreenplayStatistics stats = ScreenplayStatistics::compute(play);
    QCOMPARE(int(report.scenes.size()), stats.scenes);
    int previousPage = 1;
    int eighths = 0;
    for (const ScreenplayReport::Scene &scene : report.scenes) {
        QVERIFY2(scene.page >= previousPage && scene.page <= pages, qPrintable(scene.number));
        QVERIFY(scene.eighths >= 1);
        previousPage = scene.page;
        eighths += scene.eighths;
    }
    // Scenes cover the pages from the first heading on; each length is rounded to an eighth
    // (half an eighth down at most, less than one up when a short scene counts as one).
    const qsizetype n = report.scenes.size();
    QVERIFY2(eighths >= pages * 8 - 8 - n / 2 && eighths <= pages * 8 + n,
             qPrintable(u"%1 eighths on %2 pages"_s.arg(eighths).arg(pages)));
    for (const ScreenplayReport::Character &c : report.characters) {
        QVERIFY2(c.firstPage >= 1 && c.firstPage <= c.lastPage && c.lastPage <= pages, qPrintable(c.name));
        QCOMPARE(c.scenes > 0, !c.firstScene.isEmpty());
    }
    int locationEighths = 0;
    int locationScenes = 0;
    for (const ScreenplayReport::Location &l : report.locations) {
        locationEighths += l.eighths;
        locationScenes += l.scenes;
    }
    QCOMPARE(locationEighths, eighths);
    QCOMPARE(locationScenes, int(n));
}

QTEST_GUILESS_MAIN(tst_ScreenplayReport)
#include "tst_screenplayreport.moc"
