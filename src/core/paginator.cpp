// SPDX-License-Identifier: GPL-3.0-or-later
#include "paginator.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// A line of a block before it is placed: its column and text.
struct BlockLine {
    int column = 0;
    StyledText text;
    ElementType type = ElementType::Action;
    QString sceneNumber;
    int side = 0; // dual dialogue: 0 left/whole, 1 right column
};

// What the paginator moves between pages as a unit, with where it may be split.
struct Block {
    enum class Kind { Heading, Action, Speech, Dual, Transition, Other, PageBreak };
    Kind kind = Kind::Other;
    int spaceBefore = 1;
    QList<BlockLine> lines;      // rows of the block (for Dual, rows of the taller side)
    QList<BlockLine> rightLines; // Dual: the right-hand speech
    QString speaker;             // Speech: the cue as printed, for (CONT'D)
    int firstSplittable = 0;     // Speech: rows up to here (cue, parentheticals) never end a page
};

QList<BlockLine> wrapElement(const ScreenplayElement &e, const PageLayout &layout, int columnShift = 0,
                             int widthOverride = 0)
{
    const PageLayout::Element place = layout.element(e.type);
    const int width = widthOverride > 0 ? widthOverride : place.width;
    QList<BlockLine> out;
    QString text = e.text;
    if (e.type == ElementType::Character && !e.extension.isEmpty()) {
        text += u' ' + e.extension;
    }
    if (place.upperCase) {
        text = text.toUpper();
    }
    bool first = true;
    for (const QString &sourceLine : text.split(u'\n')) {
        const StyledText styled = StyledText::fromFountain(sourceLine);
        // A parenthetical's opening bracket hangs one column left of its wrapped lines.
        const bool hanging = e.type == ElementType::Parenthetical;
        const QList<StyledText> wrapped = Paginator::wrap(styled, hanging ? width - 1 : width);
        bool firstOfParagraph = true;
        for (const StyledText &piece : wrapped) {
            BlockLine line;
            line.type = e.type;
            line.text = piece;
            line.column = place.indent + columnShift;
            if (hanging && !firstOfParagraph) {
                line.column += 1;
            }
            if (place.alignRight) {
                line.column = place.indent + place.width - int(piece.size());
            } else if (place.center) {
                line.column = place.indent + (place.width - int(piece.size())) / 2;
            }
            if (first && e.type == ElementType::SceneHeading) {
                line.sceneNumber = e.sceneNumber;
            }
            out.append(line);
            first = false;
            firstOfParagraph = false;
        }
    }
    return out;
}

class Layouter
{
public:
    explicit Layouter(const PageLayout &layout)
        : m_layout(layout)
    {
    }

    QList<Block> blocks(const QList<ScreenplayElement> &elements) const;
    QList<Page> place(const QList<Block> &blocks);

private:
    void newPage();
    void put(const Block &block, int from, int to, bool withSpace);
    int height(const Block &block) const
    {
        return int(block.lines.size());
    }

    const PageLayout &m_layout;
    QList<Page> m_pages;
    int m_row = 0;
};

