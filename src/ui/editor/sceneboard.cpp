// SPDX-License-Identifier: GPL-3.0-or-later
#include "sceneboard.h"

#include "../models/scenecardmodel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyle>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
constexpr int kMargin = 16;
constexpr int kGap = 14;
constexpr int kRadius = 6;
constexpr int kStripe = 6;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

SceneBoard::SceneBoard(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Window);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    m_scrollTimer.setInterval(30);
    connect(&m_scrollTimer, &QTimer::timeout, this, &SceneBoard::autoScroll);
    relayout();
}

void SceneBoard::setModel(QAbstractItemModel *model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    if (m_model) {
        auto changed = [this] {
            endDrag();
            if (m_current >= m_model->rowCount()) {
                setCurrentRow(m_model->rowCount() - 1);
            }
            relayout();
        };
        connect(m_model, &QAbstractItemModel::modelReset, this, changed);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (roles.isEmpty() || roles.contains(SceneCardModel::SectionRole)) {
                        relayout();
                    } else {
                        viewport()->update();
                    }
                });
    }
    m_current = -1;
    relayout();
}

void SceneBoard::setPlaceholder(const QString &text)
{
    if (text != m_placeholder) {
        m_placeholder = text;
        viewport()->update();
    }
}

void SceneBoard::setCurrentRow(int row)
{
    const int count = m_model ? m_model->rowCount() : 0;
    row = count == 0 ? -1 : std::clamp(row, 0, count - 1);
    if (row == m_current) {
        return;
    }
    m_current = row;
    ensureVisible(row);
    viewport()->update();
    Q_EMIT currentRowChanged(row);
}

QPoint SceneBoard::toContent(const QPoint &p) const
{
    return p + QPoint(0, verticalScrollBar()->value());
}

QRect SceneBoard::visualRect(int row) const
{
    if (row < 0 || row >= m_rects.size()) {
        return {};
    }
    return m_rects[row].translated(0, -verticalScrollBar()->value());
}

int SceneBoard::rowAt(const QPoint &viewportPoint) const
{
    const QPoint p = toContent(viewportPoint);
    for (int row = 0; row < m_rects.size(); ++row) {
        if (m_rects[row].contains(p)) {
            return row;
        }
    }
    return -1;
}

void SceneBoard::relayout()
{
    const QFontMetrics fm(font());
    // Cards at least 30 characters wide, stretched so that each row fills the width.
    const int minimum = std::max(200, fm.averageCharWidth() * 30);
    const int width = viewport()->width();
    const int room = width - 2 * kMargin;
    const int columns = std::max(1, (room + kGap) / (minimum + kGap));
    m_card = QSize(std::max(minimum, (room - (columns - 1) * kGap) / columns), fm.lineSpacing() * 9 + 12);
    const int sectionHeight = fm.lineSpacing() * 2;
    m_rects.clear();
    m_sections.clear();
    const int count = m_model ? m_model->rowCount() : 0;
    int x = 0;
    int y = kMargin;
    int column = 0;
    for (int row = 0; row < count; ++row) {
        const QString section = m_model->index(row, 0).data(SceneCardModel::SectionRole).toString();
        if (!section.isEmpty()) {
            if (column > 0) {
                y += m_card.height() + kGap;
            }
            m_sections.append({section, QRect(kMargin, y, width - 2 * kMargin, sectionHeight)});
            y += sectionHeight;
            column = 0;
        } else if (column == columns) {
            y += m_card.height() + kGap;
            column = 0;
        }
        x = kMargin + column * (m_card.width() + kGap);
        m_rects.append(QRect(QPoint(x, y), m_card));
        ++column;
    }
    m_wrapped.clear();
    const int contentHeight = count == 0 ? 0 : y + m_card.height() + kMargin;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - viewport()->height()));
    viewport()->update();
}

