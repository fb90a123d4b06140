// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

/** `scene list|update`: the scenes of a version and the writer's metadata on them. */
class SceneCommand : public LibraryCommand
{
public:
    SceneCommand(QTextStream &out, QTextStream &err);

    /** Runs `scene SUBCOMMAND …`; returns the exit code (see CliApp). */
    int run(const Arguments &args);

private:
    int list(const Arguments &args);
    int update(const Arguments &args);
    int lock(const Arguments &args, bool locked);
    int takes(const Arguments &args);
    int choose(const Arguments &args);
};

} // namespace Spielberg
