// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenesplitter.h"

#include "fountainparser.h"

#include <QHash>

#include <vector>

namespace Spielberg {

namespace {
// Offsets of the start of every source line (index 0 = line 1), using the line breaks the
// parser recognises (fountainparser.cpp, normalise()): LF, CRLF, CR, U+2028, U+2029; a leading
// BOM belongs to line 1.
std::vector<qsizetype> lineStarts(QStringView text)
{
    std::vector<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n') {
                ++i;
            }
            starts.push_back(i + 1);
        } else if (c == u'\n' || c == QChar(0x2028) || c == QChar(0x2029)) {
            starts.push_back(i + 1);
        }
    }
    return starts;
}

QString normaliseHeading(const QString &heading)
{
    return heading.simplified().toCaseFolded();
}
} // namespace

SceneSplit SceneSplitter::split(const QString &text)
{
    const Screenplay play = FountainParser::parse(text);
    const std::vector<qsizetype> starts = lineStarts(text);
    struct Cut {
        qsizetype offset;
        QString heading;
    };
    QList<Cut> cuts;
    for (const ScreenplayElement &e : play.elements) {
        if (e.type != ElementType::SceneHeading || e.line < 1
            || size_t(e.line) > starts.size()) {
            continue;
        }
        const qsizetype offset = starts[size_t(e.line - 1)];
        if (!cuts.isEmpty() && cuts.last().offset >= offset) {
            continue; // never cut backwards, whatever the parser reports
        }
        cuts.append(Cut{offset, e.text});
    }
    SceneSplit out;
    out.preamble = text.left(cuts.isEmpty() ? text.size() : cuts.first().offset);
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        const qsizetype end = i + 1 < cuts.size() ? cuts[i + 1].offset : text.size();
        out.scenes.append(SplitScene{cuts[i].heading,
                                     text.sliced(cuts[i].offset, end - cuts[i].offset)});
    }
    return out;
}

QString SceneSplitter::headingOf(const QString &content)
{
    const Screenplay play = FountainParser::parse(content);
    for (const ScreenplayElement &e : play.elements) {
        if (e.type == ElementType::SceneHeading) {
            return e.text;
        }
    }
    return {};
}

QList<int> SceneSplitter::matchHeadings(const QStringList &from, const QStringList &to)
{
    // Heading text -> the indexes in `from` with that text, in order of appearance.
    QHash<QString, QList<int>> byHeading;
    for (int i = 0; i < from.size(); ++i) {
        byHeading[normaliseHeading(from[i])].append(i);
    }
    QHash<QString, int> seen;
    QList<int> out;
    out.reserve(to.size());
    for (const QString &heading : to) {
        const QString key = normaliseHeading(heading);
        const int occurrence = seen[key]++;
        const QList<int> candidates = byHeading.value(key);
        out.append(occurrence < candidates.size() ? candidates[occurrence] : -1);
    }
    return out;
}

} // namespace Spielberg
