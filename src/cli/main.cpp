// SPDX-License-Identifier: GPL-3.0-or-later
// spielberg-cli: parses nothing itself; CliApp does the work and returns the exit code.
#include "cliapp.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Whether the command writes a PDF: only that draws (QPainter and fonts need a
// QGuiApplication, whose start loads a platform plugin and the font configuration), so every
// other command starts as a plain QCoreApplication, in a fraction of the time.
bool writesPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).toLower().endsWith(".pdf")) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf(argc, argv)) {
        // Never a window: the offscreen platform, with or without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
