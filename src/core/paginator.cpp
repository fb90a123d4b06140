// SPDX-License-Identifier: GPL-3.0-or-later
#include "paginator.h"

#include <QRegularExpression>

#include <deque>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// A line of a block before it is placed: its column and text.
struct BlockLine {
    int column = 0;
    StyledText text;
    ElementType type = ElementType::Action;
    QString sceneNumber;
    int sourceLine = 0; // the element's first source line
    int side = 0; // dual dialogue: 0 left/whole, 1 right column
};

// What the paginator moves between pages as a unit. `parts` are the elements it prints (an
// action paragraph, a run of centered lines, a speech's cue and what follows it), kept so that a
// split can wrap each side anew from a sentence end.
struct Block {
    enum class Kind { Heading, Action, Speech, Dual, Transition, Other, PageBreak };
    Kind kind = Kind::Other;
    int spaceBefore = 1;
    QList<ScreenplayElement> parts;
    bool continued = false; // Speech: the rest of a split speech, under NAME (CONT'D)
    bool more = false;      // Speech: the first part of a split speech, (MORE) under it
    QString speaker;        // Speech: the cue as printed, for (CONT'D)
    QList<BlockLine> lines;      // rows of the block (for Dual, the left side)
    QList<BlockLine> rightLines; // Dual: the right-hand speech
};

QList<BlockLine> wrapElement(const ScreenplayElement &e, const PageLayout &layout, int columnShift = 0,
                             int widthOverride = 0)
{
    const PageLayout::Element place = layout.element(e.type);
    int width = widthOverride > 0 ? widthOverride : place.width;
    int firstWidth = width;
    int firstShift = 0;
    if (widthOverride <= 0 && (e.type == ElementType::SceneHeading || e.type == ElementType::Action)) {
        // Final Draft fits a 61st character on the 6-inch action line (measured on its pages).
        width = firstWidth = place.width + 1;
    }
    if (widthOverride <= 0 && e.type == ElementType::Parenthetical) {
        // The opening bracket hangs a column left of the paragraph (Final Draft's first-line
        // indent of -0.1 in), so the first line holds one character more.
        firstWidth = width + 1;
        firstShift = -1;
    }
    QList<BlockLine> out;
    QString text = e.text;
    if (e.type == ElementType::Character && !e.extension.isEmpty()) {
        text += u' ' + e.extension;
    }
    if (place.upperCase) {
        text = text.toUpper();
    }
    bool first = true;
    int sourceLine = e.line;
    for (const QString &textLine : text.split(u'\n')) {
        const StyledText styled = StyledText::fromFountain(textLine);
        const QList<StyledText> wrapped = Paginator::wrap(styled, width, first ? firstWidth : width);
        for (const StyledText &piece : wrapped) {
            BlockLine line;
            line.type = e.type;
            line.text = piece;
            line.column = place.indent + columnShift + (first ? firstShift : 0);
            if (place.alignRight) {
                line.column = place.indent + place.width - int(piece.size());
            } else if (place.center) {
                line.column = place.indent + (place.width - int(piece.size())) / 2;
            }
            if (first && e.type == ElementType::SceneHeading) {
                line.sceneNumber = e.sceneNumber;
            }
            line.sourceLine = e.line > 0 ? sourceLine : 0;
            out.append(line);
            first = false;
        }
        ++sourceLine;
    }
    return out;
}

// Where a sentence ends inside `text`: the index where the next one starts. Abbreviations
// (Mr., Dr., a single initial) end none.
QList<qsizetype> sentenceEnds(const QString &text)
{
    static const QRegularExpression end(u"(?<=[.!?])[\"'\u201D\u2019)\\]]*\\s+(?=\\S)"_s);
    static const QRegularExpression abbreviation(
        u"(?:\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Mt|Ft|Lt|Sgt|Capt|Col|Gen|Prof|Rev|No)|\\b[A-Z])\\.[\"'\u201D\u2019)\\]]*\\s+$"_s);
    QList<qsizetype> out;
    QRegularExpressionMatchIterator it = end.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // The abbreviation stands just before: a short window is enough (and keeps this linear).
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 24);
        if (abbreviation.match(text.mid(from, m.capturedEnd() - from)).hasMatch()) {
            continue;
        }
        out.append(m.capturedEnd());
    }
    return out;
}

QString trimmedRight(QString text)
{
    while (!text.isEmpty() && text.back().isSpace()) {
        text.chop(1);
    }
    return text;
}

class Layouter
{
public:
    explicit Layouter(const PageLayout &layout)
        : m_layout(layout)
    {
    }

