// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

#include <optional>

namespace Spielberg {

class JobListModel;
class NoticeBar;
class Studio;

/**
 * The Jobs tab: every generation job in a live table (status badge, kind, script or scene,
 * times, duration, attempts, tokens), filterable by status, and beside it the selected job's
 * text streaming in as the model writes it, with its error and the provider's request id when
 * it failed. Cancel, Retry, Continue (after a stop at the length limit) and Open result act on
 * the selected job. Rows update in place, so selection and scrolling survive updates.
 * GUI thread only.
 */
class JobsPage : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPage(Studio &studio, QWidget *parent = nullptr);

    JobListModel *model() const { return m_model; }
    QTreeView *table() const { return m_table; }
    /** The text pane of the selected job. */
    QPlainTextEdit *textView() const { return m_text; }
    QLabel *errorLabel() const { return m_error; }

    /** Selects job `id` (clearing a filter that hides it). */
    void select(const QString &id);
    QString currentId() const { return m_currentId; }

    void cancelCurrent();
    void retryCurrent();
    void continueCurrent();
    void openCurrentResult();

Q_SIGNALS:
    /** The writer wants to see the version a job made. */
    void openVersionRequested(qint64 scriptId, int number);
    /** The writer wants a quick draft's text (to read or save as a script). */
    void openQuickResultRequested(const QString &jobId);

private:
    void onCurrentChanged();
    void showJob(const Job &job);
    void updateButtons(const Job &job);
    void onTextStreamed(const QString &jobId, const QString &delta);
    void onAttemptStarted(const QString &jobId, int attempt);
    void onJobFinished(const Job &job);
    void onRowsChanged();

    Studio &m_studio;
    JobListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    NoticeBar *m_notice;
    QComboBox *m_statusFilter;
    QTreeView *m_table;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_continue;
    QPushButton *m_open;
    QLabel *m_header;
    QLabel *m_error;
    QPlainTextEdit *m_text;
    QString m_currentId;
    std::optional<JobStatus> m_shownStatus;
    QHash<QString, QString> m_streams; ///< the text of running jobs' current attempts
};

} // namespace Spielberg
