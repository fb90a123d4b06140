// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/fountainparser.h>
#include <core/incrementalfountainparser.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
const QString kScript = u"Title: Storm\n\nINT. LAMP ROOM - NIGHT\n\nWind screams.\n\nMARGARET\n(to herself)\n"
                        "Not tonight.\n\nEDWIN ^\nMaggie?\n\nCUT TO:\n\nEXT. SEA - NIGHT\n\nA boat lists.\n\n"
                        "More action.\n\n\n\nINT. CABIN - DAY\n\nJOHN\nHello.\n"_s;

// Applies an edit the way QTextDocument reports it and checks the result against a whole parse.
bool editMatches(IncrementalFountainParser &parser, int position, int removed, const QString &insert)
{
    QString text = parser.text();
    text.replace(position, removed, insert);
    parser.update(text, position, removed, int(insert.size()));
    return parser.screenplay() == FountainParser::parse(text);
}
} // namespace

class tst_IncrementalFountainParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsInsideAScene_data();
    void editsInsideAScene();
    void reparsesOnlyTheScene();
    void randomEditsMatchAWholeParse();
};

void tst_IncrementalFountainParser::editsInsideAScene_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::newRow("type a letter") << u"Wind"_s << u"Windy"_s;
    QTest::newRow("new line in dialogue") << u"Not tonight."_s << u"Not tonight.\nNot ever."_s;
    QTest::newRow("cue becomes action") << u"\nMARGARET\n"_s << u"\nMARGARET\n\n"_s;
    QTest::newRow("new heading") << u"More action."_s << u"More action.\n\nINT. HOLD - NIGHT"_s;
    QTest::newRow("heading removed") << u"EXT. SEA - NIGHT"_s << u"The sea at night."_s;
    QTest::newRow("dual caret removed") << u"EDWIN ^"_s << u"EDWIN"_s;
    QTest::newRow("blank lines removed") << u"More action.\n\n\n\n"_s << u"More action.\n\n"_s;
    QTest::newRow("title page edited") << u"Title: Storm"_s << u"Title: Gale\nAuthor: Me"_s;
    QTest::newRow("boneyard typed") << u"A boat lists."_s << u"A boat /* lists. */"_s;
    QTest::newRow("everything deleted") << kScript << QString();
}

void tst_IncrementalFountainParser::editsInsideAScene()
{
    QFETCH(QString, find);
    QFETCH(QString, replace);
    IncrementalFountainParser parser;
    parser.reset(kScript);
    const int at = int(kScript.indexOf(find));
    QVERIFY(at >= 0);
    QVERIFY(editMatches(parser, at, int(find.size()), replace));
}

void tst_IncrementalFountainParser::reparsesOnlyTheScene()
{
    IncrementalFountainParser parser;
    parser.reset(kScript);
    QString text = kScript;
    const int at = int(text.indexOf(u"A boat"_s));
    text.insert(at, u"X"_s);
    QVERIFY(parser.update(text, at, 0, 1)); // partial
    QCOMPARE(parser.screenplay(), FountainParser::parse(text));
}

void tst_IncrementalFountainParser::randomEditsMatchAWholeParse()
{
    // Big Fish's first 40 KB when the corpus is there; else as many scenes of our own, so that
    // random places fall inside scenes as they do in a real script.
    QString base = kScript;
    QFile bigFish(QStringLiteral(SPIELBERG_CORPUS) + u"/screenplays/Big-Fish.fountain"_s);
    if (bigFish.open(QIODevice::ReadOnly)) {
        base = QString::fromUtf8(bigFish.readAll().left(40000)).remove(u'\r');
    } else {
        for (int scene = 0; base.size() < 40000; ++scene) {
            base += u"\n\nINT. ROOM %1 - DAY\n\nA long paragraph of action, the kind that fills a "
                    "page.\n\nANNA\n(low)\nWe should go.\n\nBEN\nNot yet.\n"_s.arg(scene);
        }
    }
    // Typing, deleting and pasting Fountain-significant text at random places; a fixed seed
    // keeps a failure reproducible.
    QRandomGenerator random(20261125);
    const QStringList pieces{u"a"_s, u"\n"_s, u"\n\n"_s, u"INT. X - DAY"_s, u"JOHN\n"_s, u"(beat)"_s,
                             u"^"_s, u" "_s, u"CUT TO:"_s, u"\n\nEXT. Y - NIGHT\n\n"_s, u"[[n]]"_s, u"#"_s,
                             u"="_s, u"~"_s, u"@Mo\nHi"_s, u"!"_s, u"."_s, u">"_s};
    IncrementalFountainParser parser;
    parser.reset(base);
    int partial = 0;
    for (int round = 0; round < 400; ++round) {
        const QString &text = parser.text();
        const int position = int(random.bounded(qint64(text.size() + 1)));
        const int removed = random.bounded(4) == 0 ? int(random.bounded(qint64(std::min<qsizetype>(30, text.size() - position) + 1))) : 0;
        const QString insert = random.bounded(3) == 0 ? QString() : pieces[random.bounded(qint64(pieces.size()))];
        QString next = text;
        next.replace(position, removed, insert);
        partial += parser.update(next, position, removed, int(insert.size())) ? 1 : 0;
        QVERIFY2(parser.screenplay() == FountainParser::parse(next),
                 qPrintable(u"round %1: edit at %2 (-%3 +'%4') diverged"_s.arg(round).arg(position).arg(removed).arg(insert)));
    }
    QVERIFY(partial > 200); // most edits stayed inside one scene
}

QTEST_GUILESS_MAIN(tst_IncrementalFountainParser)
#include "tst_incrementalfountainparser.moc"
