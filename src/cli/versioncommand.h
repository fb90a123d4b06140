// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

/** `version list|show|add|restore|diff`: the numbered snapshots of a script. */
class VersionCommand : public LibraryCommand
{
public:
    VersionCommand(QTextStream &out, QTextStream &err);

    /** Runs `version SUBCOMMAND …`; returns the exit code (see CliApp). */
    int run(const Arguments &args);

private:
    int list(const Arguments &args);
    int show(const Arguments &args);
    int add(const Arguments &args);
    int restore(const Arguments &args);
    int lock(const Arguments &args);
    int diff(const Arguments &args);
    /** Word `index` as a version number; on failure writes the usage error. */
    std::optional<int> number(const Arguments &args, int index, const QString &name);
};

} // namespace Spielberg
