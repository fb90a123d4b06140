// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spielberg {

/** A character of the writer's bible, shared by any number of scripts. */
struct Character {
    qint64 id = 0; ///< 0 until stored
    QString owner; ///< the OS login that created it
    QString name;
    QString personality;
    QString goals;
    QString voice;
    QString backstory;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC

    bool operator==(const Character &) const = default;
};

/** The characters' names, in their order. */
inline QStringList namesOf(const QList<Character> &characters)
{
    QStringList names;
    names.reserve(characters.size());
    for (const Character &c : characters) {
        names.append(c.name);
    }
    return names;
}

} // namespace Spielberg