QList<Block> Layouter::blocks(const QList<ScreenplayElement> &elements) const
{
    QList<Block> out;
    const qsizetype n = elements.size();
    for (qsizetype i = 0; i < n; ++i) {
        const ScreenplayElement &e = elements[i];
        Block block;
        block.spaceBefore = m_layout.element(e.type).spaceBefore;
        switch (e.type) {
        case ElementType::Section:
        case ElementType::Synopsis:
            continue; // not printed
        case ElementType::PageBreak:
            block.kind = Block::Kind::PageBreak;
            out.append(block);
            continue;
        case ElementType::SceneHeading:
            block.kind = Block::Kind::Heading;
            break;
        case ElementType::Action:
        case ElementType::Centered:
            block.kind = Block::Kind::Action;
            break;
        case ElementType::Transition:
            block.kind = Block::Kind::Transition;
            break;
        case ElementType::Character: {
            // A speech: the cue and every parenthetical, dialogue and lyric line after it.
            qsizetype end = i + 1;
            while (end < n
                   && (elements[end].type == ElementType::Parenthetical
                       || elements[end].type == ElementType::Dialogue
                       || elements[end].type == ElementType::Lyrics)) {
                ++end;
            }
            const bool dualStart = e.dual == DualSide::Left && end < n
                && elements[end].type == ElementType::Character && elements[end].dual == DualSide::Right;
            if (dualStart) {
                qsizetype end2 = end + 1;
                while (end2 < n
                       && (elements[end2].type == ElementType::Parenthetical
                           || elements[end2].type == ElementType::Dialogue
                           || elements[end2].type == ElementType::Lyrics)) {
                    ++end2;
                }
                // Two columns, each a little over half the action width (Final Draft's dual
                // layout): cues and dialogue keep their relative indents, narrowed.
                block.kind = Block::Kind::Dual;
                const int half = m_layout.actionWidth / 2;
                for (qsizetype k = i; k < end2; ++k) {
                    const bool right = k >= end;
                    const ScreenplayElement &part = elements[k];
                    const int shift = right ? half : 0;
                    int indent = 0;
                    int width = half - 2;
                    if (part.type == ElementType::Character) {
                        indent = 8;
                        width = half - 10;
                    } else if (part.type == ElementType::Parenthetical) {
                        indent = 4;
                        width = half - 6;
                    }
                    for (BlockLine line : wrapElement(part, m_layout, 0, width)) {
                        line.column = shift + indent + (line.column - m_layout.element(part.type).indent);
                        line.side = right ? 1 : 0;
                        (right ? block.rightLines : block.lines).append(line);
                    }
                }
                i = end2 - 1;
            } else {
                block.kind = Block::Kind::Speech;
                block.speaker = (e.text + (e.extension.isEmpty() ? QString() : u' ' + e.extension)).toUpper();
                block.lines = wrapElement(e, m_layout);
                block.firstSplittable = int(block.lines.size());
                for (qsizetype k = i + 1; k < end; ++k) {
                    block.lines.append(wrapElement(elements[k], m_layout));
                }
                i = end - 1;
            }
            out.append(block);
            continue;
        }
        case ElementType::Parenthetical:
        case ElementType::Dialogue:
        case ElementType::Lyrics:
            block.kind = Block::Kind::Other; // stray, outside a speech
            break;
        }
        block.lines = wrapElement(e, m_layout);
        if (block.lines.isEmpty()) {
            continue;
        }
        out.append(block);
    }
    return out;
}

void Layouter::newPage()
{
    Page page;
    page.number = int(m_pages.size()) + 1;
    m_pages.append(page);
    m_row = 0;
}

void Layouter::put(const Block &block, int from, int to, bool withSpace)
{
    if (withSpace && m_row > 0) {
        m_row += block.spaceBefore;
    }
    Page &page = m_pages.last();
    const int start = m_row;
    // A dual block's rows are as many as its longer side's lines: the left side may have fewer
    // (found by fuzzing: a longer right speech read past the left one's lines).
    const int last = std::min(to, int(block.lines.size()));
    for (int k = from; k < last; ++k) {
        const BlockLine &l = block.lines[k];
        page.lines.append(PageLine{start + (k - from), l.column, l.text, l.type, l.sceneNumber});
    }
    if (block.kind == Block::Kind::Dual) {
        for (qsizetype k = 0; k < block.rightLines.size(); ++k) {
            const BlockLine &l = block.rightLines[k];
            page.lines.append(PageLine{start + int(k), l.column, l.text, l.type, {}});
        }
        m_row = start + int(std::max(block.lines.size(), block.rightLines.size()));
        return;
    }
    m_row = start + (to - from);
}

