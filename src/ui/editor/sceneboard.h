// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QRect>
#include <QTimer>

class QAbstractItemModel;

namespace Spielberg {

/**
 * The story board's view: index cards in reading order, wrapping in rows, an act or sequence
 * (`#` section) starting a new row under its title. Paints only the cards in view, straight
 * from the model's roles (SceneCardModel), so 200 cards scroll as smoothly as 20.
 *
 * Dragging a card shows where it would land and asks for the move (moveRequested); the page
 * moves the text, and the cards follow when they are made again. Alt+Left and Alt+Right move the
 * current card with the keyboard; Enter or a double click asks to edit it. GUI thread only.
 */
class SceneBoard : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit SceneBoard(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }

    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    /** What the empty board says. */
    void setPlaceholder(const QString &text);
    /** Whether moving cards is allowed (a version is history: it is not). */
    void setMovable(bool movable) { m_movable = movable; }
    /** Where card `row` stands in the viewport's coordinates (empty when none). */
    QRect visualRect(int row) const;
    /** The card at a viewport point, -1 when none. */
    int rowAt(const QPoint &viewportPoint) const;
    QSize cardSize() const { return m_card; }

    /** Where a dropped card goes: before card `before`, or after card `after` (end of its act). */
    struct Slot {
        int before = -1;
        int after = -1;
        bool isValid() const { return before >= 0 || after >= 0; }
    };
    /** The slot a card dragged to a viewport point lands in. */
    Slot slotAt(const QPoint &viewportPoint) const;

Q_SIGNALS:
    void currentRowChanged(int row);
    /** Move card `from` to `slot`. */
    void moveRequested(int from, Spielberg::SceneBoard::Slot slot);
    void editRequested(int row);
    /** The Delete key on a card. */
    void deleteRequested(int row);
    void contextMenuRequested(int row, const QPoint &globalPos);
    /** Ctrl+Z and Ctrl+Shift+Z on the board: the moves are edits of the text, undone there. */
    void undoRequested();
    void redoRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    void paintCard(QPainter &painter, int row, const QRect &rect, bool dragged) const;
    void paintSection(QPainter &painter, const QString &title, const QRect &rect) const;
    QRect indicatorRect(const Slot &slot) const;
    void ensureVisible(int row);
    void autoScroll();
    void endDrag();
    QPoint toContent(const QPoint &viewportPoint) const;
    /** `text` broken into at most `lines` lines of `width`, cached per card. */
    QString wrapped(int row, const QString &text, int width, int lines) const;

    QPointer<QAbstractItemModel> m_model;
    QList<QRect> m_rects;                        ///< every card, in content coordinates
    QList<std::pair<QString, QRect>> m_sections; ///< section titles above their row
    QSize m_card;
    int m_current = -1;
    bool m_movable = true;
    QString m_placeholder;
    // Dragging.
    int m_pressed = -1;
    QPoint m_pressPos;
    bool m_dragging = false;
    QPoint m_dragPos; ///< viewport coordinates
    QTimer m_scrollTimer;
    struct Wrapped {
        QString source;
        int width = 0;
        int lines = 0;
        QString shown;
    };
    mutable QHash<int, Wrapped> m_wrapped;
};

} // namespace Spielberg
