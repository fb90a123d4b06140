// SPDX-License-Identifier: GPL-3.0-or-later
#include "fountaineditor.h"

#include "editor/smarttyping.h"
#include "fountainhighlighter.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
// A printed screenplay line holds about 61 characters of Courier 12
// (docs/screenplay-format.md §2.2); a little more room keeps indented action from wrapping
// early on screen.
constexpr int kColumnChars = 66;

// Debian's Courier Prime files all claim one style ("Light, Regular"), so fontconfig cannot tell
// regular from italic or bold and may hand out any of them; its Code cut has broken line
// metrics. Nimbus Mono PS (URW's Courier) and Courier New come first for that reason.
QFont typewriterFont()
{
    for (const QString &family :
         {u"Nimbus Mono PS"_s, u"Courier New"_s, u"Courier Prime"_s, u"Courier"_s}) {
        if (QFontDatabase::hasFamily(family)) {
            return QFont(family, 12);
        }
    }
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(12);
    return font;
}
} // namespace

FountainEditor::FountainEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new FountainHighlighter(document(), this))
    , m_typing(new SmartTyping(this, m_highlighter))
{
    setObjectName(u"fountainEditor"_s);
    setAccessibleName(tr("Screenplay editor"));
    setFont(typewriterFont());
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    setPlaceholderText(tr("INT. SOMEWHERE - DAY\n\nStart writing in Fountain: a scene heading, "
                          "then action.\n\nA NAME IN CAPITALS\nstarts a line of dialogue."));
    m_marks = new QWidget(this);
    m_marks->setObjectName(u"revisionMargin"_s);
    m_marks->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_marks->installEventFilter(this);
    m_marks->hide();
    connect(this, &QPlainTextEdit::updateRequest, m_marks, [this] {
        if (m_marks->isVisible()) {
            m_marks->update();
        }
    });
    updateMargins();
}

void FountainEditor::setText(const QString &text)
{
    // Nothing smart typing meant on the last text (a cue made with Tab, an open completion
    // list) carries over to this one.
    m_typing->reset();
    m_highlighter->setEnabled(text.size() <= kHighlightLimit);
    setPlainText(text);
}

void FountainEditor::checkLength()
{
    if (isPasting()) {
        return; // the paste decided already; its pieces would turn colouring on too early
    }
    const bool shortEnough = document()->characterCount() <= kHighlightLimit;
    if (shortEnough != m_highlighter->isEnabled()) {
        m_highlighter->setEnabled(shortEnough);
    }
}

