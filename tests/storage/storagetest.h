// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the storage tests: a fresh library in a temporary folder, and QVERIFY_RESULT,
// which prints the Error of an unexpected failure.

#include <core/result.h>
#include <storage/database.h>

#include <QRegularExpression>
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

/** Puts QStandardPaths in test mode and makes stray warnings fail the test. */
inline void isolate()
{
    QStandardPaths::setTestModeEnabled(true);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

/** Opens (creating) a library in `dir`; a failure fails the calling test via the result. */
inline Result<std::unique_ptr<Database>> openLibrary(const QTemporaryDir &dir,
                                                     const QString &name = QStringLiteral("library.sqlite"),
                                                     const DatabaseOptions &options = {})
{
    return Database::open(dir.filePath(name), options);
}

} // namespace Spielberg::Test
