// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../models/scenecardmodel.h"

#include <QFrame>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Spielberg {

/**
 * Edits one index card in place, over the card on the board: its heading and synopsis (the
 * scene's first line and `= …` lines, so they go into the text), goal, tension, tone, colour and lock (the writer's notes on
 * the scene). Enter or Save keeps the changes, Escape leaves them. GUI thread only.
 */
class CardEditor : public QFrame
{
    Q_OBJECT
public:
    explicit CardEditor(QWidget *parent = nullptr);

    /** Shows card `card` (of board row `row`); notes editable only when `notesEditable`. */
    void edit(int row, const SceneCard &card);
    int row() const { return m_row; }
    /** The card moved to row `row` (the cards were made again while it was edited). */
    void setRow(int row) { m_row = row; }
    /** The card as it was when editing began. */
    const SceneCard &original() const { return m_card; }
    /** The card as edited: synopsis, goal, tension, tone, colour and lock. */
    SceneCard card() const;
    bool synopsisChanged() const;
    bool headingChanged() const;
    QLineEdit *headingEdit() const { return m_heading; }

    QPlainTextEdit *synopsisEdit() const { return m_synopsis; }
    QLineEdit *goalEdit() const { return m_goal; }
    QLineEdit *toneEdit() const { return m_tone; }
    QComboBox *colorBox() const { return m_color; }
    QCheckBox *lockBox() const { return m_lock; }

Q_SIGNALS:
    void accepted();
    void rejected();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_row = -1;
    SceneCard m_card;
    QLabel *m_title;
    QLineEdit *m_heading;
    QPlainTextEdit *m_synopsis;
    QLineEdit *m_goal;
    QLineEdit *m_tension;
    QLineEdit *m_tone;
    QComboBox *m_color;
    QCheckBox *m_lock;
};

} // namespace Spielberg
