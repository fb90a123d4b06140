// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlepagelayout.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// The printed lines of some entries, each value's lines wrapped to the width, a blank line after
// each entry but the last.
QList<StyledText> linesOf(const QList<TitlePageEntry> &entries, bool centred, int width)
{
    QList<StyledText> out;
    for (const TitlePageEntry &entry : entries) {
        if (TitlePageLayout::isCentred(entry.key) != centred) {
            continue;
        }
        if (!out.isEmpty()) {
            out.append(StyledText{});
        }
        const bool title = entry.key.compare(u"title"_s, Qt::CaseInsensitive) == 0;
        for (const QString &line : entry.value.split(u'\n')) {
            out.append(Paginator::wrap(StyledText::fromFountain(title ? line.toUpper() : line), width));
        }
    }
    while (!out.isEmpty() && out.last().text.trimmed().isEmpty()) {
        out.removeLast();
    }
    return out;
}

} // namespace

bool TitlePageLayout::isCentred(const QString &key)
{
    const QString k = key.toLower();
    return k == u"title"_s || k == u"credit"_s || k == u"author"_s || k == u"authors"_s || k == u"source"_s;
}

QList<Page> TitlePageLayout::pages(const QList<TitlePageEntry> &entries, const PageLayout &layout)
{
    QList<Page> out;
    const int width = std::max(1, layout.actionWidth);
    const int rows = std::max(1, layout.linesPerPage);
    const QList<StyledText> centre = linesOf(entries, true, width);
    const QList<StyledText> corner = linesOf(entries, false, width);
    if (centre.isEmpty() && corner.isEmpty()) {
        return out;
    }
    out.append(Page{});
    int row = std::max(0, rows / 3 - 4);
    auto place = [&](const StyledText &text, int column) {
        if (row >= rows) {
            out.append(Page{});
            row = 0;
        }
        PageLine line;
        line.row = row++;
        line.column = column;
        line.text = text;
        line.type = ElementType::Action;
        out.last().lines.append(line);
    };
    for (const StyledText &line : centre) {
        place(line, std::max(0, (width - int(line.size())) / 2));
    }
    // The lower-left block ends on the last row when it fits below the centred one; otherwise it
    // follows it after a blank line.
    if (!corner.isEmpty()) {
        const int bottom = rows - int(corner.size());
        row = centre.isEmpty() ? std::max(0, bottom) : (row + 1 <= bottom ? bottom : row + 1);
    }
    for (const StyledText &line : corner) {
        place(line, 0);
    }
    for (qsizetype k = 0; k < out.size(); ++k) {
        out[k].number = 0; // title pages are neither numbered nor counted
    }
    return out;
}

} // namespace Spielberg
