// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagelayout.h"

#include <algorithm>
#include <cmath>

namespace Spielberg {

PageLayout PageLayout::letter()
{
    return PageLayout{};
}

PageLayout PageLayout::a4()
{
    // A4 is narrower and taller: 8.27 × 11.69 in. With the same 1.5/1.0 in side margins the
    // action line holds 57 characters, and 1 in top and bottom margins leave 58 rows; 57 keeps
    // the bottom margin a little over an inch, as afterwriting's A4 profile does. The right
    // edges of headings, action, cues, transitions and lyrics move in by 0.3 in.
    PageLayout layout;
    layout.paper = Paper::A4;
    layout.pageWidthInches = 8.27;
    layout.pageHeightInches = 11.69;
    layout.linesPerPage = 57;
    layout.setParagraph(ElementType::SceneHeading, {1.5, 7.2, 24});
    layout.setParagraph(ElementType::Action, {1.5, 7.2, 12});
    layout.setParagraph(ElementType::Character, {3.5, 7.0, 12});
    layout.setParagraph(ElementType::Transition, {5.2, 6.8, 12});
    layout.setParagraph(ElementType::Lyrics, {2.5, 7.08, 0});
    return layout;
}

size_t PageLayout::slotOf(ElementType type)
{
    switch (type) {
    case ElementType::SceneHeading:
        return 0;
    case ElementType::Character:
        return 2;
    case ElementType::Parenthetical:
        return 3;
    case ElementType::Dialogue:
        return 4;
    case ElementType::Transition:
        return 5;
    case ElementType::Lyrics:
        return 6;
    case ElementType::Action:
    case ElementType::Centered:
    case ElementType::Section:
    case ElementType::Synopsis:
    case ElementType::PageBreak:
        break;
    }
    return 1;
}

PageLayout::Paragraph PageLayout::paragraph(ElementType type) const
{
    return m_styles[slotOf(type)];
}

void PageLayout::setParagraph(ElementType type, const Paragraph &style)
{
    // Centred text, sections and synopses have no style of their own: theirs is the action's.
    if (type != ElementType::Action && slotOf(type) == slotOf(ElementType::Action)) {
        return;
    }
    m_styles[slotOf(type)] = style;
    if (type == ElementType::Action) {
        // The action line is the page's text column: its left edge is the left margin every
        // other element is indented from, its width where page numbers and marks align.
        leftMarginInches = style.leftInches;
        actionWidth = std::max(1, int(std::lround((style.rightInches - style.leftInches) * 10)));
    }
}

PageLayout::Element PageLayout::element(ElementType type) const
{
    // Columns of 1/10 in from the left margin; rows of 12 pt.
    const Paragraph p = paragraph(type);
    Element e;
    e.indent = int(std::lround((p.leftInches - leftMarginInches) * 10));
    e.width = std::max(1, int(std::lround((p.rightInches - p.leftInches) * 10)));
    e.spaceBefore = std::max(0, int(std::lround(p.spaceBeforePoints / 12)));
    e.upperCase = type == ElementType::SceneHeading || type == ElementType::Character
        || type == ElementType::Transition;
    e.alignRight = type == ElementType::Transition;
    e.center = type == ElementType::Centered;
    return e;
}

} // namespace Spielberg
