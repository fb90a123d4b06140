// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenplay.h"

#include <QString>

namespace Spielberg {

/**
 * Keeps a Screenplay in step with a text being edited, re-parsing only the scenes an edit
 * touched: from the last scene heading before the changed lines to the first heading after
 * them, whose elements are spliced in place and whose later line numbers are shifted. A scene
 * heading stands between blank lines, so the text before and after such a stretch parses the
 * same whatever happens inside it. Edits before the first heading (the title page), texts with a
 * boneyard (which may span headings) or carriage returns, and a stretch whose parse disagrees
 * at its end fall back to a whole parse. The result always equals FountainParser::parse() of
 * the whole text (tested against it with random edits).
 *
 * A value class for one thread (the editor's): Big Fish's whole parse takes about 1 ms, an
 * edit inside one scene a few microseconds.
 */
class IncrementalFountainParser
{
public:
    /** Parses `text` whole. */
    void reset(const QString &text);

    /**
     * The text is now `text`: at `position`, `removed` characters of the previous text were
     * replaced by `added` characters (QTextDocument::contentsChange's arguments). Returns true
     * when only part of it was parsed again.
     */
    bool update(const QString &text, int position, int removed, int added);

    const Screenplay &screenplay() const { return m_play; }
    const QString &text() const { return m_text; }

private:
    QString m_text;
    Screenplay m_play;
};

} // namespace Spielberg
