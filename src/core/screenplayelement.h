// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace Spielberg {
Q_NAMESPACE

/** The kinds of paragraph a screenplay is made of (the Fountain 1.1 element set). */
enum class ElementType {
    SceneHeading,
    Action,
    Character,
    Parenthetical,
    Dialogue,
    Transition,
    Centered,
    Lyrics,
    Section,
    Synopsis,
    PageBreak,
};
Q_ENUM_NS(ElementType)

/** Which side of a dual-dialogue pair a character cue stands on. */
enum class DualSide { None, Left, Right };
Q_ENUM_NS(DualSide)

/**
 * One paragraph of a screenplay. `text` is what the writer reads: no Fountain forcing markers,
 * emphasis markers kept as written, notes and boneyard left out. Lines inside one paragraph are
 * separated by '\n'.
 */
struct ScreenplayElement {
    ElementType type = ElementType::Action;
    QString text;
    QString sceneNumber; ///< SceneHeading: the `#…#` number, without the hashes
    QString extension;   ///< Character: "(V.O.)", "(CONT'D)"… as typed, several joined by a space
    DualSide dual = DualSide::None; ///< Character: position in a dual-dialogue pair
    int depth = 0;       ///< Section: the number of '#'
    int line = 0;        ///< first source line of the paragraph, 1-based

    bool operator==(const ScreenplayElement &) const = default;
};

/** The stable lower-case name used in JSON and tests ("scene_heading", "page_break"…). */
QString elementTypeName(ElementType type);
/** The inverse of elementTypeName(); nullopt for an unknown name. */
std::optional<ElementType> elementTypeFromName(QStringView name);

} // namespace Spielberg

Q_DECLARE_METATYPE(Spielberg::ScreenplayElement)
