// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paginator.h"
#include "screenplay.h"

#include <QList>

namespace Spielberg {

/**
 * Lays a title page out in the body's grid (docs/screenplay-format.md §2.6): the title (in
 * capitals), credit, author(s) and source centred from a third of the way down, a blank line
 * after each; every other entry (contact, draft date, notes…) at the lower left, ending on the
 * last row. Lines longer than the action line wrap. What does not fit on one page (a title page
 * of forty lines) runs on: the lower-left block then follows the centred one after a blank line,
 * onto further pages, so that nothing overlaps, nothing is cut and no page is empty.
 */
class TitlePageLayout
{
public:
    /** The title pages of `entries`; none when there are none. Pure. */
    /** Whether an entry of this key is centred (title, credit, author(s), source). */
    static bool isCentred(const QString &key);

    static QList<Page> pages(const QList<TitlePageEntry> &entries, const PageLayout &layout = PageLayout::letter());
};

} // namespace Spielberg
