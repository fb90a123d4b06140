// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QString>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * Brings a screenplay file into the library: a new script whose version 1 (origin "imported")
 * holds the file's Fountain text — byte for byte for a Fountain file, the Fountain writer's
 * text for an FDX — cut into scenes. The title is the one given, else the title page's, else
 * the file's name. Nothing is written when the file cannot be read; a script whose version
 * could not be stored is removed again. Runs on any thread that may use the Database.
 */
class ScriptImporter
{
public:
    struct Imported {
        qint64 scriptId = 0;
        int versionNumber = 0;
    };

    static Result<Imported> importFile(Database &database, LibraryNotifier *notifier, const QString &path,
                                       const QString &title = {});
};

} // namespace Spielberg
