// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Spielberg {

/** The job queue's limits; the defaults are those of docs/architecture.md, "The life of a job". */
struct JobQueueSettings {
    int concurrency = 2;
    qint64 totalLimitMs = 30 * 60 * 1000;
    qint64 idleLimitMs = 90 * 1000;
    qint64 heartbeatMs = 2000; ///< also how soon a cancel from another process is noticed
    qint64 partialSaveMs = 500;
    qint64 pollMs = 2000; ///< how often to look for jobs other processes queued
};

} // namespace Spielberg
