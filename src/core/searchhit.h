// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spielberg {

/**
 * One full-text search hit. `kind` is "script", "version" (a script's newest version) or
 * "character"; `id` is that row's id and `scriptId` the script it belongs to (0 for a
 * character). `snippet` marks matches with [brackets]; a lower `rank` is a better hit (bm25).
 */
struct SearchHit {
    QString kind;
    qint64 id = 0;
    qint64 scriptId = 0;
    QString title;
    QString snippet;
    double rank = 0;
};

} // namespace Spielberg
