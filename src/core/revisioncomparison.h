// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paginator.h"
#include "screenplay.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Spielberg {

/**
 * Production revisions: how a revised screenplay differs from a locked base version, so that its
 * printed pages can mark each changed paragraph with an asterisk in the right margin, keep the
 * base's scene numbers and print OMITTED where a base scene is gone.
 *
 * Scenes are aligned first, by the longest common subsequence of their heading texts (compared
 * without case, white space simplified). In each stretch between two matched headings the scenes
 * left on both sides are paired in order, so a heading rewritten from DAY to NIGHT keeps its
 * scene; what remains there is a new scene (revised side) or an omitted one (base side). A
 * matched scene keeps its base number: the base heading's `#n#`, else its position 1, 2, 3….
 * A new scene takes the number kept before it plus letters (after 12: 12A, 12B … 12Z, 12AA; after
 * a locked 12A: 12AA, which sorts before a locked 12B), or letters before the first base number
 * (A1, B1…); a number the base already uses is skipped. The revised text's own `#n#` numbers
 * are not read: the base's are locked. By this alignment a scene moved elsewhere is a new scene
 * where it now stands and an omitted one where it stood.
 *
 * Paragraphs are compared inside each pair of scenes, and the text before the first heading with
 * the base's, by LineDiff over one line per paragraph: its type, extension, dual side and printed
 * text. A paragraph outside the common subsequence is changed. Notes, boneyard, a heading's `#n#`,
 * white space at line ends, runs of spaces and of blank lines change nothing; one word changed
 * marks its own paragraph only. A cut with nothing inserted in its place marks the paragraph
 * after it in the same scene (the scene's last one when the cut ends the scene), so the cut
 * shows. Every paragraph of a new scene is changed. Paragraphs that print no text (sections,
 * synopses, page breaks, blank lines) are never marked, and an omitted scene shows by its OMITTED
 * line, not by marks on its neighbours.
 *
 * Pure, safe on any thread; for a whole script, a worker's job (about 200 small diffs for a
 * 130-page script). Never fails: an empty base makes every printed paragraph changed, and a base
 * without scenes locks no numbers, so the revised scenes are numbered as a base would be.
 */
struct RevisionComparison {
    /** Where a base scene that is gone prints as OMITTED. */
    struct Omitted {
        QString number;       ///< the base scene's locked number
        qsizetype before = 0; ///< the revised element it prints before; elements.size() at the end

        bool operator==(const Omitted &) const = default;
    };

    /**
     * Per element of the revised screenplay (same index as its `elements`): true when the
     * element is new or its printed text changed against the base.
     */
    QList<bool> changed;
    /**
     * Per element of the revised screenplay: for scene headings the locked number to print
     * ("12", "12A", "A1"…); empty for other elements.
     */
    QList<QString> sceneNumbers;
    /** The base scenes that are gone, in base order. */
    QList<Omitted> omitted;

    bool operator==(const RevisionComparison &) const = default;

    /** Compares parsed screenplays; the lists above follow `revised.elements`. */
    static RevisionComparison compare(const Screenplay &base, const Screenplay &revised);
    /**
     * Parses both Fountain texts with FountainParser and compares them; the lists follow the
     * elements of FountainParser::parse(revisedText).
     */
    static RevisionComparison compare(QStringView baseText, QStringView revisedText);

    /**
     * `revised` as it prints in revision mode: every heading with its locked number and an
     * OMITTED heading, numbered, where each gone scene was. `revised` is what compare() read.
     */
    Screenplay numbered(const Screenplay &revised) const;
    /**
     * The source lines of `revisedText` to mark (PageLine::sourceLine): in each changed element,
     * the lines LineDiff finds inserted against `baseText`, or all its lines when none is (a
     * cut). A run of action paragraphs is one element; only its rewritten lines are marked.
     */
    QList<int> changedLines(const Screenplay &revised, QStringView baseText, QStringView revisedText) const;

    /**
     * The pages of `revisedNumbered` (numbered()) with the locked base's page numbers: each base
     * page keeps its number and starts where its first paragraph now stands; what no longer fits
     * goes on A-pages ("12A", "12B"), and a base page whose text is gone is named in a range with
     * its neighbour ("6-7"). Page breaks fall at paragraphs, never inside one. `baseText` and
     * `revisedText` are the sources the screenplays were parsed from.
     */
    static QList<Page> lockedPages(const Screenplay &base, const Screenplay &revisedNumbered, QStringView baseText,
                                   QStringView revisedText, const PageLayout &layout);

    /**
     * The revision colours in the industry's order: white (the locked draft), blue, pink,
     * yellow, green, goldenrod, buff, salmon, cherry; then the second round, "double white"…
     */
    static QStringList colors();
    /** The colour of the `round`-th revision after the locked draft (0: white). */
    static QString colorOfRound(int round);
};

} // namespace Spielberg
