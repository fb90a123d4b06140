// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagelayout.h"

#include <QList>
#include <QString>

namespace Spielberg {

struct Screenplay;

/**
 * Counts for a screenplay: pages from the Paginator (one page is about a minute of screen time),
 * scenes, words, the INT/EXT and DAY/NIGHT split of the scene headings, and per character the
 * dialogue blocks and words. A character is one person whatever the extension: `JOE (CONT'D)`
 * and `JOE (V.O.)` count as JOE. Pure, safe on any thread.
 */
struct ScreenplayStatistics {
    struct Character {
        QString name;
        int dialogueBlocks = 0;
        int words = 0;
    };

    int pages = 0;
    double minutes = 0;
    int scenes = 0;
    int words = 0;
    int interior = 0;  ///< INT. headings (INT./EXT. counts for both)
    int exterior = 0;
    int day = 0;
    int night = 0;
    int otherTime = 0; ///< headings with another or no time of day
    QList<Character> characters; ///< most dialogue words first

    /** Words as counted here: runs of letters, digits and apostrophes. */
    static int countWords(QStringView text);

    static ScreenplayStatistics compute(const Screenplay &play,
                                        const PageLayout &layout = PageLayout::letter());
};

} // namespace Spielberg
