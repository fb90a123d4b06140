// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractButton;
class QWidget;

namespace Spielberg {

/**
 * Ctrl+Enter (either Enter key) in `dialog` clicks `send` when it is enabled, even while the
 * prompt field has the keyboard: the way prompt boxes send everywhere else.
 */
void sendOnCtrlEnter(QWidget *dialog, QAbstractButton *send);

} // namespace Spielberg
