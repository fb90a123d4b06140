// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Spielberg {

/** One scene cut out of a version's text. */
struct SplitScene {
    QString heading; ///< the heading as FountainParser reads it ("INT. HOUSE - DAY")
    QString content; ///< the raw text from the heading's line up to the next heading's line
};

/** A version's text cut at its scene headings: preamble + every content == the text. */
struct SceneSplit {
    QString preamble; ///< title page and anything before the first heading
    QList<SplitScene> scenes;
};

/**
 * Cuts Fountain text into scenes for the `scene` table, and matches scenes of two versions.
 * Pure functions, safe from any thread.
 */
class SceneSplitter
{
public:
    /**
     * Splits at every scene heading FountainParser finds, cutting the raw text at the heading's
     * source line, so concatenating the preamble and the scene contents gives back `text`
     * exactly, whatever its line breaks (LF, CRLF, CR, U+2028/9) or leading BOM.
     */
    static SceneSplit split(const QString &text);

    /** The heading text of a scene's content (its first scene heading), empty when none. */
    static QString headingOf(const QString &content);

    /**
     * For each heading of `to`, the index in `from` of the scene whose metadata it inherits, or
     * -1: the k-th occurrence of a heading text matches the k-th occurrence of the same text in
     * `from`, wherever it moved. Comparison ignores case and surrounding spaces.
     */
    static QList<int> matchHeadings(const QStringList &from, const QStringList &to);
};

} // namespace Spielberg
