// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbadge.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Spielberg {

QColor StatusBadge::color(JobStatus status)
{
    // Mid-tone colours that keep their contrast on light and dark table backgrounds.
    if (status == JobStatus::Pending) {
        return QColor(0x8a, 0x8f, 0x98);
    }
    if (status == JobStatus::Running) {
        return QColor(0x26, 0x8b, 0xd2);
    }
    if (status == JobStatus::Completed) {
        return QColor(0x2e, 0x9d, 0x4f);
    }
    if (status == JobStatus::Failed) {
        return QColor(0xd9, 0x3a, 0x3a);
    }
    if (status == JobStatus::Cancelled) {
        return QColor(0x9a, 0x72, 0x4a);
    }
    if (status == JobStatus::Interrupted) {
        return QColor(0xe0, 0x8e, 0x0b);
    }
    return QColor(Qt::gray);
}

QIcon StatusBadge::icon(JobStatus status)
{
    static QHash<JobStatus, QIcon> cache;
    if (const auto it = cache.constFind(status); it != cache.cend()) {
        return *it;
    }
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color(status));
        const qreal s = size;
        p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        QPen pen(Qt::white, qMax(1.5, s / 9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const QPointF c(s / 2, s / 2);
        if (status == JobStatus::Pending) { // a clock
            p.drawLine(c, QPointF(c.x(), s * 0.25));
            p.drawLine(c, QPointF(s * 0.70, c.y()));
        } else if (status == JobStatus::Running) { // a play sign
            QPainterPath path;
            path.moveTo(s * 0.38, s * 0.28);
            path.lineTo(s * 0.72, s * 0.5);
            path.lineTo(s * 0.38, s * 0.72);
            path.closeSubpath();
            p.setBrush(Qt::white);
            p.drawPath(path);
        } else if (status == JobStatus::Completed) { // a tick
            p.drawPolyline(QPolygonF{QPointF(s * 0.27, s * 0.52), QPointF(s * 0.44, s * 0.68),
                                     QPointF(s * 0.74, s * 0.34)});
        } else if (status == JobStatus::Failed) { // a cross
            p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
            p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        } else if (status == JobStatus::Cancelled) { // a bar
            p.drawLine(QPointF(s * 0.28, c.y()), QPointF(s * 0.72, c.y()));
        } else { // interrupted: an exclamation mark
            p.drawLine(QPointF(c.x(), s * 0.24), QPointF(c.x(), s * 0.56));
            p.drawPoint(QPointF(c.x(), s * 0.74));
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(status, icon);
    return icon;
}

} // namespace Spielberg
