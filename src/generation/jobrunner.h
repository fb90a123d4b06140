// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Spielberg {

/**
 * Who runs a job, as its `runner` column names it ("host|pid|start ms"), and whether such a
 * runner still lives (docs/architecture.md, "The life of a job": its pid runs on this host and
 * its heartbeat is fresh). Pure but for the process table; safe from any thread.
 */
class JobRunner
{
public:
    /** This process, started now: a name no other process has. */
    static QString forThisProcess();
    /**
     * Whether `runner` (as stored in a job row) still runs: on this host, its pid lives and its
     * heartbeat is younger than three intervals of `heartbeatMs`; on another host (a shared
     * folder), the heartbeat alone decides.
     */
    static bool isAlive(const QString &runner, const QDateTime &heartbeatAt, qint64 heartbeatMs);
};

} // namespace Spielberg
