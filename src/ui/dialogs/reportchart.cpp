// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchart.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QPainter>
#include <QStringList>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
constexpr int kMargin = 6;     // around the chart
constexpr int kGap = 8;        // between the name, the bar and the count
constexpr int kRowPadding = 6; // a row is a line of text and this much air
constexpr int kWidthHint = 480;
constexpr int kMinimumWidth = 200;
} // namespace

ReportChart::ReportChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ReportChart::setBars(const QList<std::pair<QString, int>> &bars)
{
    m_bars = bars;
    QStringList lines;
    for (const auto &[name, value] : std::as_const(m_bars)) {
        //: One bar of a chart, read by screen readers: a name and its count
        lines.append(tr("%1: %2").arg(name, valueText(value)));
    }
    setAccessibleDescription(lines.join(u"; "_s));
    updateGeometry();
    update();
}

QSize ReportChart::sizeHint() const
{
    return {kWidthHint, 2 * kMargin + int(m_bars.size()) * rowHeight()};
}

QSize ReportChart::minimumSizeHint() const
{
    return {kMinimumWidth, sizeHint().height()};
}

bool ReportChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int offset = help->pos().y() - kMargin;
        const int row = offset >= 0 ? offset / rowHeight() : -1;
        if (row >= 0 && row < m_bars.size()) {
            const auto &[name, value] = m_bars.at(row);
            QToolTip::showText(help->globalPos(), tr("%1: %2").arg(name, valueText(value)), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void ReportChart::changeEvent(QEvent *event)
{
    // The rows follow the font's height, so a new font changes the height the chart asks for.
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void ReportChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (m_bars.isEmpty()) {
        return;
    }
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    int nameWidth = 0;
    int valueWidth = 0;
    int most = 0;
    QStringList values;
    for (const auto &[name, value] : std::as_const(m_bars)) {
        values.append(valueText(value));
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(name));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(values.last()));
        most = std::max(most, value);
    }
    // Long names give way to the bars: at most two fifths of the width, elided past that.
    nameWidth = std::min(nameWidth, area.width() * 2 / 5);
    const int barLeft = area.left() + nameWidth + kGap;
    const int barRoom = std::max(0, area.right() - barLeft - kGap - valueWidth);
    const QColor barColour = palette().color(QPalette::Highlight);
    const QColor textColour = palette().color(QPalette::WindowText);
    const int row = rowHeight();
    for (qsizetype k = 0; k < m_bars.size(); ++k) {
        const auto &[name, value] = m_bars.at(k);
        const int top = area.top() + int(k) * row;
        painter.setPen(textColour);
        painter.drawText(QRect(area.left(), top, nameWidth, row), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(name, Qt::ElideRight, nameWidth));
        int length = 0;
        if (value > 0 && most > 0) {
            // Every count above zero shows at least a sliver of a bar.
            length = std::max(1, int(std::lround(double(value) / double(most) * barRoom)));
        }
        if (length > 0) {
            painter.fillRect(QRect(barLeft, top + kRowPadding / 2, length, row - kRowPadding),
                             barColour);
        }
        painter.drawText(QRect(barLeft + length + kGap, top, valueWidth, row),
                         Qt::AlignLeft | Qt::AlignVCenter, values.at(k));
    }
}

int ReportChart::rowHeight() const
{
    return fontMetrics().height() + kRowPadding;
}

QString ReportChart::valueText(int value) const
{
    return locale().toString(value);
}

} // namespace Spielberg
