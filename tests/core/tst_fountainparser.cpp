// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/fountainparser.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
// "type:text" per element, for compact expectations.
QStringList shape(const Screenplay &play)
{
    QStringList out;
    for (const ScreenplayElement &e : play.elements) {
        out.append(elementTypeName(e.type) + u':' + e.text);
    }
    return out;
}
} // namespace

class tst_FountainParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }
    void elements_data();
    void elements();
    void titlePage();
    void characterDetails();
    void sceneNumbers();
    void lineNumbers();
    void decodeRefusesBinaryAndBadUtf8();
    void decodeDropsBom();
    void pathologicalInputStaysLinear_data();
    void pathologicalInputStaysLinear();
    void whiteSpaceOnlyLinesAreBlank_data();
    void whiteSpaceOnlyLinesAreBlank();
};

void tst_FountainParser::elements_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("heading with dot") << u"INT. HOUSE - DAY\n\nShe waits."_s
                                      << QStringList{u"scene_heading:INT. HOUSE - DAY"_s,
                                                     u"action:She waits."_s};
    QTest::newRow("heading with space, no dot") << u"INT HOUSE - DAY\n\nx"_s
                                                 << QStringList{u"scene_heading:INT HOUSE - DAY"_s,
                                                                u"action:x"_s};
    QTest::newRow("I/E and EST") << u"I/E CAR - NIGHT\n\nEST. CITY - DAY\n"_s
                                 << QStringList{u"scene_heading:I/E CAR - NIGHT"_s,
                                                u"scene_heading:EST. CITY - DAY"_s};
    QTest::newRow("prefix needs a boundary") << u"INTERNAL AFFAIRS INVESTIGATES.\n\nx"_s
                                             << QStringList{u"action:INTERNAL AFFAIRS INVESTIGATES.\n\nx"_s};
    QTest::newRow("heading needs a blank line after") << u"EXT. PATIO - DAY\nText follows."_s
                                                      << QStringList{u"action:EXT. PATIO - DAY\nText follows."_s};
    QTest::newRow("forced heading") << u".SNIPER SCOPE POV\n\nx"_s
                                    << QStringList{u"scene_heading:SNIPER SCOPE POV"_s, u"action:x"_s};
    QTest::newRow("ellipsis is no heading") << u"...where the carnival is parked"_s
                                            << QStringList{u"action:...where the carnival is parked"_s};
    QTest::newRow("character and dialogue") << u"STEEL\nThe man's a myth!"_s
                                            << QStringList{u"character:STEEL"_s,
                                                           u"dialogue:The man's a myth!"_s};
    QTest::newRow("names with punctuation") << u"\nMR. O'BRIEN-SMITH #2\nHi."_s
                                            << QStringList{u"character:MR. O'BRIEN-SMITH #2"_s,
                                                           u"dialogue:Hi."_s};
    QTest::newRow("numbers alone are no cue") << u"23\nSkidoo"_s
                                              << QStringList{u"action:23\nSkidoo"_s};
    QTest::newRow("blank after a cue makes action") << u"JOHN\n\nHe leaves."_s
                                                    << QStringList{u"action:JOHN\n\nHe leaves."_s};
    QTest::newRow("all-caps dialogue") << u"JOHN\nI SAID NO"_s
                                       << QStringList{u"character:JOHN"_s, u"dialogue:I SAID NO"_s};
    QTest::newRow("parenthetical") << u"JOHN\n(quietly)\nGo."_s
                                   << QStringList{u"character:JOHN"_s, u"parenthetical:(quietly)"_s,
                                                  u"dialogue:Go."_s};
    QTest::newRow("two-space line inside dialogue")
        << u"JOHN\nOne.\n  \nTwo."_s
        << QStringList{u"character:JOHN"_s, u"dialogue:One.\n\nTwo."_s};
    QTest::newRow("transition") << u"x\n\nCUT TO:\n\nEXT. ROAD - DAY\n"_s
                                << QStringList{u"action:x"_s, u"transition:CUT TO:"_s,
                                               u"scene_heading:EXT. ROAD - DAY"_s};
    QTest::newRow("transition with trailing space is action") << u"x\n\nCUT TO: \n\ny"_s
                                                             << QStringList{u"action:x\n\nCUT TO: \n\ny"_s};
    QTest::newRow("forced transition") << u"> Burn to White."_s
                                       << QStringList{u"transition:Burn to White."_s};
    QTest::newRow("centered") << u"> THE END <"_s << QStringList{u"centered:THE END"_s};
    QTest::newRow("forced action keeps case") << u"!EXT. ACTION. FORCED."_s
                                              << QStringList{u"action:EXT. ACTION. FORCED."_s};
    QTest::newRow("forced character") << u"@McClane\nYippee."_s
                                      << QStringList{u"character:McClane"_s, u"dialogue:Yippee."_s};
    QTest::newRow("lyrics") << u"~Willy Wonka!"_s << QStringList{u"lyrics:Willy Wonka!"_s};
    QTest::newRow("section and synopsis") << u"## Act Two\n\n= They meet."_s
                                          << QStringList{u"section:Act Two"_s, u"synopsis:They meet."_s};
    QTest::newRow("page break") << u"x\n\n===\n\ny"_s
                                << QStringList{u"action:x"_s, u"page_break:"_s, u"action:y"_s};
    QTest::newRow("boneyard mid-line") << u"Hello /* hidden */ world."_s
                                       << QStringList{u"action:Hello  world."_s};
    QTest::newRow("boneyard lines separate")
        << u"CUT TO:\n/*\nINT. GARAGE - DAY\n*/\nEXT. PALATIAL MANSION - DAY\n"_s
        << QStringList{u"transition:CUT TO:"_s, u"scene_heading:EXT. PALATIAL MANSION - DAY"_s};
    QTest::newRow("unterminated boneyard stays text") << u"Keep /* this"_s
                                                     << QStringList{u"action:Keep /* this"_s};
    QTest::newRow("note removed") << u"He waits. [[check this]]"_s
                                  << QStringList{u"action:He waits. "_s};
    QTest::newRow("note with bracket inside") << u"A [[check ref] ok]]B"_s
                                              << QStringList{u"action:A B"_s};
    QTest::newRow("note across a blank line is text") << u"A [[open\n\nclose]] B"_s
                                                      << QStringList{u"action:A [[open\n\nclose]] B"_s};
    QTest::newRow("CRLF") << u"INT. A - DAY\r\n\r\nText.\r\n"_s
                          << QStringList{u"scene_heading:INT. A - DAY"_s, u"action:Text."_s};
    QTest::newRow("heading as the last line") << u"x\n\nINT. HOUSE - DAY"_s
                                              << QStringList{u"action:x"_s,
                                                             u"scene_heading:INT. HOUSE - DAY"_s};
    QTest::newRow("tabs become four spaces") << u"\tIndented."_s
                                             << QStringList{u"action:    Indented."_s};
    QTest::newRow("extra blank lines kept as action")
        << u"JOHN\nHi.\n\n\nJAKE\nHo."_s
        << QStringList{u"character:JOHN"_s, u"dialogue:Hi."_s, u"action:"_s, u"character:JAKE"_s,
                       u"dialogue:Ho."_s};
    QTest::newRow("punctuated transition") << u"x\n\nSMASH-CUT TO:\n\ny"_s
                                           << QStringList{u"action:x"_s, u"transition:SMASH-CUT TO:"_s, u"action:y"_s};
    QTest::newRow("TO: with text right after is a cue") << u"x\n\nCUT TO:\nThe park."_s
                                                        << QStringList{u"action:x"_s, u"character:CUT TO:"_s,
                                                                       u"dialogue:The park."_s};
    QTest::newRow("caps line with text after is a cue")
        << u"SCANNING THE AISLES...\nNothing."_s
        << QStringList{u"character:SCANNING THE AISLES..."_s, u"dialogue:Nothing."_s};
    QTest::newRow("forced cue wins over caps dialogue") << u"@McClane\nI SAID NO"_s
                                                        << QStringList{u"character:McClane"_s, u"dialogue:I SAID NO"_s};
    QTest::newRow("lyric inside dialogue") << u"JOHN\n~Willy Wonka!\nWasn't that great?"_s
                                           << QStringList{u"character:JOHN"_s, u"lyrics:Willy Wonka!"_s,
                                                          u"dialogue:Wasn't that great?"_s};
    QTest::newRow("lyric then plain line") << u"~Willy Wonka!\nBut this is not"_s
                                           << QStringList{u"lyrics:Willy Wonka!"_s, u"action:But this is not"_s};
    QTest::newRow("boneyard closing mid-line") << u"/* cut */ keep this"_s << QStringList{u"action: keep this"_s};
    QTest::newRow("text before a boneyard kept")
        << u"He waves /* begin cut\nhidden\n*/\nBack."_s << QStringList{u"action:He waves \nBack."_s};
    QTest::newRow("equals: synopsis, not page break") << u"== two equals"_s
                                                      << QStringList{u"synopsis:= two equals"_s};
    QTest::newRow("section depth") << u"### Sequence"_s << QStringList{u"section:Sequence"_s};
    QTest::newRow("full-width forcing marks") << u"．屋上\n\n＠山田\nこんにちは\n\n～歌\n\n！アクション"_s
                                              << QStringList{u"scene_heading:屋上"_s, u"character:山田"_s,
                                                             u"dialogue:こんにちは"_s, u"lyrics:歌"_s,
                                                             u"action:アクション"_s};
    QTest::newRow("BOM and U+2028") << u"\uFEFFINT. A - DAY\u2028\u2028Text."_s
                                    << QStringList{u"scene_heading:INT. A - DAY"_s, u"action:Text."_s};
    QTest::newRow("non-Latin forced cue") << u"@山田\nこんにちは"_s
                                          << QStringList{u"character:山田"_s, u"dialogue:こんにちは"_s};
}

