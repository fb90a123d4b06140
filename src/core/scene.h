// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spielberg {

/**
 * One scene of a version: `content` is the version's raw Fountain from the scene heading up to
 * the next heading (byte for byte), the rest is the writer's metadata, which carries forward to
 * the next version by heading text (SceneSplitter::matchHeadings()).
 */
struct Scene {
    qint64 id = 0;
    qint64 versionId = 0;
    int number = 0; ///< 1-based position in the version
    QString setting;
    QString goal;
    QString tension;
    QString tone;
    QString content;
    /** Locked by the writer: the story engine never rewrites it (carries like the metadata). */
    bool locked = false;
    /** The card's colour the writer picked (a colour name, `#rrggbb`); empty: by its tone. */
    QString color;

    bool operator==(const Scene &) const = default;
};

} // namespace Spielberg
