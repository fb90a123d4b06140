// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Spielberg {

/**
 * Find and replace for a plain-text editor, shown under it: Enter finds the next match,
 * Shift+Enter the previous, Escape closes; Replace and Replace all act on the editor's
 * document as one undo step each. The editor is not owned. GUI thread only.
 */
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /** Shows the bar with the editor's selection as the search text. */
    void showFind();
    void showReplace();
    bool findNext(bool backwards = false);
    void replaceCurrent();
    int replaceAll();

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setReplaceVisible(bool visible);

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QLabel *m_replaceLabel;
    QLabel *m_status;
};

} // namespace Spielberg
