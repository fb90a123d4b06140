// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/fountainparser.h>
#include <core/paginator.h>
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

int lastRow(const Page &page)
{
    int row = -1;
    for (const PageLine &l : page.lines) {
        row = std::max(row, l.row);
    }
    return row;
}

QList<PageLine> linesAtRow(const Page &page, int row)
{
    QList<PageLine> out;
    for (const PageLine &l : page.lines) {
        if (l.row == row) {
            out.append(l);
        }
    }
    return out;
}
} // namespace

class tst_Paginator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wrapsAtWordBoundaries();
    void placesElementsInTheirColumns();
    void bigFishMatchesFinalDraft();
    void breakRulesHoldOnRealScripts_data();
    void breakRulesHoldOnRealScripts();
    void dialogueSplitsWithMoreAndContinued();
    void pageBreakStartsNewPage();
    void dualDialogueWithALongerRightSide();
    void aSplitLeavesTwoLinesOfTheParagraph();
    void oversizedBlocksLayOut_data();
    void oversizedBlocksLayOut();
    void continuedWhenACharacterSpeaksAgain_data();
    void continuedWhenACharacterSpeaksAgain();
};

void tst_Paginator::wrapsAtWordBoundaries()
{
    const QList<StyledText> lines = Paginator::wrap(
        StyledText::fromFountain(u"The quick brown fox jumps over the lazy dog"_s), 10);
    QStringList texts;
    for (const StyledText &t : lines) {
        texts.append(t.text);
        QVERIFY(t.size() <= 10);
    }
    QCOMPARE(texts, (QStringList{u"The quick"_s, u"brown fox"_s, u"jumps over"_s, u"the lazy"_s,
                                 u"dog"_s}));
    const QList<StyledText> cut = Paginator::wrap(StyledText::fromFountain(u"ABCDEFGHIJKLMNO"_s), 6);
    QCOMPARE(cut.size(), 3);
    // Final Draft's breaks: after hyphens too, a hyphen ending a line not counted.
    QStringList hyphens;
    for (const StyledText &t : Paginator::wrap(StyledText::fromFountain(u"Did I want my soon-to-be-born son"_s), 20)) {
        hyphens.append(t.text);
    }
    QCOMPARE(hyphens, (QStringList{u"Did I want my soon-"_s, u"to-be-born son"_s}));
    QCOMPARE(Paginator::wrap(StyledText::fromFountain(u"with his father--"_s), 16).size(), 1);
    // Leading spaces are no line of their own; a long word after them is cut at each width.
    QStringList cutAfterSpaces;
    for (const StyledText &t : Paginator::wrap(StyledText::fromFountain(u"   ABCDEFGHIJKL"_s), 5, 6)) {
        cutAfterSpaces.append(t.text);
    }
    QVERIFY(!cutAfterSpaces.first().trimmed().isEmpty());
    for (qsizetype i = 1; i < cutAfterSpaces.size(); ++i) {
        QVERIFY2(cutAfterSpaces[i].size() <= 5, qPrintable(cutAfterSpaces.join(u'|')));
    }
}

void tst_Paginator::placesElementsInTheirColumns()
{
    const QList<Page> pages = Paginator::paginate(FountainParser::parse(
        u"INT. HOUSE - DAY\n\nShe waits.\n\nJOHN\n(quietly)\nGo.\n\nCUT TO:\n"_s));
    QCOMPARE(pages.size(), 1);
    const QList<PageLine> &l = pages[0].lines;
    QCOMPARE(l.size(), 6);
    QCOMPARE(l[0].column, 0);  // heading at the margin
    QCOMPARE(l[0].row, 0);
    QCOMPARE(l[1].row, 2);     // action after one blank row
    QCOMPARE(l[2].column, 20); // cue at 3.5 in
    QCOMPARE(l[2].row, 4);
    QCOMPARE(l[3].column, 14); // parenthetical at 3.0 in, its bracket hanging 0.1 in left
    QCOMPARE(l[4].column, 10); // dialogue at 2.5 in
    QCOMPARE(l[5].type, ElementType::Transition);
    QCOMPARE(l[5].column + l[5].text.size(), 56); // flush right at 7.1 in
}

void tst_Paginator::bigFishMatchesFinalDraft()
{
    if (!QFile::exists(bigFish())) {
        QSKIP("Big-Fish.fountain is not in ../shared/corpus/screenplays (corpus absent)");
    }
    const Screenplay play = parseFile(bigFish());
    const int pages = int(Paginator::paginate(play).size());
    // Final Draft paginates Big Fish as 127 body pages (corpus README).
    QVERIFY2(std::abs(pages - 127) <= 1, qPrintable(u"%1 pages"_s.arg(pages)));
    QCOMPARE(ScreenplayStatistics::compute(play).pages, pages);
}

