// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/elementmarkup.h>

#include <QObject>
#include <QStringList>
#include <QTextCursor>

#include <optional>

class QCompleter;
class QKeyEvent;
class QPlainTextEdit;
class QStringListModel;
class QTextBlock;

namespace Spielberg {

class FountainHighlighter;

/**
 * Typing in screenplay format without thinking about it, as Final Draft taught writers' hands,
 * with the text underneath staying plain Fountain:
 * - Enter after a cue or a parenthetical starts dialogue; after dialogue, action or a heading, a
 *   new paragraph (a blank line between); after a transition, a scene heading. Enter on the empty
 *   line of a new paragraph does nothing (two Enters out of habit make one blank line); Shift+Enter
 *   is always a plain line break.
 * - Tab on an empty new paragraph makes it a cue, then a transition, then a heading; on an empty
 *   line of a speech it opens a parenthetical `()`. Shift+Tab steps back.
 * - Ctrl+0…9 (or the status bar's list) makes the current line any element.
 * - Headings, cues and transitions go in as capitals as they are typed.
 * - A list completes cues (the script's speakers, then the character bible, then extensions),
 *   heading prefixes, locations, times of day and transitions; Enter or Tab takes, Esc closes.
 *
 * What a line is comes from the parser (FountainHighlighter's LineElements); the line being
 * typed may carry an intent the parser cannot see yet (a cue with no dialogue under it). Each
 * action is one undo step. GUI thread only.
 */
class SmartTyping : public QObject
{
    Q_OBJECT
public:
    using Kind = ElementMarkup::Kind;

    SmartTyping(QPlainTextEdit *editor, FountainHighlighter *highlighter);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /** The names of the character bible, offered after the script's own speakers. */
    void setCast(const QStringList &names) { m_cast = names; }

    /** Takes a key before the editor does (Enter, Tab, Ctrl+digit, the list's keys); true when taken. */
    bool keyPress(QKeyEvent *event);
    /** Whether the editor should claim `event` before the window's shortcuts (Ctrl+digit). */
    bool overridesShortcut(const QKeyEvent *event) const;
    /** The text to insert for a typed key: capitals on a heading, cue or transition line. */
    QString typedText(const QKeyEvent *event) const;
    /** After the editor inserted typed text: a heading's capitals, and the completion list. */
    void afterTyping(const QKeyEvent *event);

    /** What the line of `block` is, or is meant to be. */
    Kind kindAt(const QTextBlock &block) const;
    Kind currentKind() const;
    /** The cursor's line becomes `kind` (one undo step). */
    void setKind(Kind kind);
    /** Forgets what the last text meant (an intent, the completion list): a new text is set. */
    void reset();

    QCompleter *completer() const { return m_completer; }
    bool isCompleting() const;

Q_SIGNALS:
    void currentKindChanged(Spielberg::ElementMarkup::Kind kind);
    void enabledChanged(bool enabled);

private:
    std::optional<ElementType> parsedAt(const QTextBlock &block) const;
    bool startsParagraph(const QTextBlock &block) const;
    bool enter();
    bool tab(bool forward);
    void setIntent(const QTextCursor &at, std::optional<Kind> kind);
    void cursorMoved();
    void complete();
    void acceptCompletion(const QString &text);
    void hideCompletion();

    QPlainTextEdit *m_editor;
    FountainHighlighter *m_highlighter;
    QCompleter *m_completer;
    QStringListModel *m_candidates;
    QStringList m_cast;
    QTextCursor m_intentAt;
    std::optional<Kind> m_intent;
    qsizetype m_completionStart = 0; ///< document position the completed part begins at
    Kind m_lastKind = Kind::Action;
    bool m_enabled = true;
};

} // namespace Spielberg