void SceneBoard::ensureVisible(int row)
{
    if (row < 0 || row >= m_rects.size()) {
        return;
    }
    const QRect r = m_rects[row];
    QScrollBar *bar = verticalScrollBar();
    if (r.top() - kMargin < bar->value()) {
        bar->setValue(r.top() - kMargin);
    } else if (r.bottom() + kMargin > bar->value() + viewport()->height()) {
        bar->setValue(r.bottom() + kMargin - viewport()->height());
    }
}

SceneBoard::Slot SceneBoard::slotAt(const QPoint &viewportPoint) const
{
    if (m_rects.isEmpty()) {
        return {};
    }
    const QPoint p = toContent(viewportPoint);
    // The row of cards nearest the point: its cards share a top.
    int nearestTop = m_rects.first().top();
    int best = INT_MAX;
    for (const QRect &r : m_rects) {
        const int distance = p.y() < r.top() ? r.top() - p.y() : p.y() > r.bottom() ? p.y() - r.bottom() : 0;
        if (distance < best) {
            best = distance;
            nearestTop = r.top();
        }
    }
    int last = -1;
    for (int row = 0; row < m_rects.size(); ++row) {
        if (m_rects[row].top() != nearestTop) {
            continue;
        }
        if (p.x() < m_rects[row].center().x()) {
            return Slot{row, -1};
        }
        last = row;
    }
    // Past the row's last card: at the end of its act, or before the next card of the same act.
    const int next = last + 1;
    const bool nextOpensSection = next < m_rects.size()
        && !m_model->index(next, 0).data(SceneCardModel::SectionRole).toString().isEmpty();
    if (next >= m_rects.size() || nextOpensSection) {
        return Slot{-1, last};
    }
    return Slot{next, -1};
}

QRect SceneBoard::indicatorRect(const Slot &slot) const
{
    QRect card;
    int x = 0;
    if (slot.before >= 0 && slot.before < m_rects.size()) {
        card = m_rects[slot.before];
        x = card.left() - kGap / 2; // where the card will stand, also at the start of a row
    } else if (slot.after >= 0 && slot.after < m_rects.size()) {
        card = m_rects[slot.after];
        x = card.right() + kGap / 2;
    } else {
        return {};
    }
    return QRect(x - 2, card.top() - 4, 4, card.height() + 8).translated(0, -verticalScrollBar()->value());
}

void SceneBoard::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const int offset = verticalScrollBar()->value();
    const QRect exposed = event->rect().translated(0, offset);
    if (!m_model || m_model->rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder.isEmpty() ? tr("No scenes yet. Write a scene heading (INT. KITCHEN - DAY) in "
                                                      "the editor, or develop the script from a logline.")
                                                 : m_placeholder);
        return;
    }
    painter.translate(0, -offset);
    for (const auto &[title, rect] : std::as_const(m_sections)) {
        if (rect.intersects(exposed)) {
            paintSection(painter, title, rect);
        }
    }
    // Cards are laid out top to bottom: skip to the first one in view.
    auto first = std::lower_bound(m_rects.cbegin(), m_rects.cend(), exposed.top(),
                                  [](const QRect &r, int top) { return r.bottom() < top; });
    for (auto it = first; it != m_rects.cend() && it->top() <= exposed.bottom(); ++it) {
        const int row = int(it - m_rects.cbegin());
        paintCard(painter, row, *it, m_dragging && row == m_pressed);
    }
    painter.translate(0, offset);
    if (m_dragging) {
        const Slot slot = slotAt(m_dragPos);
        if (slot.isValid()) {
            painter.fillRect(indicatorRect(slot), palette().color(QPalette::Highlight));
        }
        // The card under the pointer, lifted.
        if (m_pressed >= 0 && m_pressed < m_rects.size()) {
            const QRect lifted(m_dragPos - (m_pressPos - visualRect(m_pressed).topLeft()), m_card);
            painter.setOpacity(0.85);
            paintCard(painter, m_pressed, lifted, false);
            painter.setOpacity(1);
        }
    }
}