void tst_Paginator::breakRulesHoldOnRealScripts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("a4");
    const QString dir = QStringLiteral(SPIELBERG_CORPUS) + u"/screenplays/"_s;
    if (!QFile::exists(dir)) {
        QSKIP("the corpus is absent (../shared/corpus)");
    }
    for (const QString &name : {u"Big-Fish"_s, u"Brick-and-Steel"_s, u"The-Last-Birthday-Card"_s,
                                u"THE_LIBRARY_FREAK-OUT"_s}) {
        QTest::newRow(qPrintable(name + u" letter"_s)) << dir + name + u".fountain"_s << false;
        QTest::newRow(qPrintable(name + u" a4"_s)) << dir + name + u".fountain"_s << true;
    }
}

void tst_Paginator::breakRulesHoldOnRealScripts()
{
    QFETCH(QString, path);
    QFETCH(bool, a4);
    const PageLayout layout = a4 ? PageLayout::a4() : PageLayout::letter();
    const QList<Page> pages = Paginator::paginate(parseFile(path), layout);
    QVERIFY(!pages.isEmpty());
    for (const Page &page : pages) {
        const int last = lastRow(page);
        // (MORE) under a split speech, and NAME (CONT'D) above the rest, stand outside the
        // page's rows, as in Final Draft: one row more at the most.
        QVERIFY2(last <= layout.linesPerPage, qPrintable(u"page %1 overflows"_s.arg(page.number)));
        for (const PageLine &l : page.lines) {
            QVERIFY(l.column >= 0);
            QVERIFY2(l.column + l.text.size() <= layout.actionWidth + 2,
                     qPrintable(u"page %1 row %2 too wide"_s.arg(page.number).arg(l.row)));
        }
        if (page.number < pages.size()) {
            for (const PageLine &l : linesAtRow(page, last)) {
                QVERIFY2(l.type != ElementType::SceneHeading,
                         qPrintable(u"page %1 ends on a scene heading"_s.arg(page.number)));
            }
        }
        // (The first page may open with one: FADE IN: is the script's first element.)
        for (const PageLine &l : page.number > 1 ? linesAtRow(page, 0) : QList<PageLine>{}) {
            QVERIFY2(l.type != ElementType::Transition,
                     qPrintable(u"page %1 starts with a transition"_s.arg(page.number)));
        }
    }
}

void tst_Paginator::dialogueSplitsWithMoreAndContinued()
{
    QString text = u"INT. ROOM - DAY\n\n"_s;
    for (int i = 0; i < 20; ++i) {
        text += u"Filler action line number %1.\n\n"_s.arg(i);
    }
    text += u"JOE (V.O.)\n"_s;
    for (int i = 0; i < 20; ++i) {
        text += u"This is sentence %1 of a very long speech that goes on.\n"_s.arg(i);
    }
    const QList<Page> pages = Paginator::paginate(FountainParser::parse(text));
    QCOMPARE(pages.size(), 2);
    const QList<PageLine> bottom = linesAtRow(pages[0], lastRow(pages[0]));
    QCOMPARE(bottom.size(), 1);
    QCOMPARE(bottom[0].text.text, u"(MORE)"_s);
    const QList<PageLine> top = linesAtRow(pages[1], 0);
    QCOMPARE(top.size(), 1);
    QCOMPARE(top[0].text.text, u"JOE (V.O.) (CONT'D)"_s);
    QCOMPARE(top[0].column, 20);
    // The line before (MORE) is dialogue, never the cue or a parenthetical.
    QCOMPARE(linesAtRow(pages[0], lastRow(pages[0]) - 1)[0].type, ElementType::Dialogue);
}

void tst_Paginator::pageBreakStartsNewPage()
{
    const QList<Page> pages = Paginator::paginate(FountainParser::parse(u"One.\n\n===\n\nTwo.\n"_s));
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[1].lines[0].text.text, u"Two."_s);
    QCOMPARE(pages[1].lines[0].row, 0);
}

