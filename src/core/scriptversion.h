// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QString>

namespace Spielberg {

/**
 * One immutable snapshot of a script's Fountain text. `number` counts 1, 2, 3… per script;
 * `origin` says how it came to be; `parentNumber` names the version it was made from
 * (the restored one, the one a generation started from), 0 when none.
 */
struct ScriptVersion {
    qint64 id = 0;
    qint64 scriptId = 0;
    int number = 0;
    QString content;
    VersionOrigin origin = VersionOrigin::Manual;
    QString note;
    QString jobId; ///< the generation job that produced it, empty otherwise
    int parentNumber = 0;
    QDateTime createdAt; ///< UTC

    bool operator==(const ScriptVersion &) const = default;
};

} // namespace Spielberg
