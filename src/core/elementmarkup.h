// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenplayelement.h"

#include <QString>
#include <QStringView>

namespace Spielberg {

/**
 * The elements a writer picks while typing, as Final Draft names and numbers them (Ctrl+1 scene
 * heading … Ctrl+7 shot), and the Fountain markup that makes a line read as each: upper case for
 * headings, cues and transitions, a forcing mark where the words alone would read otherwise
 * (`.` for a heading without INT/EXT, `!` for action in capitals, `>` for a transition not ending
 * in TO:), brackets around a parenthetical. The text underneath stays plain Fountain.
 *
 * Pure functions, safe on any thread.
 */
class ElementMarkup
{
public:
    /** In Final Draft's shortcut order: the value is the digit after Ctrl. */
    enum class Kind {
        General = 0, ///< plain text: action
        SceneHeading,
        Action,
        Character,
        Parenthetical,
        Dialogue,
        Transition,
        Shot, ///< a camera direction: action in capitals
        Lyrics,
        Centered,
    };
    static constexpr int kKinds = int(Kind::Centered) + 1;

    /** What the writer would call a line the parser reads as `type` (a line of capitals is a shot). */
    static Kind kindOf(ElementType type, QStringView line);
    /** The element a line of `kind` is parsed as. */
    static ElementType elementOf(Kind kind);

    /** `line` without its forcing marks and brackets: the words the writer typed. */
    static QString words(QStringView line);
    /** `line` marked up to read as `kind` (upper-cased, forced, bracketed as it needs). */
    static QString lineAs(Kind kind, QStringView line);
    /** Whether a line of `kind` stands after a blank line (a new paragraph), not inside a speech. */
    static bool startsParagraph(Kind kind);
    /** Whether letters typed on a line of `kind` go in as capitals (a shot's, when chosen as one). */
    static bool typesInCapitals(Kind kind);
};

} // namespace Spielberg
