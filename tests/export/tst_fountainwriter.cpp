// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/fountainparser.h>
#include <export/fountainwriter.h>

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_FountainWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void forcesOnlyWhereNeeded();
    void constructedScreenplay();
};

void tst_FountainWriter::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("all elements")
        << u"Title: T\nAuthor: A\nContact:\n    line one\n    line two\n\n# Act One\n\n= Synopsis\n\n"
           "INT. HOUSE - DAY #1A#\n\nAction here.\n\n\nMore action\nover lines.\n\nJOHN (V.O.)\n(quietly)\n"
           "Hello.\n  \nAgain.\n~a lyric\n\nMARY ^\nHi.\n\nCUT TO:\n\n> THE END <\n\n===\n\n!ALL CAPS ACTION\n"
           "STILL ACTION\n\n@McClane\nYippee.\n\n.forced heading\n\n> Fade to white.\n\n~Lyric alone\n"_s;
    // Found by fuzz_fountain: a forced cue with no speech after it lost its "@".
    QTest::newRow("a cue alone at the end") << u"INT. H@O.SE - \r\n@O.SE - "_s;
    QTest::newRow("a cue alone before action") << u"@MARY\n\nShe leaves.\n"_s;
    // Found by fuzz_fountain: a forced action that begins with blank lines, after blank lines.
    QTest::newRow("forced action opening on blank lines")
        << u"TOMAS\nHere!\n\n\n\n\n!\n\nThe beam sweeps.\n\nFADE OUT.\n"_s;
    // …and one that ends on them: an empty forced line after an action joins it.
    QTest::newRow("action closing on blank lines") << u"INT. CAR - DAY\n\nJOHN\n  \nTwo spaces.\n\n!\n"_s;
    // …and a title-page line holding only a vertical tab between tabs.
    QTest::newRow("title page line of a vertical tab") << u"Title: Keeper\n\t\v\t\nAuthor: M\n\nINT. A - DAY\n"_s;
    const QString dir = QStringLiteral(SPIELBERG_CORPUS);
    if (QDir(dir).exists()) {
        for (const QString &sub : {u"/screenplays"_s, u"/suites/screenplain"_s}) {
            const QDir d(dir + sub);
            for (const QString &name : d.entryList({u"*.fountain"_s}, QDir::Files, QDir::Name)) {
                QFile f(d.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                const Result<QString> text = FountainParser::decode(f.readAll());
                QVERIFY(text);
                QTest::newRow(qPrintable(name)) << *text;
            }
        }
    } else {
        qInfo("../shared/corpus is absent: only the built-in cases run");
    }
}

void tst_FountainWriter::roundTrip()
{
    QFETCH(QString, text);
    const Screenplay first = FountainParser::parse(text);
    const QString written = FountainWriter::write(first);
    const Screenplay second = FountainParser::parse(written);
    QCOMPARE(second.titlePage, first.titlePage);
    QCOMPARE(second.elements.size(), first.elements.size());
    for (qsizetype i = 0; i < first.elements.size(); ++i) {
        ScreenplayElement a = first.elements[i];
        ScreenplayElement b = second.elements[i];
        a.line = b.line = 0; // line numbers change; everything else must not
        QVERIFY2(a == b, qPrintable(u"element %1: %2 '%3' became %4 '%5'"_s.arg(i)
                                        .arg(elementTypeName(a.type), a.text, elementTypeName(b.type), b.text)));
    }
    // Writing is stable: a second pass gives the same text.
    QCOMPARE(FountainWriter::write(second), written);
}

void tst_FountainWriter::forcesOnlyWhereNeeded()
{
    const QString written = FountainWriter::write(
        FountainParser::parse(u"INT. A - DAY\n\nJOHN\nHi.\n\nCUT TO:\n"_s));
    QCOMPARE(written, u"INT. A - DAY\n\nJOHN\nHi.\n\nCUT TO:\n"_s);
}

void tst_FountainWriter::constructedScreenplay()
{
    // Elements that plain text would misread get their forcing markers.
    Screenplay play;
    play.elements = {
        {ElementType::SceneHeading, u"The roof"_s, {}, {}, DualSide::None, 0, 0},
        {ElementType::Action, u"EXT. NOT A HEADING"_s, {}, {}, DualSide::None, 0, 0},
        {ElementType::Character, u"Jo"_s, {}, {}, DualSide::None, 0, 0},
        {ElementType::Dialogue, u"Hey."_s, {}, {}, DualSide::None, 0, 0},
        {ElementType::Transition, u"Smash cut"_s, {}, {}, DualSide::None, 0, 0},
    };
    const Screenplay back = FountainParser::parse(FountainWriter::write(play));
    QCOMPARE(back.elements.size(), play.elements.size());
    for (qsizetype i = 0; i < play.elements.size(); ++i) {
        QCOMPARE(back.elements[i].type, play.elements[i].type);
        QCOMPARE(back.elements[i].text, play.elements[i].text);
    }
}

QTEST_GUILESS_MAIN(tst_FountainWriter)
#include "tst_fountainwriter.moc"
