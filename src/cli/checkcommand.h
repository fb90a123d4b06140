// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

/**
 * `check SCRIPT [--version N]`: the continuity report of a version (docs/cli.md): an array of
 * `{"kind", "scene", "detail"}` with --json, a line each otherwise. Exit 0 whatever it finds.
 */
class CheckCommand : public LibraryCommand
{
public:
    CheckCommand(QTextStream &out, QTextStream &err);

    int run(const Arguments &args);
};

} // namespace Spielberg
