// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Spielberg {

/** The working copy of a script the writer edits and the app autosaves, one per script. */
struct Draft {
    qint64 scriptId = 0;
    QString content;
    int baseVersion = 0; ///< the version number the draft started from, 0 when none
    QDateTime updatedAt; ///< UTC

    bool operator==(const Draft &) const = default;
};

} // namespace Spielberg
