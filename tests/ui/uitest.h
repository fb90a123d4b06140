// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests: the app's studio on a fresh library in a temporary folder, with
// keys in memory, as main.cpp builds them on the writer's library.

#include "../storage/storagetest.h" // QVERIFY_RESULT

#include <generation/credentialstore.h>
#include <storage/database.h>
#include "../teststores.h"
#include <studio/studio.h>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace Spielberg::Test {

/**
 * Runs `act` on the next modal dialog as soon as it is open (dialogs opened with exec()); gives
 * up when `context` is destroyed first.
 */
inline void onNextModal(QObject *context, const std::function<void(QWidget *)> &act)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

/** A library on disk and the studio over it; reopen() simulates a restart of the app. */
struct AppFixture {
    QTemporaryDir dir;
    MemoryCredentials credentials;
    std::unique_ptr<Studio> studio;
    QString name = QStringLiteral("library.sqlite");

    QString path() const { return dir.filePath(name); }

    bool open()
    {
        studio.reset();
        Result<std::unique_ptr<Studio>> opened = Studio::open(path(), &credentials);
        if (!opened) {
            qWarning("cannot open the test library: %s", qPrintable(opened.error().message));
            return false;
        }
        studio = std::move(opened).value();
        return true;
    }
};

} // namespace Spielberg::Test
