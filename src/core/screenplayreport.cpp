// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenplayreport.h"

#include "screenplaystatistics.h"

#include "paginator.h"
#include "screenplay.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringView>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// A character as ScreenplayStatistics names one: the parser keeps a cue's extensions apart
// from its text, so the text alone, in upper case, is the person.
QString characterName(const ScreenplayElement &cue)
{
    return cue.text.trimmed().toUpper();
}

struct HeadingParts {
    QString intExt;
    QString location;
    QString time;
};

// "INT./EXT. CAR - MOVING - DAY" -> INT/EXT, "CAR - MOVING", DAY. The prefixes are those the
// parser recognises (fountainparser.cpp, hasHeadingPrefix), plus INTERIOR and EXTERIOR, which a
// forced heading may spell out; group 1 holds a prefix naming both sides, group 2 an interior,
// group 3 an exterior (EST., an establishing shot, is one).
HeadingParts headingParts(const QString &heading)
{
    static const QRegularExpression prefix(
        u"^(?:((?:INT(?:ERIOR)?|EXT(?:ERIOR)?|I|E)\\.?\\s*/\\s*(?:INT(?:ERIOR)?|EXT(?:ERIOR)?|I|E))"
        "|(INT(?:ERIOR)?)|(EXT(?:ERIOR)?|EST))(?:\\.\\s*|\\s+|$)"_s);
    HeadingParts parts;
    const QString upper = heading.trimmed().toUpper();
    QString rest = upper;
    const QRegularExpressionMatch m = prefix.match(upper);
    if (m.hasMatch()) {
        parts.intExt = m.hasCaptured(1) ? u"INT/EXT"_s : m.hasCaptured(2) ? u"INT"_s : u"EXT"_s;
        rest = upper.mid(m.capturedLength());
    }
    // The time of day follows the last " - ", as ScreenplayStatistics reads it.
    const qsizetype dash = rest.lastIndexOf(u" - "_s);
    parts.location = (dash >= 0 ? rest.left(dash) : rest).simplified();
    parts.time = dash >= 0 ? rest.mid(dash + 3).simplified() : QString();
    return parts;
}

// A place on the printed pages: the page's number, its index among the pages, the row.
struct Mark {
    int page = 1;
    qsizetype pageIndex = 0;
    int row = 0;
};

// Where the script prints, as far as the report needs it.
struct Printed {
    QList<Mark> headings;       // per scene heading, in order
    QList<QList<int>> cuePages; // per part of the script (0: before the first heading, k: scene
                                // k), the page of each of its cues, in order
    Mark end;                   // just past the last printed row
};

Printed printedPositions(const Screenplay &play, const PageLayout &layout)
{
    // A page line does not say which element it comes from, but a heading's first line carries
    // the heading's scene number: numbering the headings of a copy 1, 2, 3… marks them. The
    // number takes no room in the text, so the copy is laid out as the script is.
    Screenplay marked = play;
    int headingCount = 0;
    for (ScreenplayElement &e : marked.elements) {
        if (e.type == ElementType::SceneHeading) {
            e.sceneNumber = QString::number(++headingCount);
        }
    }
    const QList<Page> pages = Paginator::paginate(marked, layout);

    Printed out;
    out.headings.resize(headingCount);
    out.cuePages.resize(headingCount + 1);
    // Cue lines are the script's cues in order (the left side of dual dialogue before the
    // right), except for what the Paginator adds over a split speech: (MORE) under its first
    // part and NAME (CONT'D), the line right after, over the rest. A cue too long for one line
    // goes on in the row below.
    int part = 0;
    bool moreAbove = false;
    bool cueAbove = false;
    int cueRow = -1;
    qsizetype cuePage = -1;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const Page &page = pages.at(p);
        for (const PageLine &line : page.lines) {
            const bool afterMore = std::exchange(moreAbove, false);
            const bool afterCue = std::exchange(cueAbove, false);
            if (line.type == ElementType::SceneHeading && !line.sceneNumber.isEmpty()) {
                const int k = line.sceneNumber.toInt();
                if (k >= 1 && k <= headingCount) {
                    part = k;
                    out.headings[k - 1] = Mark{page.number, p, line.row};
                }
                continue;
            }
            if (line.type != ElementType::Character) {
                continue;
            }
            if (line.text.text == layout.more) {
                moreAbove = true;
                continue;
            }
            if (afterMore) {
                continue; // NAME (CONT'D): the Paginator's, not a cue of the script
            }
            if (!(afterCue && p == cuePage && line.row == cueRow + 1)) {
                out.cuePages[part].append(page.number);
            }
            cueAbove = true;
            cueRow = line.row;
            cuePage = p;
        }
    }
    if (!pages.isEmpty()) {
        const Page &last = pages.constLast();
        int end = 0;
        for (const PageLine &line : last.lines) {
            end = std::max(end, line.row + 1);
        }
        out.end = Mark{last.number, pages.size() - 1, end};
    }
    return out;
}

