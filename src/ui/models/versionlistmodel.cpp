// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionlistmodel.h"

#include "../labels.h"

#include <studio/studio.h>
#include <storage/librarynotifier.h>

#include <QFont>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spielberg {

VersionListModel::VersionListModel(Studio &studio, QObject *parent)
    : QAbstractTableModel(parent)
    , m_studio(studio)
{
    connect(studio.notifier(), &LibraryNotifier::versionAdded, this,
            &VersionListModel::onVersionAdded);
}

Result<void> VersionListModel::setScript(qint64 scriptId)
{
    QList<ScriptVersion> rows;
    if (scriptId != 0) {
        Result<QList<ScriptVersion>> all = m_studio.history().versions(scriptId);
        if (!all) {
            return all.error();
        }
        rows = std::move(all).value();
        std::reverse(rows.begin(), rows.end());
        for (ScriptVersion &v : rows) {
            v.content.clear();
        }
    }
    beginResetModel();
    m_scriptId = scriptId;
    m_rows = std::move(rows);
    m_locked = lockedOf(scriptId);
    endResetModel();
    return {};
}

int VersionListModel::lockedOf(qint64 scriptId) const
{
    const Result<int> locked = scriptId != 0 ? m_studio.history().lockedBase(scriptId) : Result<int>(0);
    return locked ? *locked : 0; // unreadable: shown as none
}

void VersionListModel::refreshLock()
{
    const int before = std::exchange(m_locked, lockedOf(m_scriptId));
    for (const int number : {before, m_locked}) {
        if (const int row = rowOfNumber(number); row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void VersionListModel::onVersionAdded(qint64 scriptId, int number)
{
    if (scriptId != m_scriptId || rowOfNumber(number) >= 0) {
        return;
    }
    Result<ScriptVersion> v = m_studio.history().version(scriptId, number);
    if (!v) {
        return;
    }
    v->content.clear();
    int at = 0;
    while (at < m_rows.size() && m_rows.at(at).number > number) {
        ++at;
    }
    beginInsertRows({}, at, at);
    m_rows.insert(at, *v);
    endInsertRows();
}

int VersionListModel::rowOfNumber(int number) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).number == number) {
            return i;
        }
    }
    return -1;
}

int VersionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VersionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ScriptVersion &v = m_rows.at(index.row());
    if (role == NumberRole) {
        return v.number;
    }
    const bool locked = m_locked > 0 && v.number == m_locked;
    if (role == LockedRole) {
        return locked;
    }
    if (role == Qt::FontRole && locked) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (locked) {
            lines << tr("Locked as the white draft: revision marks and page numbers count from it.");
        }
        if (!v.note.isEmpty()) {
            lines << v.note;
        }
        if (v.parentNumber > 0) {
            lines << tr("Made from v%1").arg(v.parentNumber);
        }
        if (!v.jobId.isEmpty()) {
            lines << tr("Job %1").arg(v.jobId);
        }
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Number:
        //: the version locked as the white draft of production revisions, in the versions list
        return locked ? tr("v%1 (locked)").arg(v.number) : u"v%1"_s.arg(v.number);
    case Origin:
        return Labels::origin(v.origin);
    case Note:
        return v.note;
    case Created:
        return Labels::dateAndTime(v.createdAt); // versions of one day are told apart by date too
    default:
        return {};
    }
}

QVariant VersionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Number:
        //: a version's number, v1, v2…
        return tr("Version");
    case Origin:
        return tr("Origin");
    case Note:
        return tr("Note");
    case Created:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace Spielberg
