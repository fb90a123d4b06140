// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace Spielberg {

/**
 * A strip across the top of a page that tells the writer what went wrong (or right) in one
 * sentence, in the window rather than on stderr. Errors stay until closed or replaced;
 * information fades after a few seconds; information with an action (a button) stays until
 * closed, used or replaced. Colours follow the palette, so it reads in light and dark themes.
 * GUI thread only.
 */
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Error };
    Q_ENUM(Kind)

    explicit NoticeBar(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showInformation(const QString &text);
    /** Information with a button `actionText`: a click closes the notice and runs `act`. */
    void showAction(const QString &text, const QString &actionText, std::function<void()> act);
    QString text() const;
    Kind kind() const { return m_kind; }
    /** The button of showAction(); hidden for other notices. */
    QPushButton *actionButton() const { return m_action; }

private:
    void showNotice(Kind kind, const QString &text);

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_act;
    QTimer m_fade;
    Kind m_kind = Kind::Information;
};

} // namespace Spielberg
