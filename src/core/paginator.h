// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagelayout.h"
#include "screenplay.h"
#include "styledtext.h"

#include <QList>

namespace Spielberg {

/** One printed line: where it stands in the page grid and what it says. */
struct PageLine {
    int row = 0;        ///< 0-based row within the body (0 … linesPerPage-1)
    int column = 0;     ///< columns from the left margin
    StyledText text;
    ElementType type = ElementType::Action;
    QString sceneNumber; ///< on the first line of a numbered scene heading
    int sourceLine = 0;  ///< the source line printed here (0: the paginator's own, such as (MORE))
};

/** One body page; `number` is the printed number (1 for the first, which prints none). */
struct Page {
    int number = 1;
    QList<PageLine> lines;
    /** The number as printed when it is not `number` (a locked revision page: "12A", "12-13"). */
    QString label;

    /** What the page's header prints ("12."), empty for the first page. */
    QString printedNumber() const
    {
        if (!label.isEmpty()) {
            return label + u'.';
        }
        return number > 1 ? QString::number(number) + u'.' : QString();
    }
};

/**
 * Lays a Screenplay out on pages: the single paginator behind the page count, the page view and
 * the PDF. A pure function of the screenplay and the layout, safe on any thread.
 *
 * Page breaks follow Final Draft's rules as measured on its own pages (docs/screenplay-format.md
 * §2.5): each action paragraph is a block; a scene heading never ends a page (it moves with what
 * follows); a transition never starts one (the block before it moves with it); an action
 * paragraph of four lines or more splits at a sentence end, two lines or more on each page;
 * dialogue splits at a sentence end (or between its paragraphs), never right after the cue or a
 * parenthetical, with two dialogue lines or more above (MORE) (a paragraph split inside leaves
 * two of its lines as printed whole for the next page) and the cue repeated with
 * (CONT'D) on the next page, both drawn outside the page's rows; dual dialogue is kept whole,
 * side by side. Sections and synopses are not printed; `===` starts a new page.
 */
class Paginator
{
public:
    static QList<Page> paginate(const Screenplay &play, const PageLayout &layout = PageLayout::letter());

    /**
     * `elements` with `continued` added to each cue whose character spoke last in the scene with
     * only action between (not after a heading, a transition, another speaker or a dual pair;
     * never twice).
     */
    static QList<ScreenplayElement> withContinued(const QList<ScreenplayElement> &elements,
                                                  const QString &continued);

    /**
     * Wraps one line of text to `width` columns (`firstWidth` for its first line, when given)
     * as Final Draft does: breaks after spaces and after hyphens, a hyphen ending a line not
     * counted; words longer than a line are cut.
     */
    static QList<StyledText> wrap(const StyledText &text, int width, int firstWidth = 0);
};

} // namespace Spielberg
