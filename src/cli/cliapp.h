// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Spielberg {

class Arguments;

/**
 * `spielberg-cli`: the desktop app's libraries without widgets, as a scripting interface.
 * run() takes the arguments after the program name and returns the exit code: 0 on success,
 * 1 on a runtime error or refused input, 2 on a usage error. Errors are one line on `err`
 * naming the field or thing; with `--json`, `out` carries exactly one JSON value.
 */
class CliApp
{
public:
    enum ExitCode { Success = 0, RuntimeError = 1, UsageError = 2 };

    CliApp(QTextStream &out, QTextStream &err);

    int run(const QStringList &args);

    static QString usage();

private:
    int fail(int code, const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Spielberg
