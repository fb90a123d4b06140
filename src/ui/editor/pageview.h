// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/pagelayout.h>
#include <core/paginator.h>

#include <QAbstractScrollArea>
#include <QFont>
#include <QList>

namespace Spielberg {

/**
 * The draft laid out as it will print, beside the source: the Paginator's pages (the same as
 * the PDF's: page breaks, (MORE) and (CONT'D), page numbers, scene numbers of a revision),
 * scaled to the pane's width, read-only. It follows the source: showLine() scrolls to where a
 * source line prints, and a click on a printed line asks the editor to go to its source line
 * (lineClicked). Revision marks print as asterisks in the right margin, as on paper.
 *
 * Only the pages in view are painted. The pages come from DraftAnalyzer's worker thread; this
 * widget never paginates. GUI thread only.
 */
class PageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);

    void setPages(const QList<Page> &pages, const PageLayout &layout);
    void setRevisedLines(const QList<int> &lines);
    int pageCount() const { return int(m_pages.size()); }

    /** Scrolls so the printed line of 1-based source `line` (or the nearest before it) is at the top. */
    void showLine(int line);
    /** The page (0-based) and row of 1-based source `line`, or {-1, -1}. */
    std::pair<int, int> placeOf(int line) const;
    /** The 0-based page at the top of the view. */
    int pageAtTop() const;

Q_SIGNALS:
    /** The writer clicked a printed line that comes from 1-based source `line`. */
    void lineClicked(int line);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateScrollBars();
    double scale() const;
    double pageHeight() const; ///< one page and the gap under it, in pixels
    double pageTop(int page) const { return page * pageHeight() + kGap; }

    static constexpr double kGap = 12;
    static constexpr double kPointsPerInch = 72;

    QList<Page> m_pages;
    PageLayout m_layout = PageLayout::letter();
    QList<int> m_revised; ///< sorted source lines
    QFont m_font;
};

} // namespace Spielberg
