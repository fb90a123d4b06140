// SPDX-License-Identifier: GPL-3.0-or-later
// spielberg-cli: parses nothing itself; CliApp does the work and returns the exit code.
#include "cliapp.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // PDF export draws with QPainter and fonts, which need a QGuiApplication; the command line
    // never shows a window, so it always takes the offscreen platform, with or without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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
