// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenplayelement.h"

#include <QString>

namespace Spielberg {

/**
 * The measurements of a printed screenplay page, in the typewriter grid of Courier 12: columns
 * of 1/10 inch (10 characters per inch) and rows of 1/6 inch (6 lines per inch).
 *
 * The defaults are Final Draft 11's US Letter screenplay template
 * (docs/screenplay-format.md §2.3): action and headings 1.5–7.5 in, character cues from 3.5 in,
 * parentheticals 3.0–5.5 in, dialogue 2.5–6.0 in, transitions right-aligned at 7.1 in, 54 body
 * lines between 1 in margins, two blank lines before a scene heading and one before action, cues
 * and transitions.
 */
struct PageLayout {
    enum class Paper { Letter, A4 };

    struct Element {
        int indent = 0;      ///< columns from the left margin
        int width = 60;      ///< columns available
        int spaceBefore = 1; ///< blank rows before the element
        bool upperCase = false;
        bool alignRight = false;
        bool center = false;
    };

    Paper paper = Paper::Letter;
    double pageWidthInches = 8.5;
    double pageHeightInches = 11.0;
    double leftMarginInches = 1.5;
    double topMarginInches = 1.0;
    double headerInches = 0.5; ///< page number baseline row, from the top edge
    int linesPerPage = 54;
    int actionWidth = 60;

    QString more = QStringLiteral("(MORE)");
    QString continued = QStringLiteral("(CONT'D)");
    /**
     * A cue gets `continued` when its character spoke last in the scene with only action
     * between, as Final Draft does by default; printed only, never typed into the text.
     */
    bool automaticContinued = true;

    /** The placement of one element type; sections and synopses are never printed. */
    Element element(ElementType type) const;

    static PageLayout letter();
    static PageLayout a4();
};

} // namespace Spielberg
