// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QCoreApplication>
#include <QString>

namespace Spielberg {

/**
 * What went wrong, in the writer's language: a keyed Error (core/result.h) is said from its key
 * and arguments, in words for the window (no command-line options); an Error without a key is
 * shown as its message. GUI thread only (tr()).
 */
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString of(const Error &error);
};

} // namespace Spielberg
