// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisioncomparison.h"

#include "fountainparser.h"
#include "linediff.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// Whether a paragraph puts text on the page, and so can carry a revision mark.
bool isPrinted(const ScreenplayElement &e)
{
    if (e.type == ElementType::Section || e.type == ElementType::Synopsis
        || e.type == ElementType::PageBreak) {
        return false;
    }
    return !QStringView(e.text).trimmed().isEmpty();
}

// The text as a reader compares it: white space at line ends, runs of spaces inside a line
// (a note taken out of "a [[note]] b" leaves two) and runs of blank lines carry no words, so
// they are folded; indentation prints, so it is kept.
QString normalisedText(const QString &text)
{
    QString out;
    bool blankPending = false;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (const QStringView line : lines) {
        qsizetype k = 0;
        while (k < line.size() && line[k].isSpace()) {
            ++k;
        }
        if (k == line.size()) {
            blankPending = !out.isEmpty(); // blank lines at the start are dropped
            continue;
        }
        if (!out.isEmpty()) {
            out += blankPending ? u"\n\n"_s : u"\n"_s;
        }
        blankPending = false;
        out += line.first(k);
        bool space = false;
        for (; k < line.size(); ++k) {
            if (line[k].isSpace()) {
                space = true;
                continue;
            }
            if (space) {
                out += u' ';
                space = false;
            }
            out += line[k];
        }
    }
    return out;
}

// LineDiff compares lines: a key must hold no line break, and distinct fields must not run
// into each other.
QString escaped(QString s)
{
    s.replace(u'\\', u"\\\\"_s);
    s.replace(u'\n', u"\\n"_s);
    s.replace(u'\r', u"\\r"_s);
    s.replace(u'|', u"\\|"_s);
    return s;
}

// One line per paragraph: everything that decides what it prints. Not the heading's `#n#`
// (the base's number prints) nor a section's depth (sections do not print).
QString elementKey(const ScreenplayElement &e)
{
    QString key = elementTypeName(e.type);
    key += u'|';
    key += escaped(normalisedText(e.extension));
    key += u'|';
    key += QString::number(int(e.dual));
    key += u'|';
    key += escaped(normalisedText(e.text));
    return key;
}

// Never empty: LineDiff would drop an empty last line.
QString headingKey(const ScreenplayElement &e)
{
    return u"h|"_s + escaped(e.text.simplified().toCaseFolded());
}

QList<qsizetype> headingIndexes(const QList<ScreenplayElement> &elements)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (elements[i].type == ElementType::SceneHeading) {
            out.append(i);
        }
    }
    return out;
}

// 0 → "A", 25 → "Z", 26 → "AA", 27 → "AB": spreadsheet columns, without skipping I and O.
QString letters(qsizetype index)
{
    QString out;
    for (qsizetype n = index + 1; n > 0; n /= 26) {
        --n;
        out.prepend(QChar(char16_t(u'A' + n % 26)));
    }
    return out;
}

// Marks the changed printed paragraphs of revised[rBegin, rEnd) against base[bBegin, bEnd).
void markChanges(const QList<ScreenplayElement> &base, qsizetype bBegin, qsizetype bEnd,
                 const QList<ScreenplayElement> &revised, qsizetype rBegin, qsizetype rEnd,
                 QList<bool> &changed)
{
    QStringList baseKeys;
    for (qsizetype i = bBegin; i < bEnd; ++i) {
        if (isPrinted(base[i])) {
            baseKeys.append(elementKey(base[i]));
        }
    }
    QList<qsizetype> printed; // indexes into `revised` of the paragraphs compared
    QStringList revisedKeys;
    for (qsizetype i = rBegin; i < rEnd; ++i) {
        if (isPrinted(revised[i])) {
            printed.append(i);
            revisedKeys.append(elementKey(revised[i]));
        }
    }
    if (baseKeys.isEmpty() && revisedKeys.isEmpty()) {
        return;
    }

    // A cut with nothing in its place marks the paragraph after it, or the stretch's last one.
    // Only the text before the first heading can be left with no paragraph at all; then the
    // first printed paragraph after it carries the mark.
    const auto markCut = [&](qsizetype position) {
        if (position < printed.size()) {
            changed[printed[position]] = true;
        } else if (!printed.isEmpty()) {
            changed[printed.last()] = true;
        } else {
            for (qsizetype i = rEnd; i < revised.size(); ++i) {
                if (isPrinted(revised[i])) {
                    changed[i] = true;
                    break;
                }
            }
        }
    };

    const QList<DiffLine> diff = LineDiff::diff(baseKeys.join(u'\n'), revisedKeys.join(u'\n'));
    qsizetype at = 0; // the next revised paragraph of the diff
    bool deleted = false;
    bool inserted = false;
    for (const DiffLine &d : diff) {
        switch (d.op) {
        case DiffLine::Op::Equal:
            if (deleted && !inserted) {
                markCut(at);
            }
            deleted = false;
            inserted = false;
            ++at;
            break;
        case DiffLine::Op::Delete:
            deleted = true;
            break;
        case DiffLine::Op::Insert:
            if (at < printed.size()) {
                changed[printed[at]] = true;
            }
            inserted = true;
            ++at;
            break;
        }
    }
    if (deleted && !inserted) {
        markCut(at);
    }
}

} // namespace

