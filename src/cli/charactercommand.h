// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

struct Character;

/** `character add|list|show|update|delete`: the character bible. */
class CharacterCommand : public LibraryCommand
{
public:
    CharacterCommand(QTextStream &out, QTextStream &err);

    /** Runs `character SUBCOMMAND …`; returns the exit code (see CliApp). */
    int run(const Arguments &args);

private:
    int add(const Arguments &args);
    int list(const Arguments &args);
    int show(const Arguments &args);
    int update(const Arguments &args);
    int remove(const Arguments &args);
    void print(const Arguments &args, const Character &character);
};

} // namespace Spielberg