// A paste that makes the text too long to colour turns highlighting off first, so the paste
// itself stays quick; a long one goes in by pieces.
void FountainEditor::insertFromMimeData(const QMimeData *source)
{
    if (!source || !source->hasText() || isPasting()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    const QString text = source->text();
    if (document()->characterCount() + text.size() > kHighlightLimit) {
        m_highlighter->setEnabled(false);
    }
    if (text.size() <= kPieceLimit) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    m_pasting = text;
    m_pasted = 0;
    m_pasteCursor = textCursor();
    m_pasteCursor.beginEditBlock();
    m_pasteCursor.removeSelectedText();
    m_pasteCursor.endEditBlock();
    setReadOnly(true);
    Q_EMIT pasteProgress(0, m_pasting.size());
    QTimer::singleShot(0, this, &FountainEditor::pasteNextPiece);
}

void FountainEditor::pasteNextPiece()
{
    if (!isPasting()) {
        return;
    }
    // About 32 K characters take one frame to insert; cut after a line break where there is one.
    constexpr qsizetype kPiece = 32 * 1024;
    qsizetype end = qMin(m_pasted + kPiece, m_pasting.size());
    if (end < m_pasting.size()) {
        const qsizetype newline = m_pasting.lastIndexOf(u'\n', end - 1);
        if (newline > m_pasted) {
            end = newline + 1;
        }
    }
    m_pasteCursor.joinPreviousEditBlock(); // the whole paste is one undo step
    m_pasteCursor.insertText(QStringView(m_pasting).sliced(m_pasted, end - m_pasted).toString());
    m_pasteCursor.endEditBlock();
    m_pasted = end;
    Q_EMIT pasteProgress(m_pasted, m_pasting.size());
    if (m_pasted < m_pasting.size()) {
        QTimer::singleShot(0, this, &FountainEditor::pasteNextPiece);
        return;
    }
    stopPasting();
}

void FountainEditor::stopPasting()
{
    if (!isPasting()) {
        return;
    }
    m_pasting.clear();
    setReadOnly(false);
    setTextCursor(m_pasteCursor);
    Q_EMIT pasteFinished();
}

// Ctrl+0…9 pick the element while typing, before the window's own shortcuts see them.
bool FountainEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && m_typing->overridesShortcut(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void FountainEditor::keyPressEvent(QKeyEvent *event)
{
    // Shift+Enter is a plain line break: a new line of the text, never the soft break inside one
    // paragraph that QPlainTextEdit makes of it (Fountain has no such thing, and each line of the
    // text must stay one block for the parser's lines to match the editor's).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::ShiftModifier && !isReadOnly()) {
        if (!m_typing->isCompleting()) {
            textCursor().insertBlock();
            ensureCursorVisible();
            return;
        }
    }
    if (m_typing->keyPress(event)) {
        return;
    }
    const QString text = m_typing->typedText(event);
    if (text != event->text()) {
        QKeyEvent capitals(event->type(), event->key(), event->modifiers(), text, event->isAutoRepeat(),
                           ushort(event->count()));
        QPlainTextEdit::keyPressEvent(&capitals);
    } else {
        QPlainTextEdit::keyPressEvent(event);
    }
    m_typing->afterTyping(event);
}

// The margins first: QPlainTextEdit lays the text out for the viewport's width in its own
// resizeEvent(), and a viewport narrowed after that would leave lines running past the column.
void FountainEditor::resizeEvent(QResizeEvent *event)
{
    updateMargins();
    QPlainTextEdit::resizeEvent(event);
}

int FountainEditor::widthForColumns(int columns) const
{
    const int text = int(QFontMetricsF(font()).horizontalAdvance(u'M') * columns + 0.5);
    return text + 2 * 8 + 22 + frameWidth() * 2 + verticalScrollBar()->sizeHint().width()
           + int(document()->documentMargin() * 2);
}

// Centres a page-wide text column in the viewport; revision marks need a little room on the right.
void FountainEditor::updateMargins()
{
    const qreal column = QFontMetricsF(font()).horizontalAdvance(u'M') * kColumnChars;
    const int free = int(width() - column - 40);
    const int side = free > 0 ? free / 2 : 8;
    const int right = m_revised.isEmpty() ? side : std::max(side, 22);
    setViewportMargins(side, 12, right, 12);
    if (m_marks) {
        // Between the text column and the scroll bar.
        const QRect text = viewport()->geometry();
        m_marks->setGeometry(text.right() + 1, text.top(), right, text.height());
    }
}

void FountainEditor::setRevisedLines(const QList<int> &lines)
{
    QList<int> sorted = lines;
    std::sort(sorted.begin(), sorted.end());
    if (sorted == m_revised) {
        return;
    }
    const bool hadMarks = !m_revised.isEmpty();
    m_revised = std::move(sorted);
    if (hadMarks != !m_revised.isEmpty()) {
        updateMargins();
    }
    m_marks->setVisible(!m_revised.isEmpty());
    m_marks->update();
}

QList<int> FountainEditor::markedBlocksInView() const
{
    QList<int> out;
    if (m_revised.isEmpty()) {
        return out;
    }
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(offset);
        if (box.top() > viewport()->height()) {
            break;
        }
        if (block.isVisible() && std::binary_search(m_revised.begin(), m_revised.end(), block.blockNumber() + 1)) {
            out.append(block.blockNumber());
        }
    }
    return out;
}

bool FountainEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_marks && event->type() == QEvent::Paint) {
        QPainter painter(m_marks);
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::Text));
        const QFontMetricsF metrics(font());
        const QPointF offset = contentOffset();
        for (const int number : markedBlocksInView()) {
            const QTextBlock block = document()->findBlockByNumber(number);
            const QRectF box = blockBoundingGeometry(block).translated(offset);
            // Every line the paragraph wraps to carries the mark, as on the printed page.
            const int lines = std::max(1, block.layout() ? block.layout()->lineCount() : 1);
            for (int k = 0; k < lines; ++k) {
                painter.drawText(QPointF(6, box.top() + k * metrics.lineSpacing() + metrics.ascent()), u"*"_s);
            }
        }
        return true;
    }
    return QPlainTextEdit::eventFilter(watched, event);
}

} // namespace Spielberg
