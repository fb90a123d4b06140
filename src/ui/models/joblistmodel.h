// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>
#include <vector>

namespace Spielberg {

class Studio;

/**
 * The generation jobs, newest first, kept live: the queue's jobChanged() values and the
 * notifier's ids update single rows in place (dataChanged) and new jobs are inserted at the top,
 * so a view keeps its selection and scroll position while jobs run. A develop run is one row
 * whose children are its steps (cast, outline, each scene), oldest first, and whose tokens are
 * its steps' added up as they run. The streamed text itself is not kept here (JobsPage shows
 * it); rows hold the job as last stored. GUI thread only.
 */
class JobListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        Status,
        Kind,
        Target,
        Created,
        Started,
        Completed,
        Duration,
        Attempts,
        Tokens,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, SortRole };

    explicit JobListModel(Studio &studio, QObject *parent = nullptr);

    /**
     * Reads the jobs again and merges them in: changed rows are updated, new ones inserted,
     * vanished ones removed; nothing is reset. Picks up jobs other processes wrote.
     */
    Result<void> refresh();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** The top-level row of job `id` (a run or a job on its own), -1 when none. */
    int rowOf(const QString &id) const;
    /** The index of job `id`, a run's step under its run. */
    QModelIndex indexOf(const QString &id, int column = 0) const;
    /** The top-level job of `row`. */
    Job jobAt(int row) const;
    Job jobAt(const QModelIndex &index) const;
    /** How many jobs are running now. */
    int runningCount() const;

Q_SIGNALS:
    void runningCountChanged(int count);

private:
    /** A top-level row: a job, and a run's steps. */
    struct Node {
        Job job;
        QList<Job> steps;
        bool waits = false; ///< a run that stops for the writer between its steps
    };
    void upsert(const Job &job);
    void upsertStep(const Job &step);
    int rowOfNode(const Node *node) const;
    void onStoredChange(const QString &id);
    void onRemoved(const QString &id);
    QString targetOf(const Job &job) const;
    void announceRunning();

    Studio &m_studio;
    std::vector<std::unique_ptr<Node>> m_rows;
    QHash<qint64, QString> m_titles; ///< script titles by id, for the Target column
    QHash<qint64, int> m_sceneNumbers; ///< scene numbers by scene id, for the Target column
    int m_lastRunning = -1;
    QTimer m_tick;
};

} // namespace Spielberg
