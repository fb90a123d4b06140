// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's composition root: opens the library, builds the studio and the window,
// starts the job queue and runs the event loop.
#include <generation/credentialstore.h>
#include <generation/generationsettings.h>
#include <generation/keychaincredentials.h>
#include <storage/database.h>
#include <ui/mainwindow.h>
#include <studio/studio.h>
#include <ui/translations.h>

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Spielberg"_s);
    QApplication::setOrganizationName(u"Spielberg"_s);
    QApplication::setApplicationVersion(QStringLiteral(SPIELBERG_VERSION));
    QApplication::setDesktopFileName(u"org.spielberg.Spielberg"_s);
    QIcon icon;
    for (const char *size : {"32x32", "48x48", "256x256"}) {
        icon.addFile(u":/icons/%1/org.spielberg.Spielberg.png"_s.arg(QLatin1StringView(size)));
    }
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.spielberg.Spielberg"_s, icon));

    Spielberg::Translations::install(
        app, QSettings().value(QLatin1StringView(Spielberg::Translations::kSettingsKey)).toString());

    // SPIELBERG_DB moves the library, as for the command line.
    const QString path = qEnvironmentVariableIsEmpty("SPIELBERG_DB")
                             ? Spielberg::Database::defaultPath()
                             : qEnvironmentVariable("SPIELBERG_DB");
    Spielberg::KeychainCredentials keychain;
    Spielberg::EnvironmentCredentials credentials(&keychain);
    Spielberg::Result<std::unique_ptr<Spielberg::Studio>> studio =
        Spielberg::Studio::open(path, &credentials);
    if (!studio) {
        QMessageBox::critical(nullptr, QObject::tr("Spielberg cannot open your library"),
                              studio.error().message);
        return 1;
    }
    const QSettings settings;
    Spielberg::JobDesk &queue = (*studio)->jobs();
    queue.setProvider(Spielberg::GenerationSettings::provider(settings));
    queue.setSettings(Spielberg::GenerationSettings::queue(settings));

    int status = 0;
    {
        Spielberg::MainWindow window(**studio);
        window.show();
        queue.start(); // recovers interrupted jobs, then runs pending ones
        // Files given on the command line (or by the file manager) open, else the welcome.
        const QStringList files = QApplication::arguments().mid(1);
        QTimer::singleShot(0, &window, [&window, files] {
            if (files.isEmpty()) {
                window.welcomeIfNew();
                return;
            }
            for (const QString &file : files) {
                window.openFile(file); // one after the other; the last one stays open
            }
        });
        status = QApplication::exec();
    }
    return status;
}
