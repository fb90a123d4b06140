// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Spielberg {

/**
 * A script: its identity and the locks every version and prompt obeys. `genre`, `tone` and
 * `format` hold Catalog ids; genre and tone may be empty (not chosen), format never is.
 */
struct Script {
    qint64 id = 0; ///< 0 until stored
    QString owner;
    QString title;
    QString logline;
    QString genre;
    QString tone;
    QString format = QStringLiteral("screenplay");
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC; also moves when a version is added

    bool operator==(const Script &) const = default;
};

} // namespace Spielberg
