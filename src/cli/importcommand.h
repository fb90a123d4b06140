// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycommand.h"

namespace Spielberg {

/** `import FILE.fountain|FILE.fdx [--title T]`: a new script with version 1 and its scenes. */
class ImportCommand : public LibraryCommand
{
public:
    ImportCommand(QTextStream &out, QTextStream &err);

    int run(const Arguments &args);
};

} // namespace Spielberg
