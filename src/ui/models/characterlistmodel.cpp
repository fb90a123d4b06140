// SPDX-License-Identifier: GPL-3.0-or-later
#include "characterlistmodel.h"

#include <QFont>


#include <studio/studio.h>
#include <storage/librarynotifier.h>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
bool nameLess(const Character &a, const Character &b)
{
    const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a.id < b.id;
}
} // namespace

CharacterListModel::CharacterListModel(Studio &studio, QObject *parent)
    : QAbstractTableModel(parent)
    , m_studio(studio)
{
    connect(studio.notifier(), &LibraryNotifier::characterChanged, this,
            &CharacterListModel::onChanged);
    connect(studio.notifier(), &LibraryNotifier::characterRemoved, this,
            &CharacterListModel::onRemoved);
}

Result<void> CharacterListModel::reload()
{
    Result<QList<Character>> all = m_studio.library().characters();
    if (!all) {
        return all.error();
    }
    beginResetModel();
    m_rows = std::move(all).value();
    endResetModel();
    return {};
}

int CharacterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CharacterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CharacterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Character &c = m_rows.at(index.row());
    const bool proposed = m_proposed.contains(c.id);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name) {
            return proposed ? tr("%1 (proposed)").arg(c.name) : c.name;
        }
        return summary(c);
    case Qt::ToolTipRole:
        if (proposed) {
            return tr("Proposed by the model for this script: keep it, edit it or drop it before the outline is written.");
        }
        return index.column() == Summary ? c.personality : QVariant();
    case Qt::FontRole:
        if (proposed) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case IdRole:
        return c.id;
    case ProposedRole:
        return proposed;
    default:
        return {};
    }
}

QVariant CharacterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == Name ? tr("Name") : tr("Summary");
}

void CharacterListModel::setProposed(const QHash<qint64, int> &proposed)
{
    if (proposed == m_proposed) {
        return;
    }
    m_proposed = proposed;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int CharacterListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

QString CharacterListModel::summary(const Character &character)
{
    QString text = character.personality.trimmed();
    if (text.isEmpty()) {
        text = character.goals.trimmed();
    }
    text.replace(u'\n', u' ');
    const qsizetype stop = text.indexOf(u". "_s);
    if (stop > 0) {
        text.truncate(stop + 1);
    }
    return text;
}

int CharacterListModel::sortedRowFor(const Character &character) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), character, nameLess)
               - m_rows.cbegin());
}

void CharacterListModel::onChanged(qint64 id)
{
    const Result<Character> fresh = m_studio.library().character(id);
    if (!fresh) {
        return; // removed meanwhile: characterRemoved follows
    }
    const int old = rowOf(id);
    if (old >= 0) {
        m_rows[old] = *fresh;
        Q_EMIT dataChanged(index(old, 0), index(old, ColumnCount - 1));
        // Keep the order by name: move the row when the name moved it.
        QList<Character> others = m_rows;
        others.removeAt(old);
        const int wanted = int(std::lower_bound(others.cbegin(), others.cend(), *fresh, nameLess)
                               - others.cbegin());
        if (wanted != old) {
            beginMoveRows({}, old, old, {}, wanted > old ? wanted + 1 : wanted);
            m_rows.move(old, wanted);
            endMoveRows();
        }
        return;
    }
    const int row = sortedRowFor(*fresh);
    beginInsertRows({}, row, row);
    m_rows.insert(row, *fresh);
    endInsertRows();
}

void CharacterListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace Spielberg
