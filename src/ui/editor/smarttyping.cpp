// SPDX-License-Identifier: GPL-3.0-or-later
#include "smarttyping.h"

#include "../fountainhighlighter.h"

#include <core/fountainparser.h>
#include <core/typingcompletion.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

bool isBlank(const QTextBlock &block)
{
    return !block.isValid() || block.text().trimmed().isEmpty();
}

// The kinds Tab steps through on an empty new paragraph.
constexpr ElementMarkup::Kind kParagraphCycle[] = {ElementMarkup::Kind::Action, ElementMarkup::Kind::Character,
                                                    ElementMarkup::Kind::Transition,
                                                    ElementMarkup::Kind::SceneHeading};

// Lines read around a block when the whole text is too long to keep parsed (highlighting off).
constexpr int kWindowBefore = 60;
constexpr int kWindowAfter = 4;

// A line of capitals typed alone on a new paragraph, short and without a sentence's end, is a
// name about to speak (the parser cannot tell before the dialogue is there).
bool looksLikeCue(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 40 || t.endsWith(u'.') || t.endsWith(u':') || t.endsWith(u'!')
        || t.endsWith(u'?') || FountainParser::hasHeadingPrefix(t)) {
        return false;
    }
    return std::any_of(t.begin(), t.end(), [](QChar c) { return c.isLetter(); })
           && std::none_of(t.begin(), t.end(), [](QChar c) { return c.isLower(); });
}

} // namespace