    QList<Block> blocks(const QList<ScreenplayElement> &elements) const;
    QList<Page> place(const QList<Block> &queue);

private:
    // What a page holds so far, block by block, so that the last ones can move on.
    struct Placed {
        Block block;
        int rowBefore = 0;   // m_row before its space
        qsizetype lines = 0; // the page's line count before it
        int capacity = 0;    // the page's capacity before it
    };

    void layOut(Block &block) const;
    int rowsOf(const ScreenplayElement &e) const { return int(wrapElement(e, m_layout).size()); }
    std::optional<std::pair<Block, Block>> splitAction(const Block &block, int free) const;
    std::optional<std::pair<Block, Block>> splitSpeech(const Block &block, int free) const;
    void newPage();
    void put(const Block &block);
    Block pop();
    void fill(const Block &block);
    static int height(const Block &block)
    {
        return int(std::max(block.lines.size(), block.rightLines.size()));
    }

    const PageLayout &m_layout;
    QList<Page> m_pages;
    QList<Placed> m_placed;
    int m_row = 0;
    int m_capacity = 0;
};

void Layouter::layOut(Block &block) const
{
    block.lines.clear();
    block.rightLines.clear();
    if (block.kind == Block::Kind::Dual) {
        // Two columns, each half the action width (Final Draft's dual layout): cues and
        // dialogue keep their relative indents, narrowed; dialogue holds 29 characters.
        const int half = m_layout.actionWidth / 2;
        bool right = false;
        for (const ScreenplayElement &part : block.parts) {
            if (part.type == ElementType::Character && part.dual == DualSide::Right) {
                right = true;
            }
            const int shift = right ? half : 0;
            int indent = 0;
            int width = half - 1;
            if (part.type == ElementType::Character) {
                indent = 8;
                width = half - 10;
            } else if (part.type == ElementType::Parenthetical) {
                indent = 4;
                width = half - 5;
            }
            for (BlockLine line : wrapElement(part, m_layout, 0, width)) {
                line.column = shift + indent + (line.column - m_layout.element(part.type).indent);
                line.side = right ? 1 : 0;
                (right ? block.rightLines : block.lines).append(line);
            }
        }
        return;
    }
    for (qsizetype k = 0; k < block.parts.size(); ++k) {
        if (k == 0 && block.continued) {
            BlockLine cue;
            cue.column = m_layout.element(ElementType::Character).indent;
            // A cue that says (CONT'D) already (typed, or added for a character speaking again)
            // does not say it twice.
            const bool says = block.speaker.contains(m_layout.continued.toUpper());
            cue.text = StyledText::fromFountain(says ? block.speaker : QString(block.speaker + u' ' + m_layout.continued));
            cue.type = ElementType::Character;
            block.lines.append(cue);
            continue;
        }
        block.lines.append(wrapElement(block.parts[k], m_layout));
    }
}

QList<Block> Layouter::blocks(const QList<ScreenplayElement> &elements) const
{
    QList<Block> out;
    const qsizetype n = elements.size();
    auto isSpeechPart = [](ElementType t) {
        return t == ElementType::Parenthetical || t == ElementType::Dialogue || t == ElementType::Lyrics;
    };
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
        case ElementType::Centered: {
            // Centered lines written one under the other are one paragraph.
            block.kind = Block::Kind::Action;
            block.parts.append(e);
            while (i + 1 < n && elements[i + 1].type == ElementType::Centered
                   && elements[i + 1].line == block.parts.last().line + 1) {
                block.parts.append(elements[++i]);
            }
            layOut(block);
            out.append(block);
            continue;
        }
        case ElementType::Action: {
            // Each paragraph (blank lines between) is a block of its own, as in Final Draft.
            QStringList paragraph;
            qsizetype firstLine = 0;
            const QStringList lines = e.text.split(u'\n');
            for (qsizetype k = 0; k <= lines.size(); ++k) {
                const bool blank = k == lines.size() || lines[k].trimmed().isEmpty();
                if (!blank) {
                    if (paragraph.isEmpty()) {
                        firstLine = k;
                    }
                    paragraph.append(lines[k]);
                    continue;
                }
                if (paragraph.isEmpty()) {
                    continue;
                }
                Block p;
                p.kind = Block::Kind::Action;
                p.spaceBefore = block.spaceBefore;
                ScreenplayElement part = e;
                part.text = paragraph.join(u'\n');
                part.line = e.line > 0 ? e.line + int(firstLine) : 0;
                p.parts.append(part);
                layOut(p);
                out.append(p);
                paragraph.clear();
            }
            continue;
        }
        case ElementType::Transition:
            block.kind = Block::Kind::Transition;
            break;
        case ElementType::Character: {
            // A speech: the cue and every parenthetical, dialogue and lyric line after it.
            qsizetype end = i + 1;
            while (end < n && isSpeechPart(elements[end].type)) {
                ++end;
            }
            const bool dualStart = e.dual == DualSide::Left && end < n
                && elements[end].type == ElementType::Character && elements[end].dual == DualSide::Right;
            if (dualStart) {
                qsizetype end2 = end + 1;
                while (end2 < n && isSpeechPart(elements[end2].type)) {
                    ++end2;
                }
                block.kind = Block::Kind::Dual;
                block.parts = elements.mid(i, end2 - i);
                i = end2 - 1;
            } else {
                block.kind = Block::Kind::Speech;
                block.speaker = (e.text + (e.extension.isEmpty() ? QString() : u' ' + e.extension)).toUpper();
                block.parts = elements.mid(i, end - i);
                i = end - 1;
            }
            layOut(block);
            out.append(block);
            continue;
        }
        case ElementType::Parenthetical:
        case ElementType::Dialogue:
        case ElementType::Lyrics:
            block.kind = Block::Kind::Other; // stray, outside a speech
            break;
        }
        block.parts.append(e);
        layOut(block);
        if (block.lines.isEmpty()) {
            continue;
        }
        out.append(block);
    }
    return out;
}

