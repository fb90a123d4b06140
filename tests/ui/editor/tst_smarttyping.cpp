// SPDX-License-Identifier: GPL-3.0-or-later
// Smart typing, driven by keys on the real editor: Enter and Tab between elements, capitals,
// completion, the element shortcuts, and undo in natural steps.
#include <ui/editor/smarttyping.h>
#include <ui/fountaineditor.h>
#include <ui/fountainhighlighter.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace Spielberg;
using Kind = ElementMarkup::Kind;

namespace {

// Sends keys where the writer's keyboard sends them: to the completion list while it shows.
void press(FountainEditor &editor, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QAbstractItemView *list = editor.smartTyping()->completer()->popup();
    QTest::keyClick(list->isVisible() ? static_cast<QWidget *>(list) : &editor, key, modifiers);
}

void type(FountainEditor &editor, const QString &text)
{
    for (const QChar c : text) {
        QAbstractItemView *list = editor.smartTyping()->completer()->popup();
        QTest::keyClicks(list->isVisible() ? static_cast<QWidget *>(list) : &editor, QString(c));
    }
}

} // namespace

class tst_SmartTyping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aSceneTypedWithoutThinking();
    void tabMakesCuesTransitionsAndParentheticals();
    void shortcutsPickTheElement();
    void completesHeadingsAndExtensions();
    void escapeClosesTheList();
    void undoTakesOneActionAtATime();
    void aHeadingTypedUnderATransition();
    void aNameTypedWithoutTabStillSpeaks();
    void enterInTheMiddleOfALineIsALineBreak();
    void longTextStillKnowsTheElement();
    void aNewTextForgetsTheLastIntent();

private:
    std::unique_ptr<FountainEditor> m_editor;
};

void tst_SmartTyping::init()
{
    m_editor = std::make_unique<FountainEditor>();
    m_editor->resize(900, 600);
    m_editor->smartTyping()->setCast({u"Anna"_s, u"Bob"_s});
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
    m_editor->setFocus();
}

void tst_SmartTyping::cleanup()
{
    m_editor.reset();
}

void tst_SmartTyping::aSceneTypedWithoutThinking()
{
    FountainEditor &editor = *m_editor;
    QSignalSpy kinds(editor.smartTyping(), &SmartTyping::currentKindChanged);
    type(editor, u"int. kitchen - day"_s);
    QCOMPARE(editor.toPlainText(), u"INT. KITCHEN - DAY"_s);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::SceneHeading);
    press(editor, Qt::Key_Escape); // the times-of-day list
    press(editor, Qt::Key_Return);
    type(editor, u"Anna waits."_s);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Action);
    press(editor, Qt::Key_Return);
    press(editor, Qt::Key_Tab);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Character);
    type(editor, u"an"_s);
    QVERIFY(editor.smartTyping()->isCompleting());
    QCOMPARE(editor.smartTyping()->completer()->completionModel()->index(0, 0).data().toString(), u"ANNA"_s);
    // The list opens under the cursor, not in the margin beside the text column.
    const QPoint caret = editor.viewport()->mapToGlobal(editor.cursorRect().bottomLeft());
    const QPoint list = editor.smartTyping()->completer()->popup()->mapToGlobal(QPoint(0, 0));
    QVERIFY2(std::abs(list.x() - caret.x()) < 40 && list.y() >= caret.y() - 4,
             qPrintable(u"list at %1,%2, caret at %3,%4"_s.arg(list.x()).arg(list.y()).arg(caret.x()).arg(caret.y())));
    press(editor, Qt::Key_Return); // takes ANNA from the bible
    QVERIFY(!editor.smartTyping()->isCompleting());
    press(editor, Qt::Key_Return);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Dialogue);
    type(editor, u"Hello."_s);
    QCOMPARE(editor.toPlainText(), u"INT. KITCHEN - DAY\n\nAnna waits.\n\nANNA\nHello.\n"_s);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Dialogue);
    QVERIFY(!kinds.isEmpty());

    // The highlighter reads the same: the cue is a cue now that a line stands under it.
    const FountainHighlighter *highlighter = editor.highlighter();
    QCOMPARE(highlighter->elementAt(4), ElementType::Character);
    QCOMPARE(highlighter->elementAt(5), ElementType::Dialogue);

    // One undo takes only what was typed last.
    editor.undo();
    QCOMPARE(editor.toPlainText(), u"INT. KITCHEN - DAY\n\nAnna waits.\n\nANNA\n\n"_s);
    editor.undo();
    QCOMPARE(editor.toPlainText(), u"INT. KITCHEN - DAY\n\nAnna waits.\n\nANNA\n"_s);
    editor.undo();
    QCOMPARE(editor.toPlainText(), u"INT. KITCHEN - DAY\n\nAnna waits.\n\nAN\n"_s);
}