SmartTyping::SmartTyping(QPlainTextEdit *editor, FountainHighlighter *highlighter)
    : QObject(editor)
    , m_editor(editor)
    , m_highlighter(highlighter)
    , m_completer(new QCompleter(this))
    , m_candidates(new QStringListModel(this))
{
    m_completer->setModel(m_candidates);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(u"completionList"_s);
    m_completer->popup()->setAccessibleName(tr("Completions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &SmartTyping::acceptCompletion);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &SmartTyping::cursorMoved);
    connect(editor->document(), &QTextDocument::contentsChanged, this, [this] {
        const Kind kind = currentKind();
        if (kind != m_lastKind) {
            m_lastKind = kind;
            Q_EMIT currentKindChanged(kind);
        }
    });
}

void SmartTyping::setEnabled(bool enabled)
{
    if (enabled != m_enabled) {
        m_enabled = enabled;
        Q_EMIT enabledChanged(enabled);
    }
    if (!enabled) {
        setIntent({}, std::nullopt);
        hideCompletion();
    }
}

bool SmartTyping::isCompleting() const
{
    return m_completer->popup()->isVisible();
}

std::optional<ElementType> SmartTyping::parsedAt(const QTextBlock &block) const
{
    if (m_highlighter->isEnabled()) {
        return m_highlighter->lines().at(block.blockNumber());
    }
    // A text too long to keep parsed: read the lines around this one, from a blank line.
    QTextBlock first = block;
    for (int i = 0; i < kWindowBefore && first.previous().isValid(); ++i) {
        first = first.previous();
    }
    while (first != block && !isBlank(first)) {
        first = first.next();
    }
    QString text;
    int line = 0;
    QTextBlock b = first;
    for (; b.isValid() && b != block; b = b.next(), ++line) {
        text += b.text() + u'\n';
    }
    for (int i = 0; b.isValid() && i <= kWindowAfter; b = b.next(), ++i) {
        text += b.text() + u'\n';
    }
    LineElements window;
    window.reset(text);
    return window.at(line);
}

bool SmartTyping::startsParagraph(const QTextBlock &block) const
{
    return !block.previous().isValid() || isBlank(block.previous());
}

SmartTyping::Kind SmartTyping::kindAt(const QTextBlock &block) const
{
    if (m_intent && !m_intentAt.isNull() && m_intentAt.block() == block) {
        return *m_intent;
    }
    const QString text = block.text();
    if (text.trimmed().isEmpty()) {
        // An empty line in a speech continues it; anywhere else it starts action.
        if (!startsParagraph(block)) {
            const std::optional<ElementType> above = parsedAt(block.previous());
            if (above == ElementType::Character || above == ElementType::Parenthetical
                || above == ElementType::Dialogue) {
                return Kind::Dialogue;
            }
        }
        return Kind::Action;
    }
    const std::optional<ElementType> type = parsedAt(block);
    return type ? ElementMarkup::kindOf(*type, text) : Kind::General;
}

SmartTyping::Kind SmartTyping::currentKind() const
{
    return kindAt(m_editor->textCursor().block());
}

void SmartTyping::setIntent(const QTextCursor &at, std::optional<Kind> kind)
{
    m_intent = kind;
    m_intentAt = kind ? at : QTextCursor();
    m_highlighter->setIntent(at, kind ? std::optional(ElementMarkup::elementOf(*kind)) : std::nullopt);
    const Kind now = currentKind();
    if (now != m_lastKind) {
        m_lastKind = now;
        Q_EMIT currentKindChanged(now);
    }
}

void SmartTyping::reset()
{
    hideCompletion();
    setIntent({}, std::nullopt);
}

void SmartTyping::cursorMoved()
{
    if (m_intent && m_intentAt.block() != m_editor->textCursor().block()) {
        setIntent({}, std::nullopt);
    }
    if (isCompleting() && m_editor->textCursor().position() < m_completionStart) {
        hideCompletion();
    }
    const Kind now = currentKind();
    if (now != m_lastKind) {
        m_lastKind = now;
        Q_EMIT currentKindChanged(now);
    }
}

bool SmartTyping::overridesShortcut(const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return m_enabled && modifiers == Qt::ControlModifier && event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9;
}

bool SmartTyping::keyPress(QKeyEvent *event)
{
    if (!m_enabled || m_editor->isReadOnly()) {
        return false;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (isCompleting()) {
        // The list's own keys, when they reach the editor rather than the list.
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab) {
            const QModelIndex current = m_completer->popup()->currentIndex();
            const QString text = (current.isValid() ? current : m_candidates->index(0)).data().toString();
            hideCompletion();
            acceptCompletion(text);
            return true;
        }
        if (key == Qt::Key_Escape) {
            hideCompletion();
            return true;
        }
    }
    if (overridesShortcut(event)) {
        setKind(Kind(key - Qt::Key_0));
        return true;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
        return enter();
    }
    if (key == Qt::Key_Tab && modifiers == Qt::NoModifier) {
        return tab(true);
    }
    if (key == Qt::Key_Backtab || (key == Qt::Key_Tab && modifiers == Qt::ShiftModifier)) {
        return tab(false);
    }
    return false;
}

QString SmartTyping::typedText(const QKeyEvent *event) const
{
    const QString text = event->text();
    if (!m_enabled || text.isEmpty() || !text.front().isPrint()
        || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        return text;
    }
    const QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = cursor.block();
    const bool heading = startsParagraph(block) && FountainParser::hasHeadingPrefix(block.text());
    const Kind kind = kindAt(block);
    const bool shot = kind == Kind::Shot && m_intent == Kind::Shot; // chosen, not just a line of capitals
    return heading || shot || ElementMarkup::typesInCapitals(kind) ? text.toUpper() : text;
}

void SmartTyping::afterTyping(const QKeyEvent *event)
{
    if (!m_enabled) {
        return;
    }
    const QString text = event->text();
    const bool typed = !text.isEmpty() && text.front().isPrint()
                       && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    const bool erased = event->key() == Qt::Key_Backspace;
    if (!typed && !erased) {
        return;
    }
    QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = cursor.block();
    const QString line = block.text();
    // A heading typed on the line right under a transition gets the blank line it needs.
    if (typed && !startsParagraph(block) && FountainParser::hasHeadingPrefix(line)) {
        const QString above = block.previous().text().trimmed();
        if (above.endsWith(u"TO:"_s) || above.startsWith(u'>')) {
            QTextCursor edit(block);
            edit.joinPreviousEditBlock();
            edit.insertText(u"\n"_s);
            edit.endEditBlock();
        }
    }
    // "int." makes the line a heading: what was typed of it goes to capitals, with the keystroke.
    if (typed && startsParagraph(block) && FountainParser::hasHeadingPrefix(line) && line != line.toUpper()) {
        const int position = cursor.position();
        QTextCursor edit(block);
        edit.joinPreviousEditBlock();
        edit.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        edit.insertText(line.toUpper());
        edit.endEditBlock();
        cursor.setPosition(position);
        m_editor->setTextCursor(cursor);
    }
    complete();
}

void SmartTyping::complete()
{
    const QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = cursor.block();
    const QString line = block.text().left(cursor.positionInBlock());
    if (cursor.hasSelection() || line.trimmed().isEmpty()
        || cursor.positionInBlock() < block.text().trimmed().size()) {
        hideCompletion();
        return;
    }
    const Kind kind = kindAt(block);
    // Only a new paragraph is offered heading words; a cue also needs one.
    if ((kind == Kind::Character || kind == Kind::SceneHeading || kind == Kind::Transition
         || FountainParser::hasHeadingPrefix(line))
        && !startsParagraph(block)) {
        hideCompletion();
        return;
    }
    static const Screenplay kNothing;
    const Screenplay &play = m_highlighter->isEnabled() ? m_highlighter->lines().screenplay() : kNothing;
    const TypingCompletion completion = TypingCompletion::complete(kind, line, play, m_cast);
    if (completion.candidates.isEmpty()) {
        hideCompletion();
        return;
    }
    m_completionStart = block.position() + completion.start;
    m_candidates->setStringList(completion.candidates);
    // The cursor's rectangle is the viewport's; the list is placed in the editor's coordinates.
    QRect rect = m_editor->cursorRect().translated(m_editor->viewport()->pos());
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 16);
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void SmartTyping::acceptCompletion(const QString &text)
{
    if (text.isEmpty()) {
        return;
    }
    QTextCursor cursor = m_editor->textCursor();
    const int end = cursor.position();
    if (m_completionStart > end || m_completionStart < cursor.block().position()) {
        return;
    }
    cursor.beginEditBlock();
    cursor.setPosition(int(m_completionStart));
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(text);
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
}

void SmartTyping::hideCompletion()
{
    if (isCompleting()) {
        m_completer->popup()->hide();
    }
}

bool SmartTyping::enter()
{
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection()) {
        return false;
    }
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const QString rest = text.mid(cursor.positionInBlock()).trimmed();
    if (text.trimmed().isEmpty() && startsParagraph(block) && block.previous().isValid()) {
        return true; // already on a new paragraph: a second Enter out of habit adds no blank line
    }
    if (text.trimmed().isEmpty() || !(rest.isEmpty() || rest == u")"_s)) {
        return false; // an empty line or the middle of one: an ordinary line break
    }
    Kind kind = kindAt(block);
    if (kind == Kind::Shot && m_intent != Kind::Shot && startsParagraph(block) && isBlank(block.next())
        && looksLikeCue(text)) {
        kind = Kind::Character;
    }
    QString insert = u"\n\n"_s;
    std::optional<Kind> next;
    switch (kind) {
    case Kind::Character:
    case Kind::Parenthetical:
        insert = u"\n"_s;
        next = Kind::Dialogue;
        break;
    case Kind::Transition:
        next = Kind::SceneHeading;
        break;
    default:
        break;
    }
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(insert);
    // A paragraph added at the very end keeps the text ending with a line break.
    if (!cursor.block().next().isValid()) {
        cursor.insertText(u"\n"_s);
        cursor.movePosition(QTextCursor::PreviousCharacter);
    }
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    setIntent(cursor, next);
    return true;
}

bool SmartTyping::tab(bool forward)
{
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection()) {
        return false;
    }
    const QTextBlock block = cursor.block();
    const Kind kind = kindAt(block);
    if (block.text().trimmed().isEmpty()) {
        if (kind == Kind::Dialogue && forward) {
            cursor.beginEditBlock();
            cursor.insertText(u"()"_s);
            cursor.endEditBlock();
            cursor.movePosition(QTextCursor::PreviousCharacter);
            m_editor->setTextCursor(cursor);
            setIntent(cursor, Kind::Parenthetical);
            return true;
        }
        if (kind == Kind::Dialogue || kind == Kind::Parenthetical) {
            return true; // Shift+Tab on an empty speech line: nothing before dialogue
        }
    }
    if (kind == Kind::Dialogue || kind == Kind::Parenthetical) {
        setKind(kind == Kind::Dialogue ? Kind::Parenthetical : Kind::Dialogue);
        return true;
    }
    const auto *at = std::find(std::begin(kParagraphCycle), std::end(kParagraphCycle), kind);
    qsizetype index = at == std::end(kParagraphCycle) ? 0 : at - std::begin(kParagraphCycle);
    const qsizetype count = std::size(kParagraphCycle);
    index = (index + (forward ? 1 : count - 1)) % count;
    setKind(kParagraphCycle[index]);
    return true;
}

void SmartTyping::setKind(Kind kind)
{
    QTextCursor cursor = m_editor->textCursor();
    cursor.clearSelection();
    QTextBlock block = cursor.block();
    const QString text = block.text();
    const bool empty = text.trimmed().isEmpty();
    QString line = empty ? QString() : ElementMarkup::lineAs(kind, text);
    if (empty && kind == Kind::Parenthetical) {
        line = u"()"_s;
    }
    cursor.beginEditBlock();
    if (line != text) {
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(line);
    }
    // A heading, cue or transition stands after a blank line.
    if (ElementMarkup::startsParagraph(kind) && !startsParagraph(block) && kind != Kind::Action
        && kind != Kind::General) {
        QTextCursor before(block);
        before.insertText(u"\n"_s);
    }
    cursor.endEditBlock();
    cursor.movePosition(QTextCursor::EndOfBlock);
    if (line.endsWith(u')')) {
        cursor.movePosition(QTextCursor::PreviousCharacter);
    }
    m_editor->setTextCursor(cursor);
    setIntent(cursor, kind);
}

} // namespace Spielberg