void SceneBoard::paintSection(QPainter &painter, const QString &title, const QRect &rect) const
{
    QFont f = font();
    f.setBold(true);
    f.setCapitalization(QFont::AllUppercase);
    f.setLetterSpacing(QFont::PercentageSpacing, 108);
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics fm(f);
    const QRect text = rect.adjusted(0, 0, 0, -fm.descent() - 4);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(title, Qt::ElideRight, rect.width()));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    const int lineX = std::min(rect.right(), rect.left() + fm.horizontalAdvance(title) + 12);
    const int lineY = text.bottom() - fm.height() / 2 + 2;
    painter.drawLine(lineX, lineY, rect.right(), lineY);
}

void SceneBoard::paintCard(QPainter &painter, int row, const QRect &rect, bool dragged) const
{
    const QModelIndex index = m_model->index(row, 0);
    const QPalette &pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mix(text, base, 0.45);
    const bool current = row == m_current;

    QPainterPath shape;
    shape.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    if (dragged) {
        painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(shape);
        return;
    }
    // A soft shadow, the card, and its colour down the left edge.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, dark ? 90 : 28));
    painter.drawRoundedRect(QRectF(rect).translated(0, 2), kRadius, kRadius);
    painter.setBrush(dark ? base.lighter(115) : base);
    painter.drawPath(shape);
    const QColor color = index.data(SceneCardModel::ColorRole).value<QColor>();
    if (color.isValid()) {
        painter.save();
        painter.setClipPath(shape);
        painter.fillRect(QRect(rect.left(), rect.top(), kStripe, rect.height()), color);
        painter.restore();
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(current ? QPen(pal.color(QPalette::Highlight), hasFocus() ? 2.5 : 1.5)
                           : QPen(mix(pal.color(QPalette::Mid), base, 0.3), 1));
    painter.drawPath(shape);

    const QFontMetrics fm(font());
    const int line = fm.lineSpacing();
    QRect inner = rect.adjusted(kStripe + 8, 8, -10, -8);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.88));
    const QFontMetrics sm(small);

    // Top line: number, then badges on the right (findings, lock).
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(muted);
    const QString number = index.data(SceneCardModel::NumberRole).toString();
    painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter, number);
    int right = inner.right();
    if (index.data(SceneCardModel::LockedRole).toBool()) {
        // A padlock: body and shackle.
        const QRectF body(right - 10, inner.top() + line * 0.45, 10, line * 0.45);
        painter.setPen(QPen(muted, 1.4));
        painter.setBrush(muted);
        painter.drawRoundedRect(body, 1.5, 1.5);
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(body.left() + 2, body.top() - line * 0.3, 6, line * 0.6), 0, 180 * 16);
        right -= 18;
    }
    const QStringList findings = index.data(SceneCardModel::FindingsRole).toStringList();
    if (!findings.isEmpty()) {
        const QString count = QString::number(findings.size());
        const int w = std::max(line - 2, sm.horizontalAdvance(count) + 10);
        const QRect badge(right - w + 1, inner.top() + 1, w, line - 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd9, 0x82, 0x2b));
        painter.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter.setFont(small);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, count);
        right -= w + 6;
    }
    const int numberWidth = QFontMetrics(bold).horizontalAdvance(number) + 8;

    // Heading.
    painter.setFont(bold);
    painter.setPen(text);
    const QRect headingRect(inner.left() + numberWidth, inner.top(), right - inner.left() - numberWidth - 4, line);
    painter.drawText(headingRect, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(bold).elidedText(index.data(SceneCardModel::HeadingRole).toString(), Qt::ElideRight,
                                                   headingRect.width()));

    // Footer: characters and length; above it the writer's notes; the synopsis fills the rest.
    const QRect footer(inner.left(), inner.bottom() - sm.lineSpacing() + 1, inner.width(), sm.lineSpacing());
    const QString job = index.data(SceneCardModel::JobRole).toString();
    painter.setFont(small);
    if (!job.isEmpty()) {
        const QColor accent = pal.color(QPalette::Highlight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(mix(accent, base, 0.82));
        painter.drawRoundedRect(footer.adjusted(-4, -2, 4, 2), 3, 3);
        painter.setPen(dark ? accent.lighter(150) : accent.darker(120));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, sm.elidedText(job, Qt::ElideRight, footer.width()));
    } else {
        const QString pages = tr("%1 pg").arg(index.data(SceneCardModel::PagesRole).toString());
        const int pagesWidth = sm.horizontalAdvance(pages);
        painter.setPen(muted);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pages);
        const QString who = index.data(SceneCardModel::CharactersRole).toStringList().join(u", "_s);
        painter.drawText(footer.adjusted(0, 0, -pagesWidth - 8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         sm.elidedText(who, Qt::ElideRight, footer.width() - pagesWidth - 8));
    }
    int bottom = footer.top() - 4;
    QStringList notes;
    const QString goal = index.data(SceneCardModel::GoalRole).toString();
    const QString tension = index.data(SceneCardModel::TensionRole).toString();
    const QString tone = index.data(SceneCardModel::ToneRole).toString();
    if (!goal.isEmpty()) {
        notes << tr("Goal: %1").arg(goal);
    }
    if (!tension.isEmpty()) {
        notes << tr("Tension: %1").arg(tension);
    }
    if (!tone.isEmpty()) {
        notes << tr("Tone: %1").arg(tone);
    }
    painter.setPen(muted);
    for (qsizetype i = notes.size() - 1; i >= 0; --i) {
        const QRect r(inner.left(), bottom - sm.lineSpacing(), inner.width(), sm.lineSpacing());
        painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, sm.elidedText(notes[i], Qt::ElideRight, r.width()));
        bottom -= sm.lineSpacing();
    }
    const QRect synopsisRect(inner.left(), inner.top() + line + 4, inner.width(), bottom - inner.top() - line - 6);
    if (synopsisRect.height() >= fm.lineSpacing()) {
        painter.setFont(font());
        painter.setPen(text);
        const QString synopsis = index.data(SceneCardModel::SynopsisRole).toString();
        painter.drawText(synopsisRect, Qt::AlignLeft | Qt::AlignTop,
                         wrapped(row, synopsis, synopsisRect.width(), synopsisRect.height() / fm.lineSpacing()));
    }
}

