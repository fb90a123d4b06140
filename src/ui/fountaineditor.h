// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QTextCursor>

namespace Spielberg {

class FountainHighlighter;
class SmartTyping;

/**
 * The plain-text editor a writer types Fountain into: a typewriter font (Courier Prime when
 * installed), Fountain highlighting, and a text column about as wide as a printed page so lines
 * wrap where the page would wrap them. GUI thread only.
 */
class FountainEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit FountainEditor(QWidget *parent = nullptr);

    FountainHighlighter *highlighter() const { return m_highlighter; }
    /** Enter, Tab, capitals and completion as a screenplay editor does them. */
    SmartTyping *smartTyping() const { return m_typing; }

    /**
     * Texts longer than this (in characters, about five feature screenplays) are shown without
     * highlighting: colouring them would stall typing. Measured: 10 MB took 8.8 s to colour.
     */
    static constexpr qsizetype kHighlightLimit = 1'000'000;
    /**
     * The narrowest the text column should get, in characters (a printed action line is 61):
     * the panes beside the editor shrink or collapse first (ScriptView, ScriptsPage).
     */
    static constexpr int kMinimumColumns = 60;
    /** The editor's width that shows `columns` characters a line. */
    int widthForColumns(int columns = kMinimumColumns) const;

    /** Replaces the text, highlighting it only when it is short enough. */
    void setText(const QString &text);
    /** Turns highlighting on or off for the current length (after large edits). */
    void checkLength();

    /**
     * Pastes longer than this go in by pieces between event-loop turns, the editor read-only
     * meanwhile, so the window keeps painting and the paste can be stopped. Measured: one
     * QTextCursor::insertText() of 10 MB blocked for over 5 s.
     */
    static constexpr qsizetype kPieceLimit = 256 * 1024;
    bool isPasting() const { return !m_pasting.isEmpty(); }
    /** Stops a long paste; what went in so far stays (one undo step). */
    void stopPasting();

    /**
     * Revision marks: an asterisk in the right margin beside each of these 1-based lines (the
     * lines changed against the locked base, from DraftAnalyzer). Empty: none.
     */
    void setRevisedLines(const QList<int> &lines);
    const QList<int> &revisedLines() const { return m_revised; }
    /** The 0-based blocks marked in the margin now, top to bottom (what the margin paints). */
    QList<int> markedBlocksInView() const;

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /** A long paste advanced: `done` of `total` characters are in. */
    void pasteProgress(qint64 done, qint64 total);
    void pasteFinished();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateMargins();
    void pasteNextPiece();

    FountainHighlighter *m_highlighter = nullptr;
    SmartTyping *m_typing = nullptr;
    QWidget *m_marks = nullptr; ///< the right margin, where revision marks stand
    QList<int> m_revised;       ///< sorted 1-based lines
    QString m_pasting;
    qsizetype m_pasted = 0;
    QTextCursor m_pasteCursor;
};

} // namespace Spielberg
