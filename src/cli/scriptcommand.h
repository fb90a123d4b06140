// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

class Database;
struct Script;

/** `script create|list|show|delete|attach|detach`: scripts and their characters. */
class ScriptCommand : public LibraryCommand
{
public:
    ScriptCommand(QTextStream &out, QTextStream &err);

    /** Runs `script SUBCOMMAND …`; returns the exit code (see CliApp). */
    int run(const Arguments &args);

private:
    int create(const Arguments &args);
    int list(const Arguments &args);
    int show(const Arguments &args);
    int remove(const Arguments &args);
    int link(const Arguments &args, bool attach);
    /** Prints a script with its characters (JSON object or text). */
    int print(const Arguments &args, Database &db, const Script &script);
};

} // namespace Spielberg
