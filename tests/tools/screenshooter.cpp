// SPDX-License-Identifier: GPL-3.0-or-later
// Shows the real main window and saves one PNG per tab: `spielberg-screenshots OUT_DIR`.
// Run by scripts/screenshots under Xvfb; settings live in a private home.
#include <ui/fountaineditor.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
const char *const kSample = R"(Title: The Lighthouse Keeper
Credit: Written by
Author: A. Writer
Draft date: 25 November 2026

INT. LIGHTHOUSE - LAMP ROOM - NIGHT

Wind screams against the glass. MARGARET (60s, oilskin coat, steady hands) trims the wick by the light of a storm lantern.

Below, the sea throws itself at the rocks.

MARGARET
(to herself)
Not tonight. You'll not have anyone tonight.

A FLARE blooms red over the water, far out.

She freezes.

EDWIN (O.S.)
Maggie? Was that a flare?

Margaret grabs the telescope.

CUT TO:

EXT. OPEN SEA - CONTINUOUS

A fishing boat, the *Second Chance*, lists hard to port. Waves break over the wheelhouse.
)";
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Spielberg"_s);
    QApplication::setOrganizationName(u"Spielberg"_s);
    if (argc < 2) {
        std::fprintf(stderr, "usage: spielberg-screenshots OUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.exists() && !QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }

    Spielberg::MainWindow window;
    window.resize(1280, 800);
    window.editor()->setPlainText(QString::fromUtf8(kSample));
    window.show();

    const QStringList names{u"scripts"_s, u"characters"_s, u"jobs"_s, u"scenes"_s};
    int failures = 0;
    QTimer::singleShot(500, &window, [&] {
        for (int i = 0; i < names.size(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QApplication::processEvents();
            const QString path = out.filePath(names[i] + u".png"_s);
            if (!window.grab().save(path)) {
                std::fprintf(stderr, "could not write %s\n", qPrintable(path));
                ++failures;
            } else {
                std::printf("%s\n", qPrintable(path));
            }
        }
        QApplication::quit();
    });
    QApplication::exec();
    return failures == 0 ? 0 : 1;
}
