// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

/** `export SCRIPT [--version N] --output FILE.pdf|.fountain|.fdx [--paper letter|a4]`. */
class ExportCommand : public LibraryCommand
{
public:
    ExportCommand(QTextStream &out, QTextStream &err);

    int run(const Arguments &args);
};

} // namespace Spielberg
