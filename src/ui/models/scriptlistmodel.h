// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/script.h>

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSet>

namespace Spielberg {

class Studio;

/**
 * The scripts of the library as a table: title, genre, tone, format, versions, pages and last
 * change, most recently changed first. Rows are handed to views in batches (canFetchMore /
 * fetchMore, which adds the next batch on the next turn of the event loop), and the page count of each fetched script's newest version is computed on a
 * worker thread (read, parse and paginate there), filling in when it arrives. Changes from the
 * notifier update single rows; a changed script's row moves (rowsMoved, then dataChanged), so
 * selections and persistent indexes stay on the same script. GUI thread only.
 */
class ScriptListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Genre, Tone, Format, Versions, Pages, Changed, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, GenreRole };
    static constexpr int kBatch = 200;

    explicit ScriptListModel(Studio &studio, QObject *parent = nullptr);
    ~ScriptListModel() override;

    Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** The row of script `id` among the fetched rows (fetching more until found); -1 if none. */
    int rowOf(qint64 id);
    /**
     * Where script `id` is in the list (a row when below rowCount()), without fetching, so it
     * may be called while the rows change; -1 if the library has no such script.
     */
    int positionOf(qint64 id) const;
    Script scriptAt(int row) const { return m_all.value(row); }
    /** How many scripts the library holds (fetched or not). */
    int totalCount() const { return int(m_all.size()); }

private:
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void onVersionAdded(qint64 scriptId);
    void fetchBatch();
    void countPages(const QList<qint64> &ids);
    void onPagesCounted();

    Studio &m_studio;
    QList<Script> m_all;         ///< every script; the first m_fetched are rows
    int m_fetched = 0;
    bool m_fetchQueued = false;
    QHash<qint64, int> m_versions;
    QHash<qint64, int> m_pages;
    QList<qint64> m_pagesWanted; ///< ids waiting for a count while one runs
    QFutureWatcher<QHash<qint64, int>> m_pageWatcher;
};

} // namespace Spielberg
