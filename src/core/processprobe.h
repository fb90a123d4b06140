// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace Spielberg {

/**
 * Whether a process of this machine still runs, for the places that must tell a live writer
 * from a dead one: job runners (JobRunner) and half-written backups (Database). Safe from any
 * thread.
 */
class ProcessProbe
{
public:
    /** True or false where the system can tell (Unix), nullopt where it cannot. */
    static std::optional<bool> exists(qint64 pid);
};

} // namespace Spielberg