// Found by fuzzing: the right speech of a pair longer than the left one read past the left
// side's lines.
void tst_Paginator::dualDialogueWithALongerRightSide()
{
    const QString text = u"INT. ROOM - DAY\n\nBOB\nNo.\n\nALICE ^\nThat is not an answer, and you know it, "
                         "and I will stand here until you give me a real one, all night if I must.\n"_s;
    const QList<Page> pages = Paginator::paginate(FountainParser::parse(text));
    QCOMPARE(pages.size(), 1);
    QStringList left;
    QStringList right;
    const int half = PageLayout::letter().element(ElementType::Action).width / 2;
    for (const PageLine &line : pages.constFirst().lines) {
        if (line.row > 0) {
            (line.column >= half ? right : left) << line.text.text;
        }
    }
    QCOMPARE(left.size(), 2); // BOB, No.
    QVERIFY(right.size() > left.size()); // ALICE and her long speech, all of it
    QVERIFY(right.join(u' ').contains(u"all night if I must."_s));
}

// Final Draft's widow rule, as on Big Fish's page 54: with two rows left for a three-line
// paragraph, the break after "anyway." would fit but leave one line of it for the next page, so
// the page ends after "well.".
void tst_Paginator::aSplitLeavesTwoLinesOfTheParagraph()
{
    QString text = u"A first paragraph long enough to run past the sixty-one columns of the action line.\n\n"_s;
    for (int i = 1; i <= 23; ++i) {
        text += u"Line %1.\n\n"_s.arg(i);
    }
    text += u"BOB\nWill never told you that?\n(she shakes her head)\n"
            "Probably just as well.  He would have told it wrong anyway.  All the facts and none of the flavor.\n"_s;
    const QList<Page> pages = Paginator::paginate(FountainParser::parse(text));
    QCOMPARE(pages.size(), 2);
    QStringList first;
    for (const PageLine &line : pages[0].lines) {
        first.append(line.text.text);
    }
    QCOMPARE(first.mid(first.size() - 5), (QStringList{u"BOB"_s, u"Will never told you that?"_s, u"(she shakes her head)"_s,
                                                       u"Probably just as well."_s, u"(MORE)"_s}));
    QCOMPARE(lastRow(pages[0]), 53); // (MORE) under the break, on the page's last row
    QStringList second;
    for (const PageLine &line : pages[1].lines) {
        second.append(line.text.text);
    }
    QCOMPARE(second, (QStringList{u"BOB (CONT'D)"_s, u"He would have told it wrong anyway."_s, u"All the facts and none of the"_s,
                                  u"flavor."_s}));
}

void tst_Paginator::oversizedBlocksLayOut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("atLeastPages");
    QString sentences;
    for (int i = 1; i <= 150; ++i) {
        sentences += u"Line number %1 goes on and on here. "_s.arg(i);
    }
    QString words;
    for (int i = 1; i <= 500; ++i) {
        words += u"word%1 "_s.arg(i);
    }
    QString shorter;
    for (int i = 1; i <= 90; ++i) {
        shorter += u"Alice says %1 things. "_s.arg(i);
    }
    QTest::newRow("a speech longer than a page") << u"INT. ROOM - DAY\n\nBOB\n"_s + sentences + u"\n"_s << 3;
    QTest::newRow("a speech of one sentence longer than a page") << u"BOB\n"_s + words + u"\n"_s << 2;
    QTest::newRow("a speech of lines longer than a page")
        << u"BOB\n"_s + QString(sentences).replace(u". "_s, u".\n"_s) << 3;
    QTest::newRow("a dual pair longer than a page")
        << u"INT. ROOM - DAY\n\nBOB\n"_s + sentences + u"\n\nALICE ^\n"_s + shorter + u"\n\nThey stop.\n"_s << 3;
    QTest::newRow("a page of only a scene heading")
        << u"INT. FIRST - DAY\n\n===\n\nINT. SECOND - DAY\n\n===\n\nAction at last.\n"_s << 3;
    QTest::newRow("only a scene heading") << u"INT. ALONE - NIGHT\n"_s << 1;
    QTest::newRow("a heading before a speech longer than a page")
        << u"Action.\n\nINT. ROOM - DAY\n\nBOB\n"_s + sentences + u"\n"_s << 3;
    QTest::newRow("an action paragraph of one word per line")
        << u"INT. ROOM - DAY\n\n"_s + QString(words).replace(u' ', u'\n') << 9;
}

