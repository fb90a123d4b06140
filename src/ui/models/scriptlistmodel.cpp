// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptlistmodel.h"

#include "../labels.h"

#include <studio/studio.h>
#include <core/fountainparser.h>
#include <core/paginator.h>
#include <storage/librarynotifier.h>

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
bool changedFirst(const Script &a, const Script &b)
{
    if (a.updatedAt != b.updatedAt) {
        return a.updatedAt > b.updatedAt;
    }
    return a.id > b.id;
}

// On a worker thread: the page count of each script's newest version (its own connection).
QHash<qint64, int> pagesOf(VersionHistory history, const QList<qint64> &ids)
{
    QHash<qint64, int> out;
    for (const qint64 id : ids) {
        const Result<ScriptVersion> newest = history.version(id);
        if (!newest) {
            continue; // no version yet: no pages
        }
        out.insert(id, int(Paginator::paginate(FountainParser::parse(newest->content)).size()));
    }
    history.releaseThreadConnection(); // pool threads outlive the library
    return out;
}
} // namespace

ScriptListModel::ScriptListModel(Studio &studio, QObject *parent)
    : QAbstractTableModel(parent)
    , m_studio(studio)
{
    connect(studio.notifier(), &LibraryNotifier::scriptChanged, this, &ScriptListModel::onChanged);
    connect(studio.notifier(), &LibraryNotifier::scriptRemoved, this, &ScriptListModel::onRemoved);
    connect(studio.notifier(), &LibraryNotifier::versionAdded, this,
            &ScriptListModel::onVersionAdded);
    connect(&m_pageWatcher, &QFutureWatcherBase::finished, this, &ScriptListModel::onPagesCounted);
}

ScriptListModel::~ScriptListModel()
{
    m_pageWatcher.waitForFinished(); // shutdown only: the worker reads the library
}

Result<void> ScriptListModel::reload()
{
    Result<QList<Script>> all = m_studio.library().scripts();
    if (!all) {
        return all.error();
    }
    Result<QHash<qint64, int>> counts = m_studio.library().versionCounts();
    if (!counts) {
        return counts.error();
    }
    beginResetModel();
    m_all = std::move(all).value();
    std::sort(m_all.begin(), m_all.end(), changedFirst);
    m_versions = std::move(counts).value();
    m_fetched = qMin(kBatch, int(m_all.size()));
    endResetModel();
    QList<qint64> ids;
    for (int i = 0; i < m_fetched; ++i) {
        ids.append(m_all.at(i).id);
    }
    countPages(ids);
    return {};
}

bool ScriptListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_all.size();
}

// Views ask for more rows from inside their own signal handling; the rows are added on the next
// turn of the event loop, so no insertion ever nests inside another change.
void ScriptListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_fetchQueued) {
        return;
    }
    m_fetchQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_fetchQueued = false;
        fetchBatch();
    }, Qt::QueuedConnection);
}

void ScriptListModel::fetchBatch()
{
    if (!canFetchMore({})) {
        return;
    }
    const int count = qMin(kBatch, int(m_all.size()) - m_fetched);
    beginInsertRows({}, m_fetched, m_fetched + count - 1);
    QList<qint64> ids;
    for (int i = m_fetched; i < m_fetched + count; ++i) {
        ids.append(m_all.at(i).id);
    }
    m_fetched += count;
    endInsertRows();
    countPages(ids);
}

void ScriptListModel::countPages(const QList<qint64> &ids)
{
    m_pagesWanted.append(ids);
    if (m_pageWatcher.isRunning() || m_pagesWanted.isEmpty()) {
        return; // onPagesCounted() starts the next round
    }
    const QList<qint64> batch = std::exchange(m_pagesWanted, {});
    m_pageWatcher.setFuture(QtConcurrent::run(pagesOf, m_studio.history(), batch));
}

void ScriptListModel::onPagesCounted()
{
    const QHash<qint64, int> counted = m_pageWatcher.result();
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        m_pages.insert(it.key(), it.value());
    }
    for (int row = 0; row < m_fetched; ++row) {
        if (counted.contains(m_all.at(row).id)) {
            Q_EMIT dataChanged(index(row, Pages), index(row, Pages));
        }
    }
    countPages({});
}

