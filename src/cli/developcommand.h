// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

/**
 * `develop SCRIPT [--prompt P] [--step characters|outline|scenes|all] [--scenes N]
 * [--parallel N] [--resume] [--estimate] [--wait]`: the story engine from the command line
 * (docs/cli.md). Without --wait it prints the run's id; with it, the finished run with its
 * steps, exiting 0 only when the run completed. --estimate prints the expected tokens and sends
 * nothing; --resume goes on with the script's newest unfinished run.
 */
class DevelopCommand : public LibraryCommand
{
public:
    DevelopCommand(QTextStream &out, QTextStream &err);

    int run(const Arguments &args);
};

} // namespace Spielberg
