// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests: the app's services on a fresh library in a temporary folder, with
// keys in memory, as main.cpp builds them on the writer's library.

#include <generation/credentialstore.h>
#include <storage/database.h>
#include <ui/services.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#define QVERIFY_RESULT(expr)                                                                  \
    do {                                                                                      \
        const auto &spielbergResult_ = (expr);                                                \
        QVERIFY2(spielbergResult_.hasValue(),                                                 \
                 qPrintable(spielbergResult_.hasValue() ? QString()                          \
                                                       : spielbergResult_.error().message)); \
    } while (false)

namespace Spielberg::Test {

/** A library on disk and the services over it; reopen() simulates a restart of the app. */
struct AppFixture {
    QTemporaryDir dir;
    MemoryCredentials credentials;
    std::unique_ptr<Services> services;
    QString name = QStringLiteral("library.sqlite");

    QString path() const { return dir.filePath(name); }

    bool open()
    {
        services.reset();
        Result<std::unique_ptr<Services>> opened = Services::open(path(), &credentials);
        if (!opened) {
            qWarning("cannot open the test library: %s", qPrintable(opened.error().message));
            return false;
        }
        services = std::move(opened).value();
        return true;
    }
};

} // namespace Spielberg::Test