// Blocks taller than a page are laid out: no crash, no stall, no empty page, no row past the
// page, and every word printed in order.
void tst_Paginator::oversizedBlocksLayOut()
{
    QFETCH(QString, text);
    QFETCH(int, atLeastPages);
    const Screenplay play = FountainParser::parse(text);
    const PageLayout layout = PageLayout::letter();
    const QList<Page> pages = Paginator::paginate(play, layout);
    QVERIFY2(pages.size() >= atLeastPages, qPrintable(QString::number(pages.size())));
    QStringList printed;
    for (const Page &page : pages) {
        QVERIFY2(!page.lines.isEmpty(), qPrintable(u"page %1 is empty"_s.arg(page.number)));
        QList<PageLine> lines = page.lines;
        std::stable_sort(lines.begin(), lines.end(), [](const PageLine &a, const PageLine &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        for (const PageLine &line : lines) {
            QVERIFY(line.row >= 0);
            // NAME (CONT'D) above and (MORE) below stand outside the page's rows, as in Final Draft.
            QVERIFY2(line.row <= layout.linesPerPage + 1, qPrintable(u"row %1"_s.arg(line.row)));
            printed.append(line.text.text.split(u' ', Qt::SkipEmptyParts));
        }
    }
    printed.removeAll(u"(MORE)"_s);
    printed.removeAll(u"(CONT'D)"_s);
    printed.removeAll(u"BOB"_s); // the cue, repeated on each page a speech runs on to
    // The dual pair prints side by side, so its words are looked for one by one.
    QStringList expected;
    for (const ScreenplayElement &e : play.elements) {
        if (e.type != ElementType::PageBreak) {
            expected.append(e.text.simplified().split(u' ', Qt::SkipEmptyParts));
        }
    }
    expected.removeAll(u"BOB"_s);
    if (text.contains(u'^')) {
        for (const QString &word : std::as_const(expected)) {
            QVERIFY2(printed.contains(word), qPrintable(word));
        }
        QCOMPARE(printed.size(), expected.size());
    } else {
        QCOMPARE(printed, expected);
    }
}

void tst_Paginator::continuedWhenACharacterSpeaksAgain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("cues");
    QTest::newRow("again after action") << u"INT. A - DAY\n\nJOE\nHi.\n\nHe sits.\n\nJOE\nBye.\n"_s
                                        << QStringList{u"JOE"_s, u"JOE (CONT'D)"_s};
    QTest::newRow("another speaker between") << u"INT. A - DAY\n\nJOE\nHi.\n\nANN\nYo.\n\nJOE\nBye.\n"_s
                                             << QStringList{u"JOE"_s, u"ANN"_s, u"JOE"_s};
    QTest::newRow("a new scene") << u"INT. A - DAY\n\nJOE\nHi.\n\nINT. B - DAY\n\nJOE\nBye.\n"_s
                                 << QStringList{u"JOE"_s, u"JOE"_s};
    QTest::newRow("typed already") << u"INT. A - DAY\n\nJOE\nHi.\n\nHe sits.\n\nJOE (CONT'D)\nBye.\n"_s
                                   << QStringList{u"JOE"_s, u"JOE (CONT'D)"_s};
    QTest::newRow("with an extension") << u"INT. A - DAY\n\nJOE (V.O.)\nHi.\n\nRain.\n\nJOE (V.O.)\nBye.\n"_s
                                       << QStringList{u"JOE (V.O.)"_s, u"JOE (V.O.) (CONT'D)"_s};
    QTest::newRow("after a dual pair") << u"INT. A - DAY\n\nJOE\nHi.\n\nANN ^\nYo.\n\nRain.\n\nJOE\nBye.\n"_s
                                       << QStringList{u"JOE"_s, u"ANN"_s, u"JOE"_s};
}

void tst_Paginator::continuedWhenACharacterSpeaksAgain()
{
    QFETCH(QString, text);
    QFETCH(QStringList, cues);
    const auto printedCues = [](const QList<Page> &pages) {
        QStringList out;
        for (const Page &page : pages) {
            for (const PageLine &line : page.lines) {
                if (line.type == ElementType::Character) {
                    out.append(line.text.text);
                }
            }
        }
        return out;
    };
    const Screenplay play = FountainParser::parse(text);
    QCOMPARE(printedCues(Paginator::paginate(play)), cues);
    // Off: the cues print as typed.
    PageLayout plain = PageLayout::letter();
    plain.automaticContinued = false;
    QStringList typed;
    for (const ScreenplayElement &e : play.elements) {
        if (e.type == ElementType::Character) {
            typed.append(e.extension.isEmpty() ? e.text : e.text + u' ' + e.extension);
        }
    }
    QCOMPARE(printedCues(Paginator::paginate(play, plain)), typed);
}

QTEST_GUILESS_MAIN(tst_Paginator)
#include "tst_paginator.moc"