void tst_SmartTyping::tabMakesCuesTransitionsAndParentheticals()
{
    FountainEditor &editor = *m_editor;
    editor.setText(u"INT. HALL - NIGHT\n\nRain.\n\n"_s);
    editor.moveCursor(QTextCursor::End);
    press(editor, Qt::Key_Tab);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Character);
    press(editor, Qt::Key_Tab);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Transition);
    press(editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Character);
    type(editor, u"bob"_s);
    press(editor, Qt::Key_Escape);
    press(editor, Qt::Key_Return);
    press(editor, Qt::Key_Tab); // an empty dialogue line: a parenthetical
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Parenthetical);
    type(editor, u"quietly"_s);
    press(editor, Qt::Key_Return); // after the parenthetical, dialogue
    type(editor, u"Go."_s);
    press(editor, Qt::Key_Return); // after dialogue, action
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Action);
    press(editor, Qt::Key_Tab);
    press(editor, Qt::Key_Tab);
    type(editor, u"cut to:"_s);
    press(editor, Qt::Key_Escape);
    press(editor, Qt::Key_Return); // after a transition, a heading
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::SceneHeading);
    type(editor, u"ext. road - night"_s);
    QCOMPARE(editor.toPlainText(),
             u"INT. HALL - NIGHT\n\nRain.\n\nBOB\n(quietly)\nGo.\n\nCUT TO:\n\nEXT. ROAD - NIGHT\n"_s);
    QCOMPARE(editor.highlighter()->elementAt(4), ElementType::Character);
    QCOMPARE(editor.highlighter()->elementAt(5), ElementType::Parenthetical);
    QCOMPARE(editor.highlighter()->elementAt(8), ElementType::Transition);
}

void tst_SmartTyping::shortcutsPickTheElement()
{
    FountainEditor &editor = *m_editor;
    editor.setText(u"INT. HALL - NIGHT\n\nthe door opens\n"_s);
    QTextCursor cursor(editor.document()->findBlockByNumber(2));
    editor.setTextCursor(cursor);
    press(editor, Qt::Key_7, Qt::ControlModifier); // shot
    QCOMPARE(editor.document()->findBlockByNumber(2).text(), u"!THE DOOR OPENS"_s);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Shot);
    press(editor, Qt::Key_6, Qt::ControlModifier); // transition
    QCOMPARE(editor.document()->findBlockByNumber(2).text(), u"> THE DOOR OPENS"_s);
    QCOMPARE(editor.highlighter()->elementAt(2), ElementType::Transition);
    press(editor, Qt::Key_1, Qt::ControlModifier); // scene heading
    QCOMPARE(editor.document()->findBlockByNumber(2).text(), u".THE DOOR OPENS"_s);
    QCOMPARE(editor.highlighter()->elementAt(2), ElementType::SceneHeading);
    press(editor, Qt::Key_2, Qt::ControlModifier); // action, forced since it is all capitals
    QCOMPARE(editor.document()->findBlockByNumber(2).text(), u"!THE DOOR OPENS"_s);
    QCOMPARE(editor.highlighter()->elementAt(2), ElementType::Action);
    editor.undo();
    QCOMPARE(editor.document()->findBlockByNumber(2).text(), u".THE DOOR OPENS"_s);

    // Dialogue under a cue, then back: Tab turns it into a parenthetical.
    editor.setText(u"INT. HALL - NIGHT\n\nANNA\nquietly\n"_s);
    editor.setTextCursor(QTextCursor(editor.document()->findBlockByNumber(3)));
    press(editor, Qt::Key_Tab);
    QCOMPARE(editor.document()->findBlockByNumber(3).text(), u"(quietly)"_s);
    QCOMPARE(editor.highlighter()->elementAt(3), ElementType::Parenthetical);
}

