// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

/** `search QUERY [--limit N]`: full-text search over scripts, newest versions and characters. */
class SearchCommand : public LibraryCommand
{
public:
    SearchCommand(QTextStream &out, QTextStream &err);

    /** Runs `search …`; returns the exit code (see CliApp). */
    int run(const Arguments &args);
};

} // namespace Spielberg
