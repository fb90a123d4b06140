// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

/**
 * `job list [--status S] | show ID | cancel ID | retry ID | continue ID | run [--until-empty]`:
 * the generation queue. `retry` and `continue` queue the job again (run it with `job run`);
 * `run` runs queued jobs in this process.
 */
class JobCommand : public LibraryCommand
{
public:
    JobCommand(QTextStream &out, QTextStream &err);

    int run(const Arguments &args);
};

} // namespace Spielberg