RevisionComparison RevisionComparison::compare(QStringView baseText, QStringView revisedText)
{
    return compare(FountainParser::parse(baseText), FountainParser::parse(revisedText));
}

RevisionComparison RevisionComparison::compare(const Screenplay &base, const Screenplay &revised)
{
    const QList<ScreenplayElement> &b = base.elements;
    const QList<ScreenplayElement> &r = revised.elements;
    RevisionComparison result;
    result.changed.fill(false, r.size());
    result.sceneNumbers.resize(r.size());

    const QList<qsizetype> baseHeadings = headingIndexes(b);
    const QList<qsizetype> revisedHeadings = headingIndexes(r);
    QStringList baseNumbers;
    for (qsizetype k = 0; k < baseHeadings.size(); ++k) {
        const QString &given = b[baseHeadings[k]].sceneNumber;
        baseNumbers.append(given.isEmpty() ? QString::number(k + 1) : given);
    }

    // Align the scenes: per revised scene, the base scene it continues, or -1 for a new one.
    QList<qsizetype> match(revisedHeadings.size(), -1);
    {
        QStringList baseKeys;
        for (qsizetype i : baseHeadings) {
            baseKeys.append(headingKey(b[i]));
        }
        QStringList revisedKeys;
        for (qsizetype i : revisedHeadings) {
            revisedKeys.append(headingKey(r[i]));
        }
        const QList<DiffLine> diff = LineDiff::diff(baseKeys.join(u'\n'), revisedKeys.join(u'\n'));
        qsizetype ib = 0; // next base scene
        qsizetype ir = 0; // next revised scene
        qsizetype gapBase = 0; // where the unmatched stretch began on each side
        qsizetype gapRevised = 0;
        // Between two matched headings, scenes pair in order (a rewritten heading stays its
        // scene); the base scenes left over print as OMITTED before the next matched heading.
        const auto closeGap = [&]() {
            const qsizetype paired = std::min(ib - gapBase, ir - gapRevised);
            for (qsizetype k = 0; k < paired; ++k) {
                match[gapRevised + k] = gapBase + k;
            }
            const qsizetype before = ir < revisedHeadings.size() ? revisedHeadings[ir] : r.size();
            for (qsizetype k = gapBase + paired; k < ib; ++k) {
                result.omitted.append(Omitted{baseNumbers[k], before});
            }
        };
        for (const DiffLine &d : diff) {
            switch (d.op) {
            case DiffLine::Op::Equal:
                closeGap();
                if (ir < match.size()) {
                    match[ir] = ib;
                }
                ++ib;
                ++ir;
                gapBase = ib;
                gapRevised = ir;
                break;
            case DiffLine::Op::Delete:
                ++ib;
                break;
            case DiffLine::Op::Insert:
                ++ir;
                break;
            }
        }
        closeGap();
    }

    // Number the revised scenes.
    if (baseHeadings.isEmpty()) {
        // Nothing was locked: number as a base is numbered.
        for (qsizetype k = 0; k < revisedHeadings.size(); ++k) {
            const QString &given = r[revisedHeadings[k]].sceneNumber;
            result.sceneNumbers[revisedHeadings[k]] =
                given.isEmpty() ? QString::number(k + 1) : given;
        }
    } else {
        QSet<QString> used(baseNumbers.cbegin(), baseNumbers.cend());
        QString kept;       // the base number of the last matched scene
        qsizetype run = 0;  // letters used since then
        for (qsizetype k = 0; k < revisedHeadings.size(); ++k) {
            if (match[k] >= 0) {
                kept = baseNumbers[match[k]];
                run = 0;
                result.sceneNumbers[revisedHeadings[k]] = kept;
                continue;
            }
            QString number;
            do {
                if (kept.isEmpty()) {
                    // Before any matched scene. Scenes pair in order inside a stretch, so a new
                    // scene with no match before it comes before the base's first scene.
                    number = letters(run) + baseNumbers.first();
                } else {
                    number = kept + letters(run);
                }
                ++run;
            } while (used.contains(number));
            used.insert(number);
            result.sceneNumbers[revisedHeadings[k]] = number;
        }
    }

    // Mark the changed paragraphs: the text before the first heading against the base's, each
    // matched scene against its base scene, every paragraph of a new scene.
    const qsizetype baseFirst = baseHeadings.isEmpty() ? b.size() : baseHeadings.first();
    const qsizetype revisedFirst = revisedHeadings.isEmpty() ? r.size() : revisedHeadings.first();
    markChanges(b, 0, baseFirst, r, 0, revisedFirst, result.changed);
    for (qsizetype k = 0; k < revisedHeadings.size(); ++k) {
        const qsizetype begin = revisedHeadings[k];
        const qsizetype end = k + 1 < revisedHeadings.size() ? revisedHeadings[k + 1] : r.size();
        const qsizetype j = match[k];
        if (j < 0) {
            for (qsizetype i = begin; i < end; ++i) {
                if (isPrinted(r[i])) {
                    result.changed[i] = true;
                }
            }
            continue;
        }
        const qsizetype baseEnd = j + 1 < baseHeadings.size() ? baseHeadings[j + 1] : b.size();
        markChanges(b, baseHeadings[j], baseEnd, r, begin, end, result.changed);
    }
    return result;
}

