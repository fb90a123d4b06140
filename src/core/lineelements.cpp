// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineelements.h"

namespace Spielberg {

namespace {

int lineAt(QStringView text, qsizetype position)
{
    position = std::clamp<qsizetype>(position, 0, text.size());
    return int(text.first(position).count(u'\n'));
}

} // namespace

void LineElements::reset(const QString &text)
{
    m_parser.reset(text);
    m_kinds = kinds();
}

QList<int> LineElements::update(const QString &text, int position, int removed, int added)
{
    const QString &old = m_parser.text();
    const int first = lineAt(old, position);
    const int oldLast = lineAt(old, qsizetype(position) + removed);
    const int newLast = lineAt(text, qsizetype(position) + added);
    const int delta = newLast - oldLast;
    m_parser.update(text, position, removed, added);
    QList<Kind> now = kinds();

    // Lines before the edit keep their numbers; lines after it move by `delta`.
    QList<int> changed;
    for (int line = 0; line < first && line < now.size() && line < m_kinds.size(); ++line) {
        if (now[line].type != m_kinds[line].type) {
            changed.append(line);
        }
    }
    for (int line = newLast + 1; line < now.size(); ++line) {
        const int oldLine = line - delta;
        if (oldLine <= oldLast || oldLine >= m_kinds.size() || now[line].type != m_kinds[oldLine].type) {
            changed.append(line);
        }
    }
    m_kinds = std::move(now);
    return changed;
}

std::optional<ElementType> LineElements::at(int line) const
{
    if (line < 0 || line >= m_kinds.size() || m_kinds[line].type < 0) {
        return std::nullopt;
    }
    return ElementType(m_kinds[line].type);
}

int LineElements::elementStart(int line) const
{
    return line >= 0 && line < m_kinds.size() ? m_kinds[line].start : -1;
}

// An element covers its first source line and as many more as its text has lines (a paragraph
// of action, the lines of one speech's dialogue), never past the next element.
QList<LineElements::Kind> LineElements::kinds() const
{
    const QString &text = m_parser.text();
    QList<Kind> out(text.count(u'\n') + 1);
    const QList<ScreenplayElement> &elements = m_parser.screenplay().elements;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const ScreenplayElement &e = elements[i];
        const int start = e.line - 1;
        int end = start + int(e.text.count(u'\n')) + 1;
        if (i + 1 < elements.size()) {
            end = std::min(end, elements[i + 1].line - 1);
        }
        end = std::min<int>(end, int(out.size()));
        // Blank lines inside a paragraph (action paragraphs run together) belong to none.
        qsizetype from = 0;
        for (int line = start; line < end; ++line) {
            qsizetype to = e.text.indexOf(u'\n', from);
            if (to < 0) {
                to = e.text.size();
            }
            if (line >= 0 && to > from) {
                out[line] = Kind{qint8(e.type), start};
            }
            from = to + 1;
        }
    }
    return out;
}

} // namespace Spielberg
