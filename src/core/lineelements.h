// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incrementalfountainparser.h"

#include <QList>
#include <QString>

#include <optional>

namespace Spielberg {

/**
 * What each line of a text being edited is, as the parser reads it: the element a line belongs
 * to (a scene heading, a line of dialogue…), or none for blank lines, the title page and what the
 * parser leaves out. The editor colours lines, chooses what Enter and Tab do, and names the
 * current element from this, so the screen never disagrees with the printed page.
 *
 * Kept in step with the text by the IncrementalFountainParser: an edit inside one scene costs a
 * few microseconds plus one pass over the elements. A value class for one thread.
 */
class LineElements
{
public:
    /** Reads `text` whole. */
    void reset(const QString &text);

    /**
     * The text is now `text` (QTextDocument::contentsChange's arguments). Returns the 0-based
     * lines, outside the edited ones, whose element changed: a cue becomes action when the line
     * under it is emptied, the lines of a paragraph become dialogue when a cue is typed above.
     */
    QList<int> update(const QString &text, int position, int removed, int added);

    /** The element of 0-based `line`; nullopt for a blank line or one no element covers. */
    std::optional<ElementType> at(int line) const;
    /** The 0-based first line of the element covering `line`, or -1. */
    int elementStart(int line) const;

    const Screenplay &screenplay() const { return m_parser.screenplay(); }
    const QString &text() const { return m_parser.text(); }

private:
    // One entry per line: -1 for none, else the ElementType; and the element's first line.
    struct Kind {
        qint8 type = -1;
        int start = -1;
        bool operator==(const Kind &) const = default;
    };
    QList<Kind> kinds() const;

    IncrementalFountainParser m_parser;
    QList<Kind> m_kinds;
};

} // namespace Spielberg
