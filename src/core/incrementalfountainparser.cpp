// SPDX-License-Identifier: GPL-3.0-or-later
#include "incrementalfountainparser.h"

#include "fountainparser.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// 1-based line of character `position` in `text`.
int lineAt(QStringView text, qsizetype position)
{
    position = std::clamp<qsizetype>(position, 0, text.size());
    return int(text.first(position).count(u'\n')) + 1;
}

// Offset of the first character of 1-based `line`, or text.size() past the end.
qsizetype offsetOfLine(QStringView text, int line)
{
    qsizetype offset = 0;
    for (int l = 1; l < line; ++l) {
        const qsizetype nl = text.indexOf(u'\n', offset);
        if (nl < 0) {
            return text.size();
        }
        offset = nl + 1;
    }
    return offset;
}

} // namespace

void IncrementalFountainParser::reset(const QString &text)
{
    m_text = text;
    m_play = FountainParser::parse(m_text);
}

bool IncrementalFountainParser::update(const QString &text, int position, int removed, int added)
{
    const QString old = std::exchange(m_text, text);
    auto whole = [&] {
        m_play = FountainParser::parse(m_text);
        return false;
    };
    if (position < 0 || removed < 0 || added < 0 || position + removed > old.size()
        || position + added > text.size() || text.contains(u"/*"_s) || old.contains(u"/*"_s)
        || text.contains(u'\r')) {
        return whole();
    }
    const int firstChanged = lineAt(old, position);
    const int oldLastChanged = lineAt(old, position + removed);
    const int newLastChanged = lineAt(text, position + added);
    const int delta = newLastChanged - oldLastChanged;

    // The stretch to parse again: from the last heading before the changed lines to the first
    // heading after them (old line numbers).
    QList<ScreenplayElement> &elements = m_play.elements;
    qsizetype from = -1;
    qsizetype to = elements.size();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const ScreenplayElement &e = elements[i];
        if (e.type != ElementType::SceneHeading) {
            continue;
        }
        if (e.line < firstChanged) {
            from = i;
        } else if (e.line > oldLastChanged) {
            to = i;
            break;
        }
    }
    if (from < 0) {
        return whole(); // the edit touched what comes before the first heading
    }
    const int startLine = elements[from].line;
    const bool hasEnd = to < elements.size();
    const int endLineNew = hasEnd ? elements[to].line + delta : 0;

    // The new text of the stretch, including the end heading's line so that blank lines before
    // it are counted as the whole parse counts them.
    const qsizetype begin = offsetOfLine(text, startLine);
    qsizetype end = text.size();
    if (hasEnd) {
        const qsizetype headingStart = offsetOfLine(text, endLineNew);
        const qsizetype nl = text.indexOf(u'\n', headingStart);
        end = nl < 0 ? text.size() : nl;
    }
    Screenplay part = FountainParser::parse(QStringView(text).sliced(begin, end - begin));
    if (!part.titlePage.isEmpty() || part.elements.isEmpty()
        || part.elements.first().type != ElementType::SceneHeading) {
        return whole();
    }
    if (hasEnd) {
        if (part.elements.last().type != ElementType::SceneHeading || part.elements.last().text != elements[to].text) {
            return whole();
        }
        part.elements.removeLast();
    }
    for (ScreenplayElement &e : part.elements) {
        e.line += startLine - 1;
    }
    for (qsizetype i = to; i < elements.size(); ++i) {
        elements[i].line += delta;
    }
    elements.remove(from, to - from);
    for (qsizetype k = 0; k < part.elements.size(); ++k) {
        elements.insert(from + k, part.elements[k]);
    }
    return true;
}

} // namespace Spielberg
