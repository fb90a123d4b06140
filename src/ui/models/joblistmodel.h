// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace Spielberg {

class Studio;

/**
 * The generation jobs, newest first, kept live: the queue's jobChanged() values and the
 * notifier's ids update single rows in place (dataChanged) and new jobs are inserted at the top,
 * so a view keeps its selection and scroll position while jobs run. The streamed text itself
 * is not kept here (JobsPage shows it); rows hold the job as last stored. GUI thread only.
 */
class JobListModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(const QString &id) const;
    Job jobAt(int row) const { return m_rows.value(row); }
    /** How many jobs are running now. */
    int runningCount() const;

Q_SIGNALS:
    void runningCountChanged(int count);

private:
    void upsert(const Job &job);
    void onStoredChange(const QString &id);
    void onRemoved(const QString &id);
    QString targetOf(const Job &job) const;
    void announceRunning();

    Studio &m_studio;
    QList<Job> m_rows;
    QHash<qint64, QString> m_titles; ///< script titles by id, for the Target column
    QHash<qint64, int> m_sceneNumbers; ///< scene numbers by scene id, for the Target column
    int m_lastRunning = -1;
    QTimer m_tick;
};

} // namespace Spielberg
