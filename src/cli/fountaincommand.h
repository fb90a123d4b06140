// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace Spielberg {

class Arguments;

/** `fountain parse FILE`: screenplay files outside the library. */
class FountainCommand
{
public:
    FountainCommand(QTextStream &out, QTextStream &err);

    /** Runs `fountain SUBCOMMAND …`; returns the exit code (see CliApp). */
    int run(const Arguments &args);

private:
    int parse(const Arguments &args);
    int fail(int code, const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Spielberg
