// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenemover.h"

#include "scenesplitter.h"


using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
/** The line breaks at the end of `text`, a CRLF counting once. */
int trailingBreaks(const QString &text)
{
    int breaks = 0;
    qsizetype i = text.size();
    while (i > 0) {
        const QChar c = text[i - 1];
        if (c == u'\n') {
            i -= (i >= 2 && text[i - 2] == u'\r') ? 2 : 1;
        } else if (c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029)) {
            --i;
        } else {
            break;
        }
        ++breaks;
    }
    return breaks;
}

/** Whether a trimmed line is a section (`# Act one`), which belongs to the act, not the scene. */
bool isSection(QStringView line)
{
    return line.startsWith(u'#');
}

/** Where a scene's own text ends inside [start, end): before the section lines that close it. */
int bodyEndOf(const QString &text, int start, int end)
{
    int bodyEnd = end;
    int lineEnd = end;
    // Walk the lines backwards: blank lines and sections belong to the tail until other text.
    while (lineEnd > start) {
        int lineStart = lineEnd;
        while (lineStart > start && text[lineStart - 1] != u'\n' && text[lineStart - 1] != u'\r') {
            --lineStart;
        }
        const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart).trimmed();
        if (!line.isEmpty() && !isSection(line)) {
            break;
        }
        if (isSection(line) && lineStart > start) {
            bodyEnd = lineStart;
        }
        // Step over this line's break to the end of the line before.
        lineEnd = lineStart;
        if (lineEnd > start && text[lineEnd - 1] == u'\n') {
            --lineEnd;
        }
        if (lineEnd > start && text[lineEnd - 1] == u'\r') {
            --lineEnd;
        }
    }
    return bodyEnd;
}
} // namespace

QList<SceneSpan> SceneMover::spans(const QString &text)
{
    const SceneSplit split = SceneSplitter::split(text);
    QList<SceneSpan> out;
    out.reserve(split.scenes.size());
    int offset = int(split.preamble.size());
    for (const SplitScene &scene : split.scenes) {
        const int end = offset + int(scene.content.size());
        out.append(SceneSpan{offset, bodyEndOf(text, offset, end), end});
        offset = end;
    }
    return out;
}

TextEdit SceneMover::moveBefore(const QString &text, const QList<SceneSpan> &spans, int from, int before)
{
    if (before < 0 || before > spans.size()) {
        return {};
    }
    return move(text, spans, from, before * 2);
}

TextEdit SceneMover::moveAfter(const QString &text, const QList<SceneSpan> &spans, int from, int after)
{
    if (after < 0 || after >= spans.size()) {
        return {};
    }
    return move(text, spans, from, after * 2 + 1);
}

TextEdit SceneMover::move(const QString &text, const QList<SceneSpan> &spans, int from, int at)
{
    if (from < 0 || from >= spans.size() || spans.last().end != text.size()) {
        return {};
    }
    // The text as units: the preamble, then each scene's body and its tail (the section lines
    // after it). `at` is a unit boundary: 2k is before body k, 2k+1 before tail k.
    struct Unit {
        QString text;
        bool body = false;
    };
    QList<Unit> units{{text.left(spans.first().start), false}};
    for (const SceneSpan &s : spans) {
        units.append({text.sliced(s.start, s.bodyEnd - s.start), true});
        units.append({text.sliced(s.bodyEnd, s.end - s.bodyEnd), false});
    }
    const int source = 1 + 2 * from;
    int target = 1 + at; // index in `units` the body is inserted before
    if (target == source || target == source + 1) {
        return {}; // before or right after itself
    }
    const Unit body = units.takeAt(source);
    if (target > source) {
        --target;
    }
    units.insert(target, body);

    // Every heading needs a blank line before it: mend the text ahead of each body.
    const QString lineBreak = text.contains(u"\r\n"_s) ? u"\r\n"_s : u"\n"_s;
    QString out;
    out.reserve(text.size() + 4);
    for (const Unit &unit : std::as_const(units)) {
        if (unit.body && !out.isEmpty()) {
            for (int missing = 2 - trailingBreaks(out); missing > 0; --missing) {
                out += lineBreak;
            }
        }
        out += unit.text;
    }
    return replace(text, 0, int(text.size()), out);
}

TextEdit SceneMover::replace(const QString &text, int start, int end, const QString &replacement)
{
    const QString out = text.left(start) + replacement + text.mid(end);
    if (out == text) {
        return {};
    }
    // The smallest replacement: what lies between the common beginning and the common end.
    int prefix = 0;
    const int shorter = int(qMin(out.size(), text.size()));
    while (prefix < shorter && out[prefix] == text[prefix]) {
        ++prefix;
    }
    int suffix = 0;
    while (suffix < shorter - prefix && out[out.size() - 1 - suffix] == text[text.size() - 1 - suffix]) {
        ++suffix;
    }
    return TextEdit{prefix, int(text.size()) - prefix - suffix, out.sliced(prefix, out.size() - prefix - suffix)};
}

} // namespace Spielberg