int ScriptListModel::rowOf(qint64 id)
{
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).id == id) {
            while (i >= m_fetched && canFetchMore({})) {
                fetchBatch();
            }
            return i;
        }
    }
    return -1;
}

int ScriptListModel::positionOf(qint64 id) const
{
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

// A changed script moves to its place (most recent first) with a row move, never a removal and
// an insertion: views keep their selection and current index on it, so a list that re-sorts
// under the writer never selects (and opens) another script.
void ScriptListModel::onChanged(qint64 id)
{
    const Result<Script> fresh = m_studio.library().script(id);
    if (!fresh) {
        return;
    }
    int old = -1;
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).id == id) {
            old = i;
            break;
        }
    }
    if (old < 0 || old >= m_fetched) {
        // Not a row yet (new, or not fetched): it becomes one when it lands among the rows.
        if (old >= 0) {
            m_all.removeAt(old);
        }
        const int at = int(std::lower_bound(m_all.cbegin(), m_all.cend(), *fresh, changedFirst)
                           - m_all.cbegin());
        if (at <= m_fetched) {
            beginInsertRows({}, at, at);
            m_all.insert(at, *fresh);
            ++m_fetched;
            endInsertRows();
        } else {
            m_all.insert(at, *fresh);
        }
        return;
    }
    // Its place among the others (counted without it).
    const Script stale = m_all.takeAt(old);
    const int at = int(std::lower_bound(m_all.cbegin(), m_all.cend(), *fresh, changedFirst)
                       - m_all.cbegin());
    m_all.insert(old, stale);
    if (at >= m_fetched) {
        // It sorts after rows not fetched yet (its time went back): it leaves the rows.
        beginRemoveRows({}, old, old);
        m_all.removeAt(old);
        --m_fetched;
        endRemoveRows();
        m_all.insert(at, *fresh);
        return;
    }
    if (at != old) {
        // beginMoveRows() counts the destination before the move.
        beginMoveRows({}, old, old, {}, at < old ? at : at + 1);
        m_all.move(old, at);
        endMoveRows();
    }
    m_all[at] = *fresh;
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

void ScriptListModel::onRemoved(qint64 id)
{
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).id != id) {
            continue;
        }
        if (i < m_fetched) {
            beginRemoveRows({}, i, i);
            m_all.removeAt(i);
            --m_fetched;
            endRemoveRows();
        } else {
            m_all.removeAt(i);
        }
        break;
    }
    m_versions.remove(id);
    m_pages.remove(id);
}

void ScriptListModel::onVersionAdded(qint64 scriptId)
{
    m_versions[scriptId] += 1;
    onChanged(scriptId); // updated_at moved: the row moves up
    countPages({scriptId});
}

int ScriptListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int ScriptListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScriptListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Script &s = m_all.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return s.id;
    case GenreRole:
        return s.genre;
    case SortRole:
        switch (column) {
        case Versions:
            return m_versions.value(s.id);
        case Pages:
            return m_pages.value(s.id, -1);
        case Changed:
            return s.updatedAt;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        return s.logline.isEmpty() ? QVariant() : QVariant(s.logline);
    case Qt::TextAlignmentRole:
        if (column == Versions || column == Pages) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Title:
            return s.title;
        case Genre:
            return Labels::genre(s.genre);
        case Tone:
            return Labels::tone(s.tone);
        case Format:
            return Labels::format(s.format);
        case Versions:
            return m_versions.value(s.id);
        case Pages: {
            const auto it = m_pages.constFind(s.id);
            return it == m_pages.cend() ? QVariant(QString()) : QVariant(*it);
        }
        case Changed:
            return Labels::dateTime(s.updatedAt);
        }
        return {};
    default:
        return {};
    }
}

QVariant ScriptListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title:
        return tr("Title");
    case Genre:
        return tr("Genre");
    case Tone:
        return tr("Tone");
    case Format:
        return tr("Format");
    case Versions:
        return tr("Versions");
    case Pages:
        return tr("Pages");
    case Changed:
        return tr("Changed");
    default:
        return {};
    }
}

} // namespace Spielberg
