// SPDX-License-Identifier: GPL-3.0-or-later
#include "processprobe.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Spielberg {

std::optional<bool> ProcessProbe::exists(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
#ifdef Q_OS_UNIX
    // Signal 0 checks without sending: EPERM means it runs under another account.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return std::nullopt;
#endif
}

} // namespace Spielberg
