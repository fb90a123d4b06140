// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

/**
 * `generate SCRIPT --prompt P [--wait]`, `regenerate-scene SCENE_ID [--prompt P] [--wait]` and
 * `quick --prompt P [--format F] [--genre G] [--tone T] [--character ID]... [--wait]`: queue a
 * job and print {"job_id", "status"}, or with --wait run it here to the end and print the
 * finished job (exit 0 only when it completed).
 */
class GenerateCommand : public LibraryCommand
{
public:
    GenerateCommand(QTextStream &out, QTextStream &err);

    int run(const Arguments &args);
};

} // namespace Spielberg
