// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementmarkup.h"
#include "screenplay.h"

#include <QStringList>

namespace Spielberg {

/**
 * What completes the line being typed: for a cue, the script's speakers (who speaks most first),
 * then the cast from the character bible, and the extensions (V.O.), (O.S.), (CONT'D) after a
 * name; for a scene heading, INT./EXT., then the locations the script already uses, then the
 * times of day after " - "; for a transition, the usual ones. Pure, safe on any thread.
 */
struct TypingCompletion {
    qsizetype start = 0; ///< where in the line the completed part begins
    QString typed;       ///< what is typed of it (the line from `start` to the cursor)
    QStringList candidates; ///< best first; none equals `typed`

    /**
     * Completions for a line of `kind` whose text up to the cursor is `line`, from the speakers,
     * headings and transitions of `play` and the names in `cast`. A line starting with INT./EXT.
     * completes as a heading whatever its kind.
     */
    static TypingCompletion complete(ElementMarkup::Kind kind, QStringView line, const Screenplay &play,
                                     const QStringList &cast);

    /** The location of a heading ("KITCHEN" of "INT. KITCHEN - DAY") and its time ("DAY"). */
    static QString location(QStringView heading);
    static QString timeOfDay(QStringView heading);
};

} // namespace Spielberg
