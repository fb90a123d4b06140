// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenplayelement.h"

#include <QString>

#include <array>

namespace Spielberg {

/**
 * The measurements of a printed screenplay page, in the typewriter grid of Courier 12: columns
 * of 1/10 inch (10 characters per inch) and rows of 1/6 inch (6 lines per inch).
 *
 * Each element's place comes from its paragraph style, in Final Draft's terms (left and right
 * indents in inches from the paper's left edge, space before in points). The defaults are Final
 * Draft's US Letter screenplay template (docs/screenplay-format.md §2.3), as its own files give
 * them: action and headings 1.5–7.5 in, character cues 3.5–7.25 in, parentheticals 3.0–5.5 in,
 * dialogue 2.5–6.0 in, lyrics 2.5–7.38 in, transitions 5.5–7.1 in (right-aligned), 54 body
 * lines between 1 in margins, 24 pt (two blank lines) before a scene heading and 12 pt before
 * action, cues and transitions. A Final Draft file's own styles replace them (setParagraph()).
 */
struct PageLayout {
    enum class Paper { Letter, A4 };

    /** One element's paragraph style, as Final Draft's ElementSettings hold it. */
    struct Paragraph {
        double leftInches = 1.5;  ///< from the paper's left edge
        double rightInches = 7.5; ///< from the paper's left edge
        double spaceBeforePoints = 12;

        bool operator==(const Paragraph &) const = default;
    };

    /** The placement of one element type in the grid, derived from its paragraph style. */
    struct Element {
        int indent = 0;      ///< columns from the left margin
        int width = 60;      ///< columns available
        int spaceBefore = 1; ///< blank rows before the element
        bool upperCase = false;
        bool alignRight = false;
        bool center = false;

        bool operator==(const Element &) const = default;
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

    /** The paragraph style of `type` (action's for those without one of their own). */
    Paragraph paragraph(ElementType type) const;
    /**
     * Sets the paragraph style of a scene heading, action, cue, parenthetical, dialogue,
     * transition or lyric. The action's is the text column: it also sets `leftMarginInches`
     * (every other indent is measured from it) and `actionWidth`.
     */
    void setParagraph(ElementType type, const Paragraph &style);

    static PageLayout letter();
    static PageLayout a4();

private:
    /** Where `type`'s own style is kept in m_styles; action's for the types without one. */
    static size_t slotOf(ElementType type);

    // Final Draft's template unless set: heading, action, cue, parenthetical, dialogue,
    // transition, lyric.
    std::array<Paragraph, 7> m_styles{{{1.5, 7.5, 24},
                                       {1.5, 7.5, 12},
                                       {3.5, 7.25, 12},
                                       {3.0, 5.5, 0},
                                       {2.5, 6.0, 0},
                                       {5.5, 7.1, 12},
                                       {2.5, 7.38, 0}}};
};

} // namespace Spielberg
