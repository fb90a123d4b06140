// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/fountainhighlighter.h>

#include <QGuiApplication>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
// A document that reports its changes: QTextDocument emits contentsChange, which the highlighter
// listens to, only once it has a layout (as every editor's document has).
struct LaidOutDocument : QTextDocument {
    LaidOutDocument() { documentLayout(); }
};

// The character format the highlighter gave the first character of a line.
QTextCharFormat formatAt(const QTextDocument &doc, int blockNumber, int column = 0)
{
    const QTextBlock block = doc.findBlockByNumber(blockNumber);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length) {
            return range.format;
        }
    }
    return {};
}
} // namespace

class tst_FountainHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }
    void definitionLoads();
    void headingDiffersFromAction();
    void elementsGetDistinctFormats();
    void typingHighlights();
    void linesAreWhatTheParserReads();
    void aCueTypedAboveTextRecolours();
    void dialogueIsCalmInBothPalettes();
};

void tst_FountainHighlighter::definitionLoads()
{
    LaidOutDocument doc;
    FountainHighlighter highlighter(&doc);
    QVERIFY(highlighter.isValid());
}

void tst_FountainHighlighter::headingDiffersFromAction()
{
    LaidOutDocument doc;
    FountainHighlighter highlighter(&doc);
    doc.setPlainText(u"INT. HOUSE - DAY\n\nShe opens the door."_s);
    const QTextCharFormat heading = formatAt(doc, 0);
    const QTextCharFormat action = formatAt(doc, 2);
    QVERIFY(heading.isValid());
    QVERIFY(heading.fontWeight() > QFont::Normal);
    QVERIFY(heading != action);
}

void tst_FountainHighlighter::elementsGetDistinctFormats()
{
    LaidOutDocument doc;
    FountainHighlighter highlighter(&doc);
    doc.setPlainText(u"INT. HOUSE - DAY\n"      // 0 heading
                     "\n"                       // 1
                     "She waits.\n"             // 2 action
                     "\n"                       // 3
                     "JOHN\n"                   // 4 character
                     "(quietly)\n"              // 5 parenthetical
                     "Hello there.\n"           // 6 dialogue
                     "\n"                       // 7
                     "CUT TO:\n"                // 8 transition
                     "\n"                       // 9
                     "[[a note]]\n"             // 10 note
                     "/* cut */\n"              // 11 boneyard
                     "# Act One\n"              // 12 section
                     "= Synopsis here\n"        // 13 synopsis
                     "*italic* and **bold**\n"  // 14 emphasis
                     "~La la la\n"              // 15 lyrics
                     ">THE END<\n"_s);          // 16 centered
    const int lines[] = {0, 2, 4, 5, 6, 8, 10, 11, 12, 13, 15, 16};
    QList<QTextCharFormat> formats;
    for (int line : lines) {
        formats.append(formatAt(doc, line));
    }
    // Scene heading, character, parenthetical, dialogue, transition, note, boneyard, section,
    // synopsis, lyrics and centered text each look different from action.
    const QTextCharFormat action = formats[1];
    for (int k = 0; k < formats.size(); ++k) {
        if (k == 1) {
            continue;
        }
        QVERIFY2(formats[k] != action, qPrintable(u"line %1 looks like action"_s.arg(lines[k])));
    }
    QVERIFY(formats[2] != formats[4]);  // character vs dialogue
    QVERIFY(formats[3] != formats[4]);  // parenthetical vs dialogue
    // Emphasis: italic on the first word, bold on the last.
    QVERIFY(formatAt(doc, 14, 1).fontItalic());
    QVERIFY(formatAt(doc, 14, 16).fontWeight() > QFont::Normal);
}

void tst_FountainHighlighter::typingHighlights()
{
    LaidOutDocument doc;
    FountainHighlighter highlighter(&doc);
    QTextCursor cursor(&doc);
    for (const QChar c : u"Rain.\n\nEXT. ROAD - NIGHT\n"_s) {
        cursor.insertText(QString(c));
    }
    QVERIFY(formatAt(doc, 2) != formatAt(doc, 0));
    QVERIFY(formatAt(doc, 2).fontWeight() > QFont::Normal);
}

void tst_FountainHighlighter::linesAreWhatTheParserReads()
{
    LaidOutDocument doc;
    FountainHighlighter highlighter(&doc);
    doc.setPlainText(u"INT. HOUSE - DAY\n"   // 0 heading
                     "\n"                    // 1
                     "A RIVER.\n"            // 2 action in capitals
                     "\n"                    // 3
                     "**FADE IN:**\n"        // 4 action in bold capitals
                     "\n"                    // 5
                     "She waits.\n"          // 6 action
                     "EXT. ROAD - DAY\n"     // 7 no blank line before: action
                     "\n"
                     "JOHN\n"                // 9 a cue
                     "Hi.\n"_s);
    const QTextCharFormat action = formatAt(doc, 6);
    QCOMPARE(highlighter.elementAt(2), ElementType::Action);
    QCOMPARE(formatAt(doc, 2).foreground(), action.foreground());
    QCOMPARE(formatAt(doc, 2).fontWeight(), action.fontWeight());
    QCOMPARE(highlighter.elementAt(4), ElementType::Action);
    QCOMPARE(formatAt(doc, 4, 3).foreground(), action.foreground());
    QVERIFY(formatAt(doc, 4, 3).fontWeight() > QFont::Normal); // its own bold, not a cue's colour
    QCOMPARE(highlighter.elementAt(7), ElementType::Action);
    QCOMPARE(formatAt(doc, 7), action);
    QVERIFY(formatAt(doc, 0) != action);
    QCOMPARE(highlighter.elementAt(9), ElementType::Character);
    QVERIFY(formatAt(doc, 9) != action);
}

void tst_FountainHighlighter::aCueTypedAboveTextRecolours()
{
    // The name line changes colour when the line under it is typed: a block the edit did not touch.
    LaidOutDocument doc;
    FountainHighlighter highlighter(&doc);
    doc.setPlainText(u"INT. HOUSE - DAY\n\nJOHN\n"_s);
    const QTextCharFormat action = formatAt(doc, 2);
    QCOMPARE(highlighter.elementAt(2), ElementType::Action);
    QTextCursor cursor(&doc);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"H"_s);
    QCOMPARE(highlighter.elementAt(2), ElementType::Character);
    QVERIFY(formatAt(doc, 2) != action);
    cursor.deletePreviousChar();
    QCOMPARE(formatAt(doc, 2), action);
}

void tst_FountainHighlighter::dialogueIsCalmInBothPalettes()
{
    const QPalette original = QGuiApplication::palette();
    for (const bool dark : {false, true}) {
        QPalette palette = original;
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
            palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
            palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        }
        QGuiApplication::setPalette(palette);
        LaidOutDocument doc;
        FountainHighlighter highlighter(&doc);
        doc.setPlainText(u"INT. HOUSE - DAY\n\nJOHN\nHello there.\n"_s);
        const QColor dialogue = formatAt(doc, 3).foreground().color();
        // Not an error red: the red channel does not dominate.
        QVERIFY2(!(dialogue.red() > 150 && dialogue.green() < 100 && dialogue.blue() < 100),
                 qPrintable(dialogue.name()));
        // Readable on the page: far enough from the background.
        const QColor base = palette.color(QPalette::Base);
        QVERIFY2(std::abs(dialogue.lightness() - base.lightness()) > 60, qPrintable(dialogue.name()));
    }
    QGuiApplication::setPalette(original);
}

QTEST_MAIN(tst_FountainHighlighter)
#include "tst_fountainhighlighter.moc"
