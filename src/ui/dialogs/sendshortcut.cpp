// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendshortcut.h"

#include <QAbstractButton>
#include <QShortcut>

namespace Spielberg {

void sendOnCtrlEnter(QWidget *dialog, QAbstractButton *send)
{
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, dialog);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, send, [send] {
            if (send->isEnabled() && send->isVisible()) {
                send->click();
            }
        });
    }
}

} // namespace Spielberg