Screenplay RevisionComparison::numbered(const Screenplay &revised) const
{
    Screenplay out = revised;
    out.elements.clear();
    qsizetype omittedAt = 0;
    const auto putOmitted = [&](qsizetype before) {
        while (omittedAt < omitted.size() && omitted[omittedAt].before == before) {
            ScreenplayElement gone;
            gone.type = ElementType::SceneHeading;
            gone.text = u"OMITTED"_s;
            gone.sceneNumber = omitted[omittedAt].number;
            out.elements.append(gone);
            ++omittedAt;
        }
    };
    for (qsizetype i = 0; i < revised.elements.size(); ++i) {
        putOmitted(i);
        ScreenplayElement e = revised.elements[i];
        if (e.type == ElementType::SceneHeading && i < sceneNumbers.size()) {
            e.sceneNumber = sceneNumbers[i];
        }
        out.elements.append(e);
    }
    putOmitted(revised.elements.size());
    return out;
}

QList<int> RevisionComparison::changedLines(const Screenplay &revised, QStringView baseText,
                                            QStringView revisedText) const
{
    // 1-based lines of the revised text that the line diff reads as inserted.
    QSet<int> inserted;
    int line = 0;
    for (const DiffLine &d : LineDiff::diff(baseText, revisedText)) {
        if (d.op != DiffLine::Op::Delete) {
            ++line;
        }
        if (d.op == DiffLine::Op::Insert) {
            inserted.insert(line);
        }
    }
    QList<int> out;
    for (qsizetype i = 0; i < revised.elements.size() && i < changed.size(); ++i) {
        const ScreenplayElement &e = revised.elements[i];
        if (!changed[i] || e.line <= 0) {
            continue;
        }
        const int last = e.line + int(e.text.count(u'\n'));
        QList<int> lines;
        for (int l = e.line; l <= last; ++l) {
            if (inserted.contains(l)) {
                lines.append(l);
            }
        }
        if (lines.isEmpty()) {
            for (int l = e.line; l <= last; ++l) {
                lines.append(l);
            }
        }
        out.append(lines);
    }
    return out;
}

QStringList RevisionComparison::colors()
{
    return {u"white"_s, u"blue"_s,  u"pink"_s, u"yellow"_s, u"green"_s,
            u"goldenrod"_s, u"buff"_s, u"salmon"_s, u"cherry"_s};
}

QString RevisionComparison::colorOfRound(int round)
{
    const QStringList names = colors();
    round = std::max(round, 0);
    const int pass = int(round / names.size());
    const QString name = names[round % names.size()];
    if (pass == 0) {
        return name;
    }
    static const QStringList rounds{u"double"_s, u"triple"_s, u"quadruple"_s};
    return rounds[std::min<int>(pass - 1, int(rounds.size()) - 1)] + u' ' + name;
}

