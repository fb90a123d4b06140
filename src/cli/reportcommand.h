// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

/**
 * `report SCRIPT [--version N] --kind characters|locations|scenes [--csv]`: the production
 * breakdown of a version (docs/cli.md, "Reports"), computed by ScreenplayReport. Prints an array
 * of objects with --json, RFC 4180 CSV with --csv, an aligned table otherwise. An empty report
 * is data, not an error: `[]`, the CSV header alone, or one line saying so; exit 0. A missing
 * script or version exits 1; a missing or unknown --kind, a bad --version, or --csv with --json
 * exits 2.
 */
class ReportCommand : public LibraryCommand
{
public:
    ReportCommand(QTextStream &out, QTextStream &err);

    int run(const Arguments &args);
};

} // namespace Spielberg
