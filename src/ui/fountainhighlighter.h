// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/lineelements.h>

#include <QObject>
#include <QTextCursor>

#include <optional>

class QTextDocument;

namespace Spielberg {

class ElementHighlighter;

/**
 * Highlights a QTextDocument as Fountain: each line in the colour of the element the parser reads
 * it as (kept in step by LineElements, connected before the highlighter so it is current when a
 * block is coloured), with KF6 SyntaxHighlighting and `resources/syntax/fountain.xml` for what
 * lies inside a line. The definition is compiled into the Qt resources where the Repository
 * looks for an application's own definitions. The colour theme follows the application palette
 * (light or dark) and is re-chosen when the palette changes.
 *
 * The line being typed may be meant as something the parser cannot see yet (a name with no
 * dialogue under it yet is action to the parser): the editor sets that line's intent, which
 * colours it until the parser agrees or the writer leaves the line.
 *
 * GUI thread only. The document is not owned; the highlighter is a child of this object. The
 * definitions and themes come from one Repository per process, loaded on first use, since
 * loading it costs tens of milliseconds and the app has several editors.
 */
class FountainHighlighter : public QObject
{
    Q_OBJECT
public:
    explicit FountainHighlighter(QTextDocument *document, QObject *parent = nullptr);
    ~FountainHighlighter() override;

    /** False when the Fountain definition could not be loaded (a broken build). */
    bool isValid() const;
    /** Picks the light or dark theme again for the current palette. */
    void updateTheme();
    /**
     * Highlighting on or off (a text too long to colour without stalling the window). Turning
     * it on colours the whole document again.
     */
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    bool eventFilter(QObject *watched, QEvent *event) override;

    /**
     * What 0-based `block` is: the intent set for it, else what the parser reads; nullopt for a
     * blank line, and always while highlighting is off (the editor then reads around the line).
     */
    std::optional<ElementType> elementAt(int block) const;
    /** The parsed elements, in step with the document while highlighting is on. */
    const LineElements &lines() const { return m_lines; }

    /** Marks the block of `at` as meant to be `type` (nullopt clears), and recolours it. */
    void setIntent(const QTextCursor &at, std::optional<ElementType> type);
    /** The block the intent is on, or -1. */
    int intentBlock() const;
    std::optional<ElementType> intent() const { return m_intentType; }

private:
    void contentsChange(int position, int removed, int added);
    void rehighlightLine(int block);

    QTextDocument *m_document;
    ElementHighlighter *m_highlighter = nullptr;
    LineElements m_lines;
    QTextCursor m_intent;
    std::optional<ElementType> m_intentType;
    int m_revision = 0;
    bool m_enabled = true;
};

} // namespace Spielberg
