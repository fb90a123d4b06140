// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Spielberg {

/**
 * A line of text with Fountain emphasis resolved: the markers (`*`, `**`, `***`, `_`, `\`) are
 * gone from `text`, and `styles` holds one Style bit set per character of it. Pure value type.
 */
struct StyledText {
    enum Style : quint8 { Plain = 0, Italic = 1, Bold = 2, Underline = 4 };

    QString text;
    QList<quint8> styles;

    /**
     * Resolves emphasis in one line (emphasis never crosses a line break). An opening marker must
     * be followed by a non-space and its closer preceded by one ("*69 and then *23" stays as it
     * is), markers may nest (`_a *b* c_`), and a backslash escapes the next character.
     */
    static StyledText fromFountain(QStringView line);

    StyledText mid(qsizetype position, qsizetype length = -1) const;
    qsizetype size() const { return text.size(); }
};

} // namespace Spielberg
