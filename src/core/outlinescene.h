// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Spielberg {

/**
 * One scene of a story outline (docs/architecture.md, "The story engine"): what the outline
 * step proposes and what each scene_draft step writes from. `characters` are bible names.
 */
struct OutlineScene {
    QString heading;
    QString synopsis;
    QString goal;
    QString tension;
    QString tone;
    QStringList characters;
    bool locked = false; ///< the writer locked the scene: it is taken as it stands
    QString content;     ///< the scene's text in the version it was read from

    bool operator==(const OutlineScene &) const = default;
};

} // namespace Spielberg
