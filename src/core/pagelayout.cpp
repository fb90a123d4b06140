// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagelayout.h"

namespace Spielberg {

PageLayout PageLayout::letter()
{
    return PageLayout{};
}

PageLayout PageLayout::a4()
{
    // A4 is narrower and taller: 8.27 × 11.69 in. With the same 1.5/1.0 in side margins the
    // action line holds 57 characters, and 1 in top and bottom margins leave 58 rows; 57 keeps
    // the bottom margin a little over an inch, as afterwriting's A4 profile does.
    PageLayout layout;
    layout.paper = Paper::A4;
    layout.pageWidthInches = 8.27;
    layout.pageHeightInches = 11.69;
    layout.linesPerPage = 57;
    layout.actionWidth = 57;
    return layout;
}

PageLayout::Element PageLayout::element(ElementType type) const
{
    Element e;
    switch (type) {
    case ElementType::SceneHeading:
        e = {0, actionWidth, 2, true, false, false};
        break;
    case ElementType::Action:
    case ElementType::Section:
    case ElementType::Synopsis:
    case ElementType::PageBreak:
        e = {0, actionWidth, 1, false, false, false};
        break;
    case ElementType::Centered:
        e = {0, actionWidth, 1, false, false, true};
        break;
    case ElementType::Character:
        e = {20, actionWidth - 20 - 2, 1, true, false, false};
        break;
    case ElementType::Parenthetical:
        e = {15, 25, 0, false, false, false};
        break;
    case ElementType::Dialogue:
    case ElementType::Lyrics:
        e = {10, 35, 0, false, false, false};
        break;
    case ElementType::Transition:
        e = {actionWidth - 20, 16, 1, true, true, false};
        break;
    }
    return e;
}

} // namespace Spielberg