void tst_FountainParser::elements()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QCOMPARE(shape(FountainParser::parse(input)), expected);
}

void tst_FountainParser::titlePage()
{
    const Screenplay play = FountainParser::parse(
        u"Title: BRICK & STEEL\nCredit: Written by\nAuthor: Stu Maschwitz\n"
        "Contact:\n    Next Level Productions\n    1588 Mission Dr.\n\nINT. A - DAY\n\nx"_s);
    QCOMPARE(play.titlePage.size(), 4);
    QCOMPARE(play.titlePage[0], (TitlePageEntry{u"Title"_s, u"BRICK & STEEL"_s}));
    QCOMPARE(play.titlePage[3].value, u"Next Level Productions\n1588 Mission Dr."_s);
    QCOMPARE(shape(play), (QStringList{u"scene_heading:INT. A - DAY"_s, u"action:x"_s}));

    // A first line that is a heading or a lone transition is no title page.
    QVERIFY(FountainParser::parse(u"int. house - day - 3:00 pm\n\nx"_s).titlePage.isEmpty());
    const Screenplay lone = FountainParser::parse(u"CUT TO:\n\nINT. A - DAY\n"_s);
    QVERIFY(lone.titlePage.isEmpty());
    QCOMPARE(shape(lone), (QStringList{u"transition:CUT TO:"_s, u"scene_heading:INT. A - DAY"_s}));
}

