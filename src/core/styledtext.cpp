// SPDX-License-Identifier: GPL-3.0-or-later
#include "styledtext.h"

#include <vector>

namespace Spielberg {

namespace {

struct Marker {
    qsizetype position; // in the source line
    int length;         // 1, 2 or 3 for '*', 1 for '_'
    QChar kind;
};

bool isBlank(QChar c)
{
    return c.isSpace();
}

} // namespace

StyledText StyledText::fromFountain(QStringView line)
{
    const qsizetype n = line.size();
    // Pass 1: find marker runs and escapes. `escaped[i]` is true for a character that a
    // backslash made literal; the backslash itself is dropped.
    std::vector<bool> drop(size_t(n), false);
    std::vector<bool> literal(size_t(n), false);
    std::vector<Marker> markers;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < n && (line[i + 1] == u'*' || line[i + 1] == u'_' || line[i + 1] == u'\\')) {
            drop[size_t(i)] = true;
            literal[size_t(i + 1)] = true;
            ++i;
            continue;
        }
        if (c == u'*' || c == u'_') {
            qsizetype j = i;
            while (j < n && line[j] == c && !literal[size_t(j)]) {
                ++j;
            }
            const int run = int(j - i);
            if (c == u'_' || run <= 3) {
                for (qsizetype k = i; k < j; ++k) {
                    markers.push_back(Marker{k, c == u'_' ? 1 : run, c});
                    if (c == u'*') {
                        break;
                    }
                }
            }
            i = j - 1;
        }
    }

    // Pass 2: pair openers with closers of the same kind and length, left to right. An opener
    // needs a non-blank after it, a closer a non-blank before it.
    std::vector<quint8> style(size_t(n), 0);
    std::vector<bool> used(markers.size(), false);
    for (size_t a = 0; a < markers.size(); ++a) {
        if (used[a]) {
            continue;
        }
        const Marker &open = markers[a];
        const qsizetype after = open.position + open.length;
        if (after >= n || isBlank(line[after])) {
            continue;
        }
        for (size_t b = a + 1; b < markers.size(); ++b) {
            const Marker &close = markers[b];
            if (used[b] || close.kind != open.kind || close.length != open.length) {
                continue;
            }
            if (isBlank(line[close.position - 1]) || close.position == after) {
                continue;
            }
            // `some_variable_name`: an underscore closer must not sit inside a word.
            const qsizetype end = close.position + close.length;
            if (open.kind == u'_' && end < n && line[end].isLetterOrNumber()) {
                continue;
            }
            if (open.kind == u'_' && open.position > 0 && line[open.position - 1].isLetterOrNumber()) {
                break;
            }
            quint8 bits = 0;
            if (open.kind == u'_') {
                bits = Underline;
            } else {
                bits = open.length == 1 ? quint8(Italic) : open.length == 2 ? quint8(Bold) : quint8(Bold | Italic);
            }
            for (qsizetype k = after; k < close.position; ++k) {
                style[size_t(k)] |= bits;
            }
            for (qsizetype k = open.position; k < after; ++k) {
                drop[size_t(k)] = true;
            }
            for (qsizetype k = close.position; k < end; ++k) {
                drop[size_t(k)] = true;
            }
            used[a] = used[b] = true;
            break;
        }
    }

    StyledText out;
    out.text.reserve(n);
    out.styles.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (!drop[size_t(i)]) {
            out.text += line[i];
            out.styles.append(style[size_t(i)]);
        }
    }
    return out;
}

StyledText StyledText::mid(qsizetype position, qsizetype length) const
{
    StyledText out;
    out.text = text.mid(position, length);
    out.styles = styles.mid(position, length);
    return out;
}

} // namespace Spielberg
