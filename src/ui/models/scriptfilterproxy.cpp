// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptfilterproxy.h"

#include "scriptlistmodel.h"

namespace Spielberg {

ScriptFilterProxy::ScriptFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScriptListModel::SortRole);
}

void ScriptFilterProxy::setGenre(const QString &genre)
{
    m_genre = genre;
    invalidateFilter();
}

void ScriptFilterProxy::setMatches(const std::optional<QSet<qint64>> &ids)
{
    m_matches = ids;
    invalidateFilter();
}

bool ScriptFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_genre.isEmpty() && index.data(ScriptListModel::GenreRole).toString() != m_genre) {
        return false;
    }
    if (m_matches && !m_matches->contains(index.data(ScriptListModel::IdRole).toLongLong())) {
        return false;
    }
    return true;
}

} // namespace Spielberg
