// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Spielberg {

/** One line of a line-based diff. */
struct DiffLine {
    enum class Op { Equal, Delete, Insert };
    Op op = Op::Equal;
    QString text; ///< the line without its line break

    bool operator==(const DiffLine &) const = default;
};

/**
 * A line-based diff of two texts (the shortest edit script, via dtl), for comparing versions.
 * Pure functions, safe from any thread. Lines split at '\n' ("\r\n" counts as one break); a final
 * line break does not make an empty last line.
 */
class LineDiff
{
public:
    static QList<DiffLine> diff(QStringView from, QStringView to);

    /**
     * The diff as unified-diff text: `--- fromLabel`, `+++ toLabel`, then hunks (`@@ -a,b +c,d @@`)
     * with `context` unchanged lines around each change. Empty when the texts are equal.
     */
    static QString unified(const QList<DiffLine> &lines, const QString &fromLabel,
                           const QString &toLabel, int context = 3);

    /** "equal", "delete" or "insert". */
    static QString opName(DiffLine::Op op);

    /** Splits text into lines as diff() does. */
    static QStringList lines(QStringView text);
};

} // namespace Spielberg
