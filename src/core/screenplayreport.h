// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagelayout.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Spielberg {

struct Screenplay;

/**
 * The production breakdown of a screenplay, as `spielberg-cli report` prints it (docs/cli.md,
 * "Reports"): per character, per location and per scene. Pure, safe on any thread.
 *
 * Characters are counted exactly as ScreenplayStatistics counts them: one person whatever the
 * extension (`JOE (V.O.)` and `JOE (CONT'D)` are JOE), the same dialogue blocks and dialogue
 * words. Pages come from the Paginator: a scene starts on the page where its heading prints and
 * lasts until the next heading prints (the last one until the last printed line), measured in
 * eighths of a page as schedules count them, rounded, one eighth at least. The (CONT'D) cue the
 * Paginator repeats over a split speech is no cue of the script and is not counted.
 *
 * A scene is called by its number as printed: the `#…#` number when the heading gives one, else
 * its position in the script (1, 2, 3…), which `index` always holds.
 */
struct ScreenplayReport {
    struct Character {
        QString name;       ///< the cue without extensions, upper case, as ScreenplayStatistics
        int scenes = 0;     ///< the scenes with a cue of theirs
        int dialogueBlocks = 0;
        int words = 0;      ///< dialogue and lyrics words
        QString firstScene; ///< the number of their first scene; empty when they speak in none
        QString lastScene;
        int firstPage = 0;  ///< the page where their first cue prints
        int lastPage = 0;   ///< the page where their last cue prints
    };

    /** One place: INT. HOUSE and EXT. HOUSE are two (a set and a location to shoot). */
    struct Location {
        QString name;       ///< the heading without INT./EXT. and time of day, upper case
        QString intExt;     ///< "INT", "EXT" (EST. too), "INT/EXT", or empty without a prefix
        QStringList times;  ///< the distinct times of day, in order of first use
        int scenes = 0;
        int eighths = 0;    ///< the sum of its scenes' lengths
        QString firstScene;

        double pages() const { return eighths / 8.0; }
    };

    struct Scene {
        int index = 0;      ///< 1-based position in the script
        QString number;     ///< as printed: the `#…#` number, else `index`
        QString heading;    ///< upper case, without the `#…#` number
        QString intExt;
        QString location;
        QString time;       ///< the part after the heading's last " - ", empty without one
        int page = 0;       ///< where the heading prints
        int eighths = 0;    ///< its length in eighths of a page, one at least
        QStringList characters; ///< who has a cue in it, in order of their first cue
    };

    QList<Character> characters; ///< most dialogue words first, ties by name
    QList<Location> locations;   ///< most eighths first, ties in order of first use
    QList<Scene> scenes;         ///< in script order

    static ScreenplayReport compute(const Screenplay &play,
                                    const PageLayout &layout = PageLayout::letter());
};

} // namespace Spielberg
