// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "continuityfinding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Spielberg {

/**
 * The continuity report of a version, written by hand or by the model (docs/architecture.md,
 * "The story engine"; `check` on the command line): cues that name no bible character and no
 * minor role, one character under several cue names, bible characters attached to the script
 * but never on the page, text before the first scene heading, scenes with nothing in them, and
 * outline scenes (with a synopsis) still without dialogue. Cues are resolved as the scene
 * quality gate resolves them (CueResolver), so what the gate let through is reported here too.
 * Findings come in scene order. Pure.
 */
class ContinuityCheck
{
public:
    static QList<ContinuityFinding> check(const QString &fountain, const QStringList &bibleNames);
};

} // namespace Spielberg
