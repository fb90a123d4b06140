// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Spielberg {

/**
 * The fixed vocabularies of the library (docs/architecture.md, "Fixed vocabularies"): the ids
 * stored in the database, shared by storage, the UI (which shows translated labels for them)
 * and prompts. Pure data, safe from any thread.
 */
class Catalog
{
public:
    static const QStringList &genres();
    static const QStringList &tones();
    static const QStringList &formats();
    static const QStringList &versionOrigins();
    static const QStringList &jobKinds();
    static const QStringList &jobStatuses();

    /**
     * Succeeds when `value` is one of `allowed`; otherwise an InvalidInput Error naming the
     * field and the choices: "unknown genre 'westerns' (choose one of: action, …)".
     */
    static Result<void> check(QStringView field, const QString &value, const QStringList &allowed);
};

} // namespace Spielberg
