// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QDialog;
class QPushButton;
class QTableView;

namespace Spielberg {

class CompareDialog;
class NoticeBar;
class Studio;
class VersionListModel;

/**
 * The version history of the open script: the list, and reading, comparing and asking to
 * restore a version. Restoring changes the draft, so the pane only asks (restoreRequested());
 * the script view does it. Comparing with the draft reads the editor's text through the
 * function it is given. The windows it opens close when the script changes. GUI thread only.
 */
class VersionPane : public QWidget
{
    Q_OBJECT
public:
    VersionPane(Studio &studio, NoticeBar *notice, std::function<QString()> draftText,
                QWidget *parent = nullptr);

    /** Shows the history of script `id` (0: none), titled `title` in the windows it opens. */
    Result<void> setScript(qint64 id, const QString &title);
    QTableView *table() const { return m_table; }
    VersionListModel *model() const { return m_model; }

    /** Opens version `number` read-only, with a button that asks to restore it. */
    void viewVersion(int number);
    /** Compares versions `from` and `to` (0 as `to`: the draft) side by side; returns the window. */
    CompareDialog *compare(int from, int to);
    void compareSelected();
    /** Selects version `number` in the list; false when the list has no such version. */
    bool selectVersion(int number);
    QList<int> selectedVersions() const;
    /** Closes the windows this pane opened (version viewers, comparisons). */
    void closeWindows();

Q_SIGNALS:
    /** The writer asked to make version `number` of the open script the draft again. */
    void restoreRequested(int number);
    /** The writer asked to lock version `number` as the white draft revisions are marked against. */
    void lockRequested(int number);

private:
    void updateButtons();

    Studio &m_studio;
    NoticeBar *m_notice;
    std::function<QString()> m_draftText;
    qint64 m_scriptId = 0;
    QString m_title;
    VersionListModel *m_model;
    QTableView *m_table;
    QPushButton *m_viewButton;
    QPushButton *m_compareButton;
    QPushButton *m_restoreButton;
    QList<QPointer<QDialog>> m_windows;
};

} // namespace Spielberg