QList<Page> RevisionComparison::lockedPages(const Screenplay &base, const Screenplay &revisedNumbered,
                                            QStringView baseText, QStringView revisedText, const PageLayout &layout)
{
    // Where each base line stands in the revised text (0: rewritten or cut).
    QList<int> moved(int(baseText.count(u'\n')) + 3, 0);
    int baseLine = 0;
    int revisedLine = 0;
    for (const DiffLine &d : LineDiff::diff(baseText, revisedText)) {
        if (d.op != DiffLine::Op::Insert) {
            ++baseLine;
        }
        if (d.op != DiffLine::Op::Delete) {
            ++revisedLine;
        }
        if (d.op == DiffLine::Op::Equal && baseLine < moved.size()) {
            moved[baseLine] = revisedLine;
        }
    }
    // The base pages that open with a paragraph of their own (not the rest of one split over the
    // page before): there the revised text starts a page too. Each run of the revised text between
    // two such places covers one base page or more (its pages and their continuations).
    const QList<Page> basePages = Paginator::paginate(base, layout);
    if (basePages.isEmpty()) {
        return Paginator::paginate(revisedNumbered, layout);
    }
    QSet<int> elementStarts;
    for (const ScreenplayElement &e : base.elements) {
        elementStarts.insert(e.line);
    }
    struct Run {
        int firstPage = 1; ///< the base page it starts on
        int pages = 1;     ///< how many base pages it covers
        int start = 0;     ///< the revised line it starts at
    };
    QList<Run> runs{Run{1, 1, 0}};
    for (qsizetype p = 1; p < basePages.size(); ++p) {
        int topRow = INT_MAX;
        int top = 0;
        for (const PageLine &l : basePages[p].lines) {
            if (l.sourceLine > 0 && l.row < topRow) {
                topRow = l.row;
                top = l.sourceLine;
            }
        }
        bool continued = top == 0 || !elementStarts.contains(top);
        for (const PageLine &l : basePages[p - 1].lines) {
            continued |= l.sourceLine == top;
        }
        // Where that paragraph now stands, or the first paragraph after it that survived (never a
        // blank line, which the diff may match anywhere).
        int mapped = 0;
        for (int l = top; !continued && l > 0 && l < moved.size() && mapped == 0; ++l) {
            if (elementStarts.contains(l)) {
                mapped = moved[l];
            }
        }
        if (continued || mapped <= runs.last().start) {
            ++runs.last().pages;
            continue;
        }
        runs.append(Run{int(p + 1), 1, mapped});
    }

    QList<QList<ScreenplayElement>> parts(runs.size());
    qsizetype run = 0;
    QList<ScreenplayElement> waiting; // OMITTED lines go with the paragraph they stand before
    for (const ScreenplayElement &e : revisedNumbered.elements) {
        if (e.line <= 0) {
            waiting.append(e);
            continue;
        }
        while (run + 1 < runs.size() && e.line >= runs[run + 1].start) {
            ++run;
        }
        parts[run].append(waiting);
        waiting.clear();
        parts[run].append(e);
    }
    parts[run].append(waiting);
    QList<Page> out;
    for (qsizetype k = 0; k < runs.size(); ++k) {
        const Run &r = runs[k];
        Screenplay part;
        part.elements = parts[k];
        QList<Page> pages = Paginator::paginate(part, layout);
        if (pages.isEmpty() || pages.constFirst().lines.isEmpty()) {
            // The whole run went: the page before carries its numbers too ("12-13").
            if (!out.isEmpty()) {
                const QString before = out.last().label.isEmpty() ? QString::number(out.last().number)
                                                                  : out.last().label.section(u'-', 0, 0);
                out.last().label = before + u'-' + QString::number(r.firstPage + r.pages - 1);
            }
            continue;
        }
        for (qsizetype i = 0; i < pages.size(); ++i) {
            Page page = pages[i];
            if (i < r.pages) {
                page.number = r.firstPage + int(i);
                page.label = page.number == 1 ? QString() : QString::number(page.number);
            } else {
                page.number = r.firstPage + r.pages - 1;
                QString suffix;
                for (qsizetype n = i - r.pages + 1; n > 0; n = (n - 1) / 26) {
                    suffix.prepend(QChar(u'A' + int((n - 1) % 26)));
                }
                page.label = QString::number(page.number) + suffix;
            }
            out.append(page);
        }
        if (pages.size() < r.pages && !out.isEmpty()) {
            // Fewer pages than the base had here: the last one carries the numbers it took in.
            out.last().label = QString::number(out.last().number) + u'-' + QString::number(r.firstPage + r.pages - 1);
        }
    }
    return out;
}

} // namespace Spielberg