// An action paragraph of four lines or more splits at the last sentence end that keeps two
// lines or more on each page (below, two of the lines it has when printed whole); the rest is
// wrapped anew from the next sentence.
std::optional<std::pair<Block, Block>> Layouter::splitAction(const Block &block, int free) const
{
    if (block.parts.size() != 1 || block.parts.first().type != ElementType::Action || block.lines.size() < 4) {
        return std::nullopt;
    }
    const ScreenplayElement &e = block.parts.first();
    qsizetype best = -1;
    for (const qsizetype cut : sentenceEnds(e.text)) {
        ScreenplayElement top = e;
        top.text = trimmedRight(e.text.left(cut));
        const int above = rowsOf(top);
        if (above > free) {
            break; // longer tops only grow
        }
        if (above >= 2 && block.lines.size() - above >= 2) {
            best = cut;
        }
    }
    if (best < 0) {
        return std::nullopt;
    }
    Block top = block;
    top.parts.first().text = trimmedRight(e.text.left(best));
    layOut(top);
    Block rest = block;
    rest.parts.first().text = e.text.mid(best);
    if (e.line > 0) {
        rest.parts.first().line = e.line + int(e.text.left(best).count(u'\n'));
    }
    layOut(rest);
    return std::pair{top, rest};
}

// A speech splits in its dialogue, at a sentence end or between two dialogue paragraphs, never
// after the cue or a parenthetical: the last break that fits, with two dialogue lines or more
// above (MORE) and, inside a paragraph, two of its lines (as printed whole) below. (MORE) and the NAME (CONT'D) that opens the next page are
// drawn outside the page's rows, as Final Draft draws them.
std::optional<std::pair<Block, Block>> Layouter::splitSpeech(const Block &block, int free) const
{
    const QList<ScreenplayElement> &parts = block.parts;
    int before = block.continued ? 1 : rowsOf(parts.first());
    int dialogueBefore = 0;
    int bestPart = -1;
    qsizetype bestCut = -1;
    for (int k = 1; k < parts.size(); ++k) {
        const ScreenplayElement &e = parts[k];
        const int rows = rowsOf(e);
        if (e.type == ElementType::Dialogue || e.type == ElementType::Lyrics) {
            int after = 0;
            for (int j = k + 1; j < parts.size(); ++j) {
                after += rowsOf(parts[j]);
            }
            QList<qsizetype> cuts = sentenceEnds(e.text);
            cuts.append(e.text.size());
            for (const qsizetype cut : cuts) {
                int above = rows;
                int below = after;
                if (cut == e.text.size()) {
                    if (k == parts.size() - 1) {
                        continue; // the end of the speech is no split
                    }
                } else {
                    ScreenplayElement top = e;
                    top.text = trimmedRight(e.text.left(cut));
                    above = rowsOf(top);
                    below += rows - above;
                }
                if (before + above > free) {
                    break; // longer tops only grow
                }
                // A paragraph split inside leaves two of its lines (as printed whole) for the next
                // page: Final Draft's widow rule, with the rest wrapped anew from the sentence.
                const bool widow = cut < e.text.size() && rows - above < 2;
                if (dialogueBefore + above >= 2 && below >= 1 && !widow) {
                    bestPart = k;
                    bestCut = cut;
                }
            }
            dialogueBefore += rows;
        }
        before += rows;
    }
    if (bestPart < 0) {
        return std::nullopt;
    }
    const ScreenplayElement &e = parts[bestPart];
    Block top = block;
    top.parts = parts.mid(0, bestPart + 1);
    top.parts.last().text = trimmedRight(e.text.left(bestCut));
    top.more = true;
    layOut(top);
    Block rest = block;
    rest.continued = true;
    rest.more = false;
    rest.parts = {parts.first()};
    if (bestCut < e.text.size()) {
        ScreenplayElement remainder = e;
        remainder.text = e.text.mid(bestCut);
        if (e.line > 0) {
            remainder.line = e.line + int(e.text.left(bestCut).count(u'\n'));
        }
        rest.parts.append(remainder);
    }
    rest.parts.append(parts.mid(bestPart + 1));
    layOut(rest);
    return std::pair{top, rest};
}

