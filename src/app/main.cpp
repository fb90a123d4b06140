// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's composition root: builds the window and runs the event loop.
#include <ui/mainwindow.h>

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Spielberg"_s);
    QApplication::setOrganizationName(u"Spielberg"_s);
    QApplication::setApplicationVersion(QStringLiteral(SPIELBERG_VERSION));
    QApplication::setDesktopFileName(u"org.spielberg.Spielberg"_s);

    Spielberg::MainWindow window;
    window.show();
    return QApplication::exec();
}
