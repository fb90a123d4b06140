// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

namespace Spielberg {

/**
 * A horizontal bar chart of a few named counts, one row per bar in the order given: the name on
 * the left, a bar in the palette's highlight colour, the count right of the bar. It draws what it
 * is given and works nothing out; colours come from the palette, so a dark palette works. The
 * accessible description lists the bars as text, and a tooltip names the bar under the pointer.
 * The owner sets the accessible name (what is counted). GUI thread only.
 */
class ReportChart : public QWidget
{
    Q_OBJECT
public:
    explicit ReportChart(QWidget *parent = nullptr);

    /** Shows `bars` (name, count) top to bottom; a count below zero is drawn as no bar. */
    void setBars(const QList<std::pair<QString, int>> &bars);
    QList<std::pair<QString, int>> bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    QString valueText(int value) const;

    QList<std::pair<QString, int>> m_bars;
};

} // namespace Spielberg