void Layouter::newPage()
{
    Page page;
    page.number = int(m_pages.size()) + 1;
    m_pages.append(page);
    m_placed.clear();
    m_row = 0;
    m_capacity = m_layout.linesPerPage;
}

void Layouter::put(const Block &block)
{
    Page &page = m_pages.last();
    m_placed.append(Placed{block, m_row, page.lines.size(), m_capacity});
    if (m_row > 0) {
        m_row += block.spaceBefore;
    }
    if (block.continued && m_row == 0) {
        m_capacity += 1; // the NAME (CONT'D) line stands above the page's rows
    }
    const int start = m_row;
    for (qsizetype k = 0; k < block.lines.size(); ++k) {
        const BlockLine &l = block.lines[k];
        page.lines.append(PageLine{start + int(k), l.column, l.text, l.type, l.sceneNumber, l.sourceLine});
    }
    for (qsizetype k = 0; k < block.rightLines.size(); ++k) {
        const BlockLine &l = block.rightLines[k];
        page.lines.append(PageLine{start + int(k), l.column, l.text, l.type, {}, l.sourceLine});
    }
    m_row = start + height(block);
    if (block.more) {
        // Under the last line, outside the page's rows.
        page.lines.append(PageLine{m_row, m_layout.element(ElementType::Character).indent,
                                   StyledText::fromFountain(m_layout.more), ElementType::Character, {}});
    }
}

Block Layouter::pop()
{
    const Placed last = m_placed.takeLast();
    m_pages.last().lines.resize(last.lines);
    m_row = last.rowBefore;
    m_capacity = last.capacity;
    return last.block;
}

// A block taller than a page (a very long paragraph): its rows fill pages as they come.
void Layouter::fill(const Block &block)
{
    const int rows = height(block);
    int from = 0;
    while (from < rows) {
        const int room = std::max(1, m_capacity - m_row - (m_row > 0 ? block.spaceBefore : 0));
        const int take = std::min(room, rows - from);
        Block chunk = block;
        chunk.lines = block.lines.mid(from, take); // (a dual block's two columns alike)
        chunk.rightLines = block.rightLines.mid(from, take);
        chunk.more = false;
        put(chunk);
        from += take;
        if (from < rows) {
            newPage();
        }
    }
}

QList<Page> Layouter::place(const QList<Block> &queue)
{
    newPage();
    // What a break carried over (the rest of a split, blocks moved along) comes before the next
    // block of the script; a deque keeps that constant-time in a script of any length.
    std::deque<Block> carried;
    qsizetype next = 0;
    while (!carried.empty() || next < queue.size()) {
        Block block;
        if (!carried.empty()) {
            block = std::move(carried.front());
            carried.pop_front();
        } else {
            block = queue[next++];
        }
        if (block.kind == Block::Kind::PageBreak) {
            if (!m_placed.isEmpty()) {
                newPage();
            }
            continue;
        }
        if (height(block) > 4 * m_layout.linesPerPage) {
            // Pages of one paragraph (a paste, say): rows fill the pages, which keeps a huge
            // script's layout linear instead of wrapping the rest again at every break.
            if (!m_placed.isEmpty()) {
                newPage();
            }
            fill(block);
            continue;
        }
        const int space = m_row > 0 ? block.spaceBefore : 0;
        const int bonus = block.continued && m_row == 0 ? 1 : 0;
        const int free = m_capacity + bonus - m_row - space;
        if (height(block) <= free) {
            put(block);
            continue;
        }
        std::optional<std::pair<Block, Block>> split;
        if (block.kind == Block::Kind::Action) {
            split = splitAction(block, free);
        } else if (block.kind == Block::Kind::Speech) {
            split = splitSpeech(block, free);
        }
        if (split) {
            put(split->first);
            newPage();
            carried.push_front(split->second);
            continue;
        }
        // The block moves to the next page, and takes along what may not end this one: a scene
        // heading before it, and, before a transition, the block it closes.
        QList<Block> moving;
        if (block.kind == Block::Kind::Transition && m_placed.size() > 1
            && m_placed.last().block.kind != Block::Kind::Heading) {
            moving.prepend(pop());
        }
        while (m_placed.size() > 1 && m_placed.last().block.kind == Block::Kind::Heading) {
            moving.prepend(pop());
        }
        if (m_placed.isEmpty() && moving.isEmpty()) {
            fill(block); // taller than a whole page
            continue;
        }
        newPage();
        moving.append(block);
        for (qsizetype k = moving.size() - 1; k >= 0; --k) {
            carried.push_front(moving[k]);
        }
    }
    if (m_pages.size() > 1 && m_pages.last().lines.isEmpty()) {
        m_pages.removeLast();
    }
    return m_pages;
}

} // namespace

