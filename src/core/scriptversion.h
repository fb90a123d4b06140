// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Spielberg {

/**
 * One immutable snapshot of a script's Fountain text. `number` counts 1, 2, 3… per script;
 * `origin` is a Catalog::versionOrigins() id; `parentNumber` names the version it was made from
 * (the restored one, the one a generation started from), 0 when none.
 */
struct ScriptVersion {
    qint64 id = 0;
    qint64 scriptId = 0;
    int number = 0;
    QString content;
    QString origin;
    QString note;
    QString jobId; ///< the generation job that produced it, empty otherwise
    int parentNumber = 0;
    QDateTime createdAt; ///< UTC

    bool operator==(const ScriptVersion &) const = default;
};

} // namespace Spielberg
