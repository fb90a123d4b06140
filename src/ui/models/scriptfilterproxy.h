// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Spielberg {

/**
 * Filters ScriptListModel rows by genre and by the ids a full-text search found (nullopt: no
 * search running), and sorts by ScriptListModel::SortRole.
 */
class ScriptFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ScriptFilterProxy(QObject *parent = nullptr);

    void setGenre(const QString &genre);
    void setMatches(const std::optional<QSet<qint64>> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_genre;
    std::optional<QSet<qint64>> m_matches;
};

} // namespace Spielberg
