// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QString>

#include <memory>
#include <optional>

class QJsonValue;
class QTextStream;

namespace Spielberg {

class Arguments;
class Database;

/**
 * What the library commands (character, script, version, scene, search) share: opening the
 * library named by --db, $SPIELBERG_DB or the account's default; parsing ids; printing one JSON
 * value; and failing with one line on stderr and the exit code of CliApp. Output is written
 * only once a command succeeded, so an error leaves stdout empty.
 */
class LibraryCommand
{
public:
    /** --db, else $SPIELBERG_DB, else Database::defaultPath(). */
    static QString libraryPath(const Arguments &args);

protected:
    LibraryCommand(QTextStream &out, QTextStream &err);

    int fail(int code, const QString &message);
    /** A runtime failure (exit 1) with the Error's message. */
    int fail(const Error &error);
    Result<std::unique_ptr<Database>> openLibrary(const Arguments &args);
    /** A positive id, or nullopt (the caller reports a usage error naming `what`). */
    static std::optional<qint64> parseId(const QString &text);
    /** Parses word `index` as the id called `name`; on failure writes the usage error. */
    std::optional<qint64> idArgument(const Arguments &args, int index, const QString &name);
    void printJson(const QJsonValue &value);
    static bool wantsJson(const Arguments &args);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Spielberg