void tst_SmartTyping::completesHeadingsAndExtensions()
{
    FountainEditor &editor = *m_editor;
    editor.setText(u"INT. KITCHEN - DAY\n\nBOB\nHi.\n\nEXT. GARDEN - NIGHT\n\nRain.\n\n"_s);
    editor.moveCursor(QTextCursor::End);
    type(editor, u"int. k"_s);
    QVERIFY(editor.smartTyping()->isCompleting());
    press(editor, Qt::Key_Return);
    QCOMPARE(editor.textCursor().block().text(), u"INT. KITCHEN"_s);
    type(editor, u" - "_s);
    QVERIFY(editor.smartTyping()->isCompleting());
    QCOMPARE(editor.smartTyping()->completer()->completionModel()->index(0, 0).data().toString(), u"DAY"_s);
    type(editor, u"n"_s);
    press(editor, Qt::Key_Tab);
    QCOMPARE(editor.textCursor().block().text(), u"INT. KITCHEN - NIGHT"_s);
    press(editor, Qt::Key_Return);
    press(editor, Qt::Key_Tab);
    type(editor, u"b"_s);
    QCOMPARE(editor.smartTyping()->completer()->completionModel()->index(0, 0).data().toString(), u"BOB"_s);
    press(editor, Qt::Key_Return);
    type(editor, u" (v"_s);
    QCOMPARE(editor.smartTyping()->completer()->completionModel()->index(0, 0).data().toString(),
             u"BOB (V.O.)"_s);
    press(editor, Qt::Key_Return);
    QCOMPARE(editor.textCursor().block().text(), u"BOB (V.O.)"_s);
}

void tst_SmartTyping::aNameTypedWithoutTabStillSpeaks()
{
    // Writers who know Fountain type the name in capitals and Enter; "A RIVER." stays action.
    FountainEditor &editor = *m_editor;
    editor.setText(u"INT. KITCHEN - DAY\n\n"_s);
    editor.moveCursor(QTextCursor::End);
    type(editor, u"A RIVER."_s);
    press(editor, Qt::Key_Return);
    type(editor, u"JOE"_s);
    press(editor, Qt::Key_Escape);
    press(editor, Qt::Key_Return);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Dialogue);
    type(editor, u"Hi."_s);
    QCOMPARE(editor.toPlainText(), u"INT. KITCHEN - DAY\n\nA RIVER.\n\nJOE\nHi.\n"_s);
}