QList<StyledText> Paginator::wrap(const StyledText &text, int width, int firstWidth)
{
    QList<StyledText> out;
    width = std::max(1, width);
    firstWidth = firstWidth > 0 ? firstWidth : width;
    const QString &s = text.text;
    const qsizetype n = s.size();
    if (n == 0) {
        out.append(StyledText{});
        return out;
    }
    // Final Draft's breaks: after a run of spaces and after every hyphen; a hyphen that ends a
    // line is not counted against the width, trailing spaces never are.
    auto measure = [&s](qsizetype from, qsizetype to) {
        while (to > from && s[to - 1].isSpace()) {
            --to;
        }
        return std::pair{to, (to - from) - (to > from && s[to - 1] == u'-' ? 1 : 0)};
    };
    qsizetype lineStart = 0;
    qsizetype lineEnd = 0; // end of the tokens taken so far
    qsizetype i = 0;
    auto emit = [&](qsizetype from, qsizetype to) {
        const qsizetype end = measure(from, to).first;
        out.append(text.mid(from, end - from));
    };
    while (i < n) {
        const qsizetype tokenStart = i;
        if (s[i].isSpace()) {
            while (i < n && s[i].isSpace()) {
                ++i;
            }
        } else {
            while (i < n && !s[i].isSpace() && s[i] != u'-') {
                ++i;
            }
            if (i < n && s[i] == u'-') {
                ++i;
            }
            while (i < n && s[i].isSpace()) {
                ++i;
            }
        }
        const int w = out.isEmpty() ? firstWidth : width;
        // (Leading spaces alone are no line of their own.)
        if (measure(lineStart, lineEnd).first > lineStart && measure(lineStart, i).second > w) {
            emit(lineStart, lineEnd);
            lineStart = tokenStart;
        }
        lineEnd = i;
        // A single word longer than the line: cut it, the margins hold.
        for (int room = out.isEmpty() ? firstWidth : width;
             measure(lineStart, lineEnd).second > room && measure(lineStart, lineEnd).first - lineStart > room;
             room = width) {
            out.append(text.mid(lineStart, room));
            lineStart += room;
        }
    }
    if (lineEnd > lineStart || out.isEmpty()) {
        emit(lineStart, lineEnd);
    }
    return out;
}

QList<ScreenplayElement> Paginator::withContinued(const QList<ScreenplayElement> &elements, const QString &continued)
{
    QList<ScreenplayElement> out = elements;
    QString lastSpeaker;
    for (ScreenplayElement &e : out) {
        switch (e.type) {
        case ElementType::SceneHeading:
        case ElementType::Transition:
        case ElementType::PageBreak:
            lastSpeaker.clear();
            break;
        case ElementType::Character: {
            if (e.dual != DualSide::None) {
                lastSpeaker.clear(); // a dual pair speaks over itself
                break;
            }
            const QString name = e.text.trimmed().toUpper();
            if (!name.isEmpty() && name == lastSpeaker && !e.extension.contains(u"CONT"_s, Qt::CaseInsensitive)) {
                e.extension = e.extension.isEmpty() ? continued : e.extension + u' ' + continued;
            }
            lastSpeaker = name;
            break;
        }
        default:
            break;
        }
    }
    return out;
}

QList<Page> Paginator::paginate(const Screenplay &play, const PageLayout &layout)
{
    Layouter layouter(layout);
    if (layout.automaticContinued) {
        return layouter.place(layouter.blocks(withContinued(play.elements, layout.continued)));
    }
    return layouter.place(layouter.blocks(play.elements));
}

} // namespace Spielberg