QString SceneBoard::wrapped(int row, const QString &text, int width, int lines) const
{
    Wrapped &cached = m_wrapped[row];
    if (cached.source == text && cached.width == width && cached.lines == lines) {
        return cached.shown;
    }
    // Whole lines only, laid out once per text and width: the last line that fits ends with an
    // ellipsis.
    const QFontMetrics fm(font());
    QTextLayout layout(text, font());
    QStringList out;
    layout.beginLayout();
    while (out.size() < lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        if (out.size() == lines - 1 && line.textStart() + line.textLength() < text.size()) {
            out << fm.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
            break;
        }
        out << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    cached = Wrapped{text, width, lines, out.join(u'\n')};
    return cached.shown;
}

void SceneBoard::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void SceneBoard::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        relayout();
    }
}

bool SceneBoard::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0 && m_model) {
            QString tip = m_model->index(row, 0).data(Qt::ToolTipRole).toString();
            const QStringList findings = m_model->index(row, 0).data(SceneCardModel::FindingsRole).toStringList();
            if (!findings.isEmpty()) {
                tip += u"\n\n"_s + findings.join(u'\n');
            }
            setToolTip(tip);
        } else {
            setToolTip({});
        }
    }
    return QAbstractScrollArea::viewportEvent(event);
}

bool SceneBoard::event(QEvent *event)
{
    // Undo and redo belong to the board while it has the focus (the window's Edit menu would
    // otherwise take them): a move is undone where it was made.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void SceneBoard::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton) {
        m_pressed = row;
        m_pressPos = event->position().toPoint();
    }
    if (row >= 0) {
        setCurrentRow(row);
    }
}

