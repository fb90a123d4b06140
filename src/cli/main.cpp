// SPDX-License-Identifier: GPL-3.0-or-later
// spielberg-cli: parses nothing itself; CliApp does the work and returns the exit code.
#include "cliapp.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Spielberg"_s);
    QCoreApplication::setOrganizationName(u"Spielberg"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPIELBERG_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int code = Spielberg::CliApp(out, err).run(args);
    out.flush();
    err.flush();
    return code;
}