// The length from one place to another in eighths of a page, rounded, one eighth at least (a
// schedule never counts a scene as nothing).
int eighthsBetween(const Mark &from, const Mark &to, int linesPerPage)
{
    const qsizetype rows = (to.pageIndex - from.pageIndex) * linesPerPage + to.row - from.row;
    return std::max(1, int(std::lround(double(rows) * 8 / linesPerPage)));
}

} // namespace

ScreenplayReport ScreenplayReport::compute(const Screenplay &play, const PageLayout &layout)
{
    ScreenplayReport report;
    const Printed printed = printedPositions(play, layout);

    QHash<QString, qsizetype> characterIndex;
    qsizetype speaker = -1;
    int part = 0;      // 0 before the first heading, k in scene k
    int cueInPart = 0; // the cues of this part so far
    for (const ScreenplayElement &e : play.elements) {
        // The speaker rules of ScreenplayStatistics::compute, so that blocks and words agree.
        if (e.type == ElementType::Section || e.type == ElementType::Synopsis) {
            continue;
        }
        switch (e.type) {
        case ElementType::SceneHeading: {
            ++part;
            cueInPart = 0;
            const HeadingParts parts = headingParts(e.text);
            Scene scene;
            scene.index = part;
            scene.number = e.sceneNumber.isEmpty() ? QString::number(part) : e.sceneNumber;
            scene.heading = e.text.trimmed().toUpper();
            scene.intExt = parts.intExt;
            scene.location = parts.location;
            scene.time = parts.time;
            scene.page = printed.headings.value(part - 1).page;
            report.scenes.append(scene);
            speaker = -1;
            break;
        }
        case ElementType::Character: {
            const QString name = characterName(e);
            auto it = characterIndex.constFind(name);
            if (it == characterIndex.cend()) {
                it = characterIndex.insert(name, report.characters.size());
                Character added;
                added.name = name;
                report.characters.append(added);
            }
            speaker = *it;
            Character &person = report.characters[speaker];
            ++person.dialogueBlocks;
            // The k-th cue of a part is the k-th cue line printed in it; should the Paginator
            // ever print them otherwise, the page where the part starts stands in.
            const QList<int> &cuePages = printed.cuePages.at(part);
            const int page = cueInPart < cuePages.size()
                ? cuePages.at(cueInPart)
                : (part > 0 ? report.scenes.constLast().page : 1);
            ++cueInPart;
            if (person.firstPage == 0) {
                person.firstPage = page;
            }
            person.lastPage = page;
            if (part > 0) {
                Scene &scene = report.scenes.last();
                if (!scene.characters.contains(name)) {
                    scene.characters.append(name);
                    ++person.scenes;
                    if (person.firstScene.isEmpty()) {
                        person.firstScene = scene.number;
                    }
                    person.lastScene = scene.number;
                }
            }
            break;
        }
        case ElementType::Dialogue:
        case ElementType::Lyrics:
            if (speaker >= 0) {
                report.characters[speaker].words += ScreenplayStatistics::countWords(e.text);
            }
            break;
        case ElementType::Parenthetical:
            break;
        default:
            speaker = -1;
            break;
        }
    }

    const int linesPerPage = std::max(1, layout.linesPerPage);
    for (qsizetype k = 0; k < report.scenes.size(); ++k) {
        const Mark from = printed.headings.value(k);
        const Mark to = k + 1 < printed.headings.size() ? printed.headings.at(k + 1) : printed.end;
        report.scenes[k].eighths = eighthsBetween(from, to, linesPerPage);
    }

    // INT. HOUSE and EXT. HOUSE are two locations: a set to build and a place to shoot.
    QHash<QString, qsizetype> locationIndex;
    for (const Scene &scene : std::as_const(report.scenes)) {
        const QString key = scene.intExt + u"|"_s + scene.location;
        auto it = locationIndex.constFind(key);
        if (it == locationIndex.cend()) {
            it = locationIndex.insert(key, report.locations.size());
            Location added;
            added.name = scene.location;
            added.intExt = scene.intExt;
            added.firstScene = scene.number;
            report.locations.append(added);
        }
        Location &place = report.locations[*it];
        ++place.scenes;
        place.eighths += scene.eighths;
        if (!scene.time.isEmpty() && !place.times.contains(scene.time)) {
            place.times.append(scene.time);
        }
    }

    std::sort(report.characters.begin(), report.characters.end(),
              [](const Character &a, const Character &b) {
                  return a.words != b.words ? a.words > b.words : a.name < b.name;
              });
    std::stable_sort(report.locations.begin(), report.locations.end(),
                     [](const Location &a, const Location &b) { return a.eighths > b.eighths; });
    return report;
}

} // namespace Spielberg