void SceneBoard::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed < 0 || !(event->buttons() & Qt::LeftButton) || !m_movable) {
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        return;
    }
    m_dragging = true;
    m_dragPos = pos;
    viewport()->setCursor(Qt::ClosedHandCursor);
    const bool nearEdge = pos.y() < 32 || pos.y() > viewport()->height() - 32;
    if (nearEdge && !m_scrollTimer.isActive()) {
        m_scrollTimer.start();
    } else if (!nearEdge) {
        m_scrollTimer.stop();
    }
    viewport()->update();
}

void SceneBoard::autoScroll()
{
    if (!m_dragging) {
        m_scrollTimer.stop();
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + (m_dragPos.y() < 32 ? -18 : 18));
}

void SceneBoard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        const int from = m_pressed;
        const Slot slot = slotAt(event->position().toPoint());
        endDrag();
        if (slot.isValid() && from >= 0) {
            Q_EMIT moveRequested(from, slot);
        }
        return;
    }
    endDrag();
}

void SceneBoard::endDrag()
{
    m_pressed = -1;
    if (m_dragging) {
        m_dragging = false;
        m_scrollTimer.stop();
        viewport()->unsetCursor();
        viewport()->update();
    }
}

void SceneBoard::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton) {
        Q_EMIT editRequested(row);
    }
}

void SceneBoard::contextMenuEvent(QContextMenuEvent *event)
{
    int row = event->reason() == QContextMenuEvent::Mouse ? rowAt(event->pos()) : m_current;
    if (row >= 0) {
        setCurrentRow(row);
        const QPoint at = event->reason() == QContextMenuEvent::Mouse
            ? event->globalPos()
            : viewport()->mapToGlobal(visualRect(row).center());
        Q_EMIT contextMenuRequested(row, at);
    }
}

void SceneBoard::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        Q_EMIT redoRequested();
        return;
    }
    const int count = m_model ? m_model->rowCount() : 0;
    if (count == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int row = std::max(0, m_current);
    // Up and down: the card in the row above or below nearest in x.
    auto vertical = [this, row](int direction) {
        if (row >= m_rects.size()) {
            return row;
        }
        const QRect from = m_rects[row];
        int best = row;
        int bestDistance = INT_MAX;
        for (int r = 0; r < m_rects.size(); ++r) {
            const QRect &to = m_rects[r];
            if ((direction < 0 && to.top() >= from.top()) || (direction > 0 && to.top() <= from.top())) {
                continue;
            }
            const int distance = std::abs(to.top() - from.top()) * 4 + std::abs(to.left() - from.left());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = r;
            }
        }
        return best;
    };
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        if (alt && m_movable && row > 0) {
            Q_EMIT moveRequested(row, Slot{row - 1, -1});
        } else if (!alt) {
            setCurrentRow(row - 1);
        }
        return;
    case Qt::Key_Right:
        if (alt && m_movable && row + 1 < count) {
            // One place on, within the act: past the act's last card it closes that act.
            const bool nextOpensSection = row + 2 < count
                && !m_model->index(row + 2, 0).data(SceneCardModel::SectionRole).toString().isEmpty();
            Q_EMIT moveRequested(row, row + 2 < count && !nextOpensSection ? Slot{row + 2, -1} : Slot{-1, row + 1});
        } else if (!alt) {
            setCurrentRow(m_current < 0 ? 0 : row + 1);
        }
        return;
    case Qt::Key_Up:
        setCurrentRow(vertical(-1));
        return;
    case Qt::Key_Down:
        setCurrentRow(m_current < 0 ? 0 : vertical(1));
        return;
    case Qt::Key_Home:
        setCurrentRow(0);
        return;
    case Qt::Key_End:
        setCurrentRow(count - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        if (m_current >= 0) {
            Q_EMIT editRequested(m_current);
        }
        return;
    case Qt::Key_Delete:
        if (m_current >= 0 && m_movable) {
            Q_EMIT deleteRequested(m_current);
        }
        return;
    case Qt::Key_Escape:
        if (m_dragging) {
            endDrag();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void SceneBoard::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    if (m_current < 0 && m_model && m_model->rowCount() > 0) {
        setCurrentRow(0);
    }
    viewport()->update();
}

void SceneBoard::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

} // namespace Spielberg