QList<Page> Layouter::place(const QList<Block> &blocks)
{
    newPage();
    const int capacity = m_layout.linesPerPage;
    const qsizetype n = blocks.size();
    for (qsizetype b = 0; b < n; ++b) {
        const Block &block = blocks[b];
        if (block.kind == Block::Kind::PageBreak) {
            if (m_row > 0) {
                newPage();
            }
            continue;
        }
        const int space = m_row > 0 ? block.spaceBefore : 0;
        const int rows = block.kind == Block::Kind::Dual
            ? int(std::max(block.lines.size(), block.rightLines.size()))
            : height(block);
        const int free = capacity - m_row - space;

        if (block.kind == Block::Kind::Heading) {
            // A heading keeps at least two rows of what follows on its page (one for a one-row
            // block), else it opens the next page.
            int follow = 0;
            if (b + 1 < n && blocks[b + 1].kind != Block::Kind::PageBreak) {
                const Block &next = blocks[b + 1];
                const int nextRows = next.kind == Block::Kind::Speech ? std::min(next.firstSplittable + 1, height(next))
                                                                      : std::min(2, height(next));
                follow = next.spaceBefore + nextRows;
            }
            if (rows + follow > free) {
                newPage();
            }
            put(block, 0, rows, true);
            continue;
        }

        if (rows <= free) {
            put(block, 0, rows, true);
            continue;
        }

        if (block.kind == Block::Kind::Transition) {
            // Never start a page with a transition: carry the block before it over as well,
            // unless that would leave the page empty.
            Page &page = m_pages.last();
            int lastRow = -1;
            for (const PageLine &l : page.lines) {
                lastRow = std::max(lastRow, l.row);
            }
            if (b > 0 && blocks[b - 1].kind != Block::Kind::Heading && lastRow >= 0) {
                const Block &previous = blocks[b - 1];
                const int prevRows = previous.kind == Block::Kind::Dual
                    ? int(std::max(previous.lines.size(), previous.rightLines.size()))
                    : height(previous);
                if (prevRows <= lastRow) {
                    // Remove the previous block's rows from this page and place them anew.
                    const int cut = lastRow + 1 - prevRows;
                    QList<PageLine> kept;
                    for (const PageLine &l : page.lines) {
                        if (l.row < cut) {
                            kept.append(l);
                        }
                    }
                    page.lines = kept;
                    newPage();
                    put(previous, 0, height(previous), false);
                    put(block, 0, rows, true);
                    continue;
                }
            }
            newPage();
            put(block, 0, rows, true);
            continue;
        }

        if (block.kind == Block::Kind::Action && rows >= 4) {
            // Split action, leaving at least two lines on each side.
            const int take = free;
            if (take >= 2 && rows - take >= 2) {
                put(block, 0, take, true);
                newPage();
                put(block, take, rows, false);
                continue;
            }
            if (take > 2 && rows - take < 2) {
                const int t = rows - 2;
                put(block, 0, t, true);
                newPage();
                put(block, t, rows, false);
                continue;
            }
        }

        if (block.kind == Block::Kind::Speech) {
            // Split dialogue between lines: at least two dialogue lines (after the cue and any
            // leading parenthetical) before (MORE), at least one after, never just after a
            // parenthetical.
            int take = free - 1; // one row for (MORE)
            while (take > 0 && take < rows
                   && (block.lines[take - 1].type == ElementType::Parenthetical
                       || block.lines[take - 1].type == ElementType::Character)) {
                --take;
            }
            if (take >= block.firstSplittable + 2 && rows - take >= 1) {
                Block first = block;
                first.lines = block.lines.mid(0, take);
                BlockLine more;
                more.column = m_layout.element(ElementType::Character).indent;
                more.text = StyledText::fromFountain(m_layout.more);
                more.type = ElementType::Character;
                first.lines.append(more);
                put(first, 0, int(first.lines.size()), true);
                newPage();
                Block rest = block;
                rest.lines.clear();
                BlockLine cue;
                cue.column = m_layout.element(ElementType::Character).indent;
                cue.text = StyledText::fromFountain(QString(block.speaker + u' ' + m_layout.continued));
                cue.type = ElementType::Character;
                rest.lines.append(cue);
                rest.lines.append(block.lines.mid(take));
                put(rest, 0, int(rest.lines.size()), false);
                continue;
            }
        }

        newPage();
        if (rows > capacity) {
            // Taller than a page (a very long paragraph): fill pages as they come.
            int from = 0;
            while (from < rows) {
                const int chunk = std::min(capacity - m_row, rows - from);
                put(block, from, from + chunk, from == 0);
                from += chunk;
                if (from < rows) {
                    newPage();
                }
            }
            continue;
        }
        put(block, 0, rows, false);
    }
    if (m_pages.size() > 1 && m_pages.last().lines.isEmpty()) {
        m_pages.removeLast();
    }
    return m_pages;
}

} // namespace

QList<StyledText> Paginator::wrap(const StyledText &text, int width)
{
    QList<StyledText> out;
    if (width <= 0) {
        width = 1;
    }
    const QString &s = text.text;
    qsizetype start = 0;
    const qsizetype n = s.size();
    if (n == 0) {
        out.append(StyledText{});
        return out;
    }
    while (start < n) {
        if (n - start <= width) {
            out.append(text.mid(start));
            break;
        }
        // Break at the last space within the width; else cut the word.
        qsizetype cut = -1;
        for (qsizetype k = start + width; k > start; --k) {
            if (s[k] == u' ') {
                cut = k;
                break;
            }
        }
        if (cut < 0) {
            out.append(text.mid(start, width));
            start += width;
            continue;
        }
        qsizetype end = cut;
        while (end > start && s[end - 1] == u' ') {
            --end;
        }
        out.append(text.mid(start, end - start));
        start = cut;
        while (start < n && s[start] == u' ') {
            ++start;
        }
    }
    return out;
}

QList<Page> Paginator::paginate(const Screenplay &play, const PageLayout &layout)
{
    Layouter layouter(layout);
    return layouter.place(layouter.blocks(play.elements));
}

} // namespace Spielberg
