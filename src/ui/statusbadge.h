// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <core/vocabulary.h>

#include <QString>

namespace Spielberg {

/**
 * How a job's status looks: a colour and a round icon with a symbol (a clock, a play sign, a
 * tick, a cross, a bar, an exclamation mark), so the status reads without colour too. The
 * icons are drawn once per status and cached. GUI thread only.
 */
class StatusBadge
{
public:
    static QColor color(JobStatus status);
    static QIcon icon(JobStatus status);
};

} // namespace Spielberg
