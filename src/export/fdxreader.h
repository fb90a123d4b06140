// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/pagelayout.h>
#include <core/result.h>
#include <core/screenplay.h>

#include <QByteArray>
#include <QList>

#include <utility>

namespace Spielberg {

/**
 * Reads a Final Draft document (.fdx, any `Version`) into a Screenplay with QXmlStreamReader.
 *
 * Paragraph types map to elements (Scene Heading, Action, Character, Parenthetical, Dialogue,
 * Transition; Shot → heading, General and Cast List → action, Lyric(s) → lyrics, Outline N →
 * section, unknown types by their ElementSettings `PaginateAs`, else action). Several `<Text>`
 * runs join with nothing between them; Bold, Italic and Underline become Fountain emphasis;
 * U+2028 and line feeds are line breaks inside the paragraph. `DualDialogue` pairs its two cues,
 * a heading's `Number` is its scene number, `SceneProperties/Summary` becomes a synopsis, and
 * the title page's centred and left paragraphs become Title, Credit, Author and Contact.
 * `StartsNewPage` is a page break before the paragraph; an empty paragraph is an empty action.
 * The file's own paragraph styles (`ElementSettings/ParagraphSpec`: indents and space before of
 * headings, action, cues, parentheticals, dialogue, transitions and lyrics) are given to those
 * who ask, so that its pages print as Final Draft prints them (docs/screenplay-format.md §3).
 *
 * Refuses, with a one-line Error, anything that is not a FinalDraft document, a DTD (so no
 * external entity is ever read), malformed XML and nesting deeper than 64 levels. Pure.
 */
class FdxReader
{
public:
    /** A file's own paragraph style for each element it places. */
    using ParagraphStyles = QList<std::pair<ElementType, PageLayout::Paragraph>>;

    static Result<Screenplay> read(const QByteArray &xml, ParagraphStyles *styles = nullptr);
};

} // namespace Spielberg
