// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticebar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spielberg {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"noticeBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_action->setObjectName(u"noticeAction"_s);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        // The action may show a notice of its own: it runs after this one is gone.
        const std::function<void()> act = std::exchange(m_act, {});
        hide();
        if (act) {
            act();
        }
    });
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_fade.setSingleShot(true);
    m_fade.setInterval(8000);
    connect(&m_fade, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void NoticeBar::showError(const QString &text)
{
    showNotice(Kind::Error, text);
}

void NoticeBar::showInformation(const QString &text)
{
    showNotice(Kind::Information, text);
}

void NoticeBar::showAction(const QString &text, const QString &actionText,
                           std::function<void()> act)
{
    showNotice(Kind::Information, text);
    m_action->setText(actionText);
    m_action->show();
    m_act = std::move(act);
    m_fade.stop(); // it waits for the writer
}

QString NoticeBar::text() const
{
    return m_label->text();
}

void NoticeBar::showNotice(Kind kind, const QString &text)
{
    m_kind = kind;
    m_action->hide();
    m_act = {};
    m_label->setText(text);
    const bool error = kind == Kind::Error;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()
                          ->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                               : QStyle::SP_MessageBoxInformation)
                          .pixmap(size, size));
    // A tint of red or of the highlight colour over the window colour: readable in both themes.
    QPalette p = QApplication::palette();
    const QColor base = p.color(QPalette::Window);
    const QColor tint = error ? QColor(220, 50, 47) : p.color(QPalette::Highlight);
    const auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                                a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    p.setColor(QPalette::Window, mix(base, tint, 0.18));
    setPalette(p);
    setAccessibleDescription(text);
    show();
    if (error) {
        m_fade.stop();
    } else {
        m_fade.start();
    }
}

} // namespace Spielberg
