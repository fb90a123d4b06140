// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageview.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

QFont courier()
{
    for (const QString &family : {u"Nimbus Mono PS"_s, u"Courier New"_s, u"Courier Prime"_s, u"Courier"_s}) {
        if (QFontDatabase::hasFamily(family)) {
            return QFont(family);
        }
    }
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace

PageView::PageView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_font(courier())
{
    setObjectName(u"pageView"_s);
    setAccessibleName(tr("The draft as it will print"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::PointingHandCursor);
    verticalScrollBar()->setSingleStep(24);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void PageView::setPages(const QList<Page> &pages, const PageLayout &layout)
{
    m_pages = pages;
    m_layout = layout;
    updateScrollBars();
    viewport()->update();
}

void PageView::setRevisedLines(const QList<int> &lines)
{
    m_revised = lines;
    std::sort(m_revised.begin(), m_revised.end());
    viewport()->update();
}

// The page fills the pane's width, less a margin; never smaller than a third of its size.
double PageView::scale() const
{
    const double pageWidth = m_layout.pageWidthInches * kPointsPerInch;
    return std::max(0.33, (viewport()->width() - 2 * kGap) / pageWidth);
}

double PageView::pageHeight() const
{
    return m_layout.pageHeightInches * kPointsPerInch * scale() + kGap;
}

void PageView::updateScrollBars()
{
    const int total = int(m_pages.size() * pageHeight() + kGap);
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, total - viewport()->height()));
}

void PageView::resizeEvent(QResizeEvent *event)
{
    // Keep the page at the top where it was.
    const int top = pageAtTop();
    const double within = verticalScrollBar()->value() - pageTop(top) + kGap;
    const double oldHeight = pageHeight();
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    verticalScrollBar()->setValue(int(pageTop(top) - kGap + within * pageHeight() / oldHeight));
}

int PageView::pageAtTop() const
{
    return std::clamp(int(verticalScrollBar()->value() / pageHeight()), 0, std::max(0, int(m_pages.size()) - 1));
}

std::pair<int, int> PageView::placeOf(int line) const
{
    std::pair<int, int> best{-1, -1};
    int bestLine = 0;
    for (int p = 0; p < m_pages.size(); ++p) {
        for (const PageLine &l : m_pages[p].lines) {
            if (l.sourceLine > 0 && l.sourceLine <= line && l.sourceLine > bestLine) {
                bestLine = l.sourceLine;
                best = {p, l.row};
            }
        }
        if (bestLine == line) {
            break;
        }
    }
    return best;
}

void PageView::showLine(int line)
{
    const auto [page, row] = placeOf(line);
    if (page < 0) {
        verticalScrollBar()->setValue(0);
        return;
    }
    const double s = scale();
    const double y = pageTop(page) + (m_layout.topMarginInches * kPointsPerInch + row * 12.0) * s;
    verticalScrollBar()->setValue(int(y - kGap - 12.0 * s * 2));
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Mid));
    if (m_pages.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("Nothing to print yet"));
        return;
    }
    const double s = scale();
    const double width = m_layout.pageWidthInches * kPointsPerInch * s;
    const double height = m_layout.pageHeightInches * kPointsPerInch * s;
    const double left = std::max(kGap, (viewport()->width() - width) / 2);
    const double column = 7.2 * s; // 1/10 inch
    const double rowHeight = 12.0 * s; // 1/6 inch
    QFont font = m_font;
    font.setPixelSize(std::max(4, int(12.0 * s + 0.5)));
    QFontMetricsF metrics(font);
    const double ascent = metrics.ascent();
    const double scroll = verticalScrollBar()->value();
    const int first = std::max(0, int(scroll / pageHeight()));
    const double margin = m_layout.leftMarginInches * kPointsPerInch * s;
    const double top = m_layout.topMarginInches * kPointsPerInch * s;
    for (int p = first; p < m_pages.size(); ++p) {
        const double y0 = pageTop(p) - scroll;
        if (y0 > viewport()->height()) {
            break;
        }
        const QRectF sheet(left, y0, width, height);
        painter.fillRect(sheet.translated(2, 2), QColor(0, 0, 0, 40));
        painter.fillRect(sheet, Qt::white); // paper is white in either palette
        painter.setPen(Qt::black);
        const Page &page = m_pages[p];
        if (const QString number = page.printedNumber(); !number.isEmpty()) {
            painter.setFont(font);
            painter.drawText(QPointF(left + margin + (m_layout.actionWidth - number.size()) * column,
                                     y0 + m_layout.headerInches * kPointsPerInch * s + ascent),
                             number);
        }
        for (const PageLine &line : page.lines) {
            const double baseline = y0 + top + line.row * rowHeight + ascent;
            double x = left + margin + line.column * column;
            qsizetype start = 0;
            const StyledText &t = line.text;
            while (start < t.size()) {
                const quint8 style = t.styles.value(start);
                qsizetype end = start;
                while (end < t.size() && t.styles.value(end) == style) {
                    ++end;
                }
                QFont f = font;
                f.setBold(style & StyledText::Bold);
                f.setItalic(style & StyledText::Italic);
                f.setUnderline(style & StyledText::Underline);
                painter.setFont(f);
                painter.drawText(QPointF(x + start * column, baseline), t.text.mid(start, end - start));
                start = end;
            }
            painter.setFont(font);
            if (!line.sceneNumber.isEmpty()) {
                painter.drawText(QPointF(left + margin - 6 * column, baseline), line.sceneNumber);
                painter.drawText(QPointF(left + margin + (m_layout.actionWidth + 2) * column, baseline),
                                 line.sceneNumber);
            }
            if (line.sourceLine > 0 && std::binary_search(m_revised.begin(), m_revised.end(), line.sourceLine)) {
                painter.drawText(QPointF(left + margin + (m_layout.actionWidth + 7) * column, baseline), u"*"_s);
            }
        }
    }
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    const double s = scale();
    const double y = event->position().y() + verticalScrollBar()->value();
    const int page = int(y / pageHeight());
    if (page < 0 || page >= m_pages.size()) {
        return;
    }
    const double within = y - pageTop(page) - m_layout.topMarginInches * kPointsPerInch * s;
    const int row = int(within / (12.0 * s));
    int source = 0;
    for (const PageLine &line : m_pages[page].lines) {
        if (line.row <= row && line.sourceLine > 0) {
            source = line.sourceLine; // the last printed line at or above the click
        }
    }
    if (source > 0) {
        Q_EMIT lineClicked(source);
    }
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown: verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd); return;
    case Qt::Key_PageUp: verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub); return;
    case Qt::Key_Home: verticalScrollBar()->setValue(0); return;
    case Qt::Key_End: verticalScrollBar()->setValue(verticalScrollBar()->maximum()); return;
    default: QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace Spielberg