void tst_FountainParser::characterDetails()
{
    const Screenplay play = FountainParser::parse(
        u"BRICK (V.O.)\nScrew retirement.\n\nSTEEL (O.S.) ^\nI'm back.\n\n@McClane (cont'd)\nYes."_s);
    QCOMPARE(play.elements.size(), 6);
    QCOMPARE(play.elements[0].text, u"BRICK"_s);
    QCOMPARE(play.elements[0].extension, u"(V.O.)"_s);
    QCOMPARE(play.elements[0].dual, DualSide::Left);
    QCOMPARE(play.elements[2].text, u"STEEL"_s);
    QCOMPARE(play.elements[2].extension, u"(O.S.)"_s);
    QCOMPARE(play.elements[2].dual, DualSide::Right);
    QCOMPARE(play.elements[4].text, u"McClane"_s);
    QCOMPARE(play.elements[4].extension, u"(cont'd)"_s);
    QCOMPARE(play.elements[4].dual, DualSide::None);
}

void tst_FountainParser::sceneNumbers()
{
    const Screenplay play = FountainParser::parse(
        u"INT. HOUSE - DAY #1A#\n\n.FLASHBACK #I-1-A#\n\nEXT. ROAD - DAY #1 A#\n"_s);
    QCOMPARE(play.elements.size(), 3);
    QCOMPARE(play.elements[0].text, u"INT. HOUSE - DAY"_s);
    QCOMPARE(play.elements[0].sceneNumber, u"1A"_s);
    QCOMPARE(play.elements[1].sceneNumber, u"I-1-A"_s);
    QCOMPARE(play.elements[2].text, u"EXT. ROAD - DAY #1 A#"_s); // a space is not allowed
    QVERIFY(play.elements[2].sceneNumber.isEmpty());

    // A note beside the number, on either side, never hides it (Beat #108).
    const Screenplay notes = FountainParser::parse(
        u"INT. X - DAY [[COLOR RED]]#222#\n\nINT. Y - DAY #333# [[COLOR RED]]\n"_s);
    QCOMPARE(notes.elements.size(), 2);
    QCOMPARE(notes.elements[0].sceneNumber, u"222"_s);
    QCOMPARE(notes.elements[0].text, u"INT. X - DAY"_s);
    QCOMPARE(notes.elements[1].sceneNumber, u"333"_s);
    QCOMPARE(notes.elements[1].text, u"INT. Y - DAY"_s);
}

