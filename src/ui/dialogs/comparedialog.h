// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Spielberg {

class DiffView;

/**
 * A window that shows two texts side by side with their differences: comparing two versions,
 * or reviewing a generated version against the writer's draft before it replaces anything.
 * Review mode adds the choice ("Use the new version" / "Keep my draft"); accepted() means the
 * writer took the new text. GUI thread only.
 */
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(QWidget *parent = nullptr);

    void setTexts(const QString &fromLabel, const QString &from, const QString &toLabel,
                  const QString &to);
    /** Turns the dialog into a review: `message` above, and the two choices below. */
    void setReview(const QString &message, const QString &acceptText, const QString &rejectText);

    DiffView *diffView() const { return m_diff; }
    QPushButton *acceptButton() const { return m_accept; }

private:
    QLabel *m_message;
    DiffView *m_diff;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept = nullptr;
};

} // namespace Spielberg