void tst_SmartTyping::undoTakesOneActionAtATime()
{
    FountainEditor &editor = *m_editor;
    editor.setText(u"INT. A - DAY\n\nAnna waits.\n\nA RIVER.\n"_s);
    QTextCursor end(editor.document()->findBlockByNumber(2));
    end.movePosition(QTextCursor::EndOfBlock);
    editor.setTextCursor(end);
    type(editor, u" Slowly."_s);
    editor.setTextCursor(QTextCursor(editor.document()->findBlockByNumber(4)));
    press(editor, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(editor.document()->findBlockByNumber(4).text(), u"A RIVER."_s.toUpper());
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Character);
    press(editor, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(editor.document()->findBlockByNumber(4).text(), u".A RIVER."_s);
    editor.undo();
    QCOMPARE(editor.document()->findBlockByNumber(4).text(), u"A RIVER."_s);
    QCOMPARE(editor.document()->findBlockByNumber(2).text(), u"Anna waits. Slowly."_s);
}

void tst_SmartTyping::aHeadingTypedUnderATransition()
{
    // A heading typed on the line right under CUT TO: gets the blank line it needs.
    FountainEditor &editor = *m_editor;
    editor.setText(u"INT. A - DAY\n\nRain.\n\nCUT TO:\n"_s);
    editor.moveCursor(QTextCursor::End);
    type(editor, u"int. kitchen - day"_s);
    press(editor, Qt::Key_Escape);
    QCOMPARE(editor.toPlainText(), u"INT. A - DAY\n\nRain.\n\nCUT TO:\n\nINT. KITCHEN - DAY"_s);
    QCOMPARE(editor.highlighter()->elementAt(4), ElementType::Transition);
    QCOMPARE(editor.highlighter()->elementAt(6), ElementType::SceneHeading);
}

void tst_SmartTyping::escapeClosesTheList()
{
    FountainEditor &editor = *m_editor;
    editor.setText(u"INT. KITCHEN - DAY\n\n"_s);
    editor.moveCursor(QTextCursor::End);
    press(editor, Qt::Key_Tab);
    type(editor, u"a"_s);
    QVERIFY(editor.smartTyping()->isCompleting());
    press(editor, Qt::Key_Escape);
    QVERIFY(!editor.smartTyping()->isCompleting());
    QCOMPARE(editor.textCursor().block().text(), u"A"_s);
}

void tst_SmartTyping::enterInTheMiddleOfALineIsALineBreak()
{
    FountainEditor &editor = *m_editor;
    editor.setText(u"INT. KITCHEN - DAY\n\nShe waits. He comes."_s);
    QTextCursor cursor(editor.document()->findBlockByNumber(2));
    cursor.setPosition(cursor.position() + 11);
    editor.setTextCursor(cursor);
    press(editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), u"INT. KITCHEN - DAY\n\nShe waits. \nHe comes."_s);
    // Shift+Enter is always a plain line break: a new line (block) of the text.
    editor.moveCursor(QTextCursor::End);
    const int blocks = editor.document()->blockCount();
    press(editor, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(editor.toPlainText(), u"INT. KITCHEN - DAY\n\nShe waits. \nHe comes.\n"_s);
    QCOMPARE(editor.document()->blockCount(), blocks + 1);
}

void tst_SmartTyping::longTextStillKnowsTheElement()
{
    // Past the highlighting limit the editor reads the lines around the cursor instead.
    FountainEditor &editor = *m_editor;
    QString scene = u"INT. KITCHEN - DAY\n\nAnna waits for the kettle, and waits, and waits.\n\nANNA\nHello.\n\n"_s;
    QString text;
    while (text.size() <= FountainEditor::kHighlightLimit) {
        text += scene;
    }
    editor.setText(text);
    QVERIFY(!editor.highlighter()->isEnabled());
    editor.moveCursor(QTextCursor::End);
    QElapsedTimer timer;
    timer.start();
    press(editor, Qt::Key_Tab);
    type(editor, u"an"_s);
    press(editor, Qt::Key_Escape);
    press(editor, Qt::Key_Return);
    type(editor, u"Hi."_s);
    QVERIFY2(timer.elapsed() < 2000, "smart typing stalled in a long text");
    QVERIFY(editor.toPlainText().endsWith(u"\n\nAN\nHi.\n"_s));
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Dialogue);
}

// A cue made with Tab on the last line of one script must not colour the first line of the next
// script opened in the same editor, nor its completion list stay open.
void tst_SmartTyping::aNewTextForgetsTheLastIntent()
{
    FountainEditor &editor = *m_editor;
    editor.setText(u"INT. HALL - NIGHT\n\nRain.\n\n"_s);
    editor.moveCursor(QTextCursor::End);
    press(editor, Qt::Key_Tab);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Character);
    QCOMPARE(editor.highlighter()->elementAt(4), ElementType::Character);
    editor.setText(u"The other script begins with action.\n\nMore action.\n"_s);
    QCOMPARE(editor.smartTyping()->currentKind(), Kind::Action);
    QCOMPARE(editor.highlighter()->elementAt(0), ElementType::Action);
    type(editor, u"x"_s);
    QCOMPARE(editor.toPlainText().left(2), u"xT"_s); // no capitals forced by a stale cue
}

QTEST_MAIN(tst_SmartTyping)
#include "tst_smarttyping.moc"