void tst_FountainParser::lineNumbers()
{
    const Screenplay play = FountainParser::parse(
        u"Title: X\n\nINT. A - DAY\n\n[[a note\nover two lines]]\nAction.\n\nBOB\nHi."_s);
    QCOMPARE(play.elements.size(), 4);
    QCOMPARE(play.elements[0].line, 3);
    QCOMPARE(play.elements[1].line, 7);
    QCOMPARE(play.elements[2].line, 9);
    QCOMPARE(play.elements[3].line, 10);
}

void tst_FountainParser::decodeRefusesBinaryAndBadUtf8()
{
    const Result<QString> binary = FountainParser::decode(QByteArray("INT.\0\x01", 6));
    QVERIFY(!binary);
    QVERIFY(binary.error().message.contains(u"binary"_s));
    const Result<QString> bad = FountainParser::decode(QByteArray("INT. CAF\xC3 - DAY"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"UTF-8"_s));
}

void tst_FountainParser::decodeDropsBom()
{
    const Result<QString> text = FountainParser::decode(QByteArray("\xEF\xBB\xBFINT. A - DAY"));
    QVERIFY(text);
    QCOMPARE(*text, u"INT. A - DAY"_s);
}

void tst_FountainParser::pathologicalInputStaysLinear_data()
{
    // Inputs that make a naive parser quadratic or make it drop the rest of the text. Each is
    // about 4 MB; a quadratic scan of any of them would run for hours (the test's timeout ends
    // it), a linear one takes milliseconds.
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("minimumLength");
    const int n = 1 << 20;
    QTest::newRow("many note openers, one close at the end") << QString(u"[["_s.repeated(n) + u"]]"_s) << 0;
    QTest::newRow("many boneyard openers, no close") << u"/* "_s.repeated(n) << 3 * n - 1;
    QTest::newRow("many short boneyards") << u"/**/"_s.repeated(n) + u"end"_s << 3;
    QTest::newRow("one unterminated note") << QString(u"[["_s + u"a"_s.repeated(2 * n)) << 2 * n;
    QTest::newRow("one very long line") << u"x"_s.repeated(4 * n) << 4 * n;
    QTest::newRow("many blank lines") << u"\n"_s.repeated(4 * n) << 0;
    QTest::newRow("many cues") << u"\nJOHN\nHi.\n"_s.repeated(n / 4) << 0;
}

void tst_FountainParser::pathologicalInputStaysLinear()
{
    QFETCH(QString, input);
    QFETCH(int, minimumLength);
    const Screenplay play = FountainParser::parse(input);
    qsizetype kept = 0;
    for (const ScreenplayElement &e : play.elements) {
        kept += e.text.size();
    }
    QVERIFY(kept >= minimumLength); // unterminated constructs stay text, nothing is dropped
}

void tst_FountainParser::whiteSpaceOnlyLinesAreBlank_data()
{
    QTest::addColumn<QString>("blank");
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tabs") << u"\t\t"_s;
    QTest::newRow("no-break spaces") << u"\u00A0\u00A0"_s;
    // Found by fuzz_fountain: tabs around a vertical tab trimmed to nothing yet did not end a
    // block, so the writer could not give that empty line back.
    QTest::newRow("tabs around a vertical tab") << u"\t\v\t"_s;
    QTest::newRow("form feed") << u"\f"_s;
}

void tst_FountainParser::whiteSpaceOnlyLinesAreBlank()
{
    QFETCH(QString, blank);
    // After a cue, a blank line means no dialogue: the name is action.
    const Screenplay cue = FountainParser::parse(QString(u"JOHN\n"_s + blank + u"\nHello.\n"_s));
    QCOMPARE(cue.elements.size(), 1);
    QCOMPARE(cue.elements[0].type, ElementType::Action);
    QVERIFY(cue.elements[0].text.startsWith(u"JOHN\n"_s));
    QVERIFY(cue.elements[0].text.endsWith(u"\nHello."_s));
    // A blank line ends the title page.
    const Screenplay title = FountainParser::parse(QString(u"Title: Keeper\n"_s + blank + u"\nINT. LAMP ROOM - NIGHT\n"_s));
    QCOMPARE(title.titlePage.size(), 1);
    QCOMPARE(title.titlePage[0].value, u"Keeper"_s);
    QCOMPARE(title.elements.size(), 1);
    QCOMPARE(title.elements[0].type, ElementType::SceneHeading);
}

QTEST_GUILESS_MAIN(tst_FountainParser)
#include "tst_fountainparser.moc"
