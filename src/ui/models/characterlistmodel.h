// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/character.h>
#include <core/result.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Spielberg {

class Studio;

/**
 * The character library as a table (name, summary), by name. It loads once and then follows
 * the notifier: a changed character is re-read and moved into place, a removed one taken out,
 * so a view keeps its selection. GUI thread only.
 */
class CharacterListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Summary, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ProposedRole };

    explicit CharacterListModel(Studio &studio, QObject *parent = nullptr);

    /** Reads the whole library again; an Error when the database failed. */
    Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /**
     * Marks the characters a develop run proposed for a script (id → 1 or 2, as
     * ScriptLibrary::proposedCast()): shown in italics, "proposed", until kept or dropped.
     */
    void setProposed(const QHash<qint64, int> &proposed);
    bool isProposed(qint64 id) const { return m_proposed.contains(id); }
    /** The row of character `id`, -1 when absent. */
    int rowOf(qint64 id) const;
    Character characterAt(int row) const { return m_rows.value(row); }

    /** The first sentence of the personality, else of the goals: the table's summary. */
    static QString summary(const Character &character);

private:
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    int sortedRowFor(const Character &character) const;

    Studio &m_studio;
    QList<Character> m_rows;
    QHash<qint64, int> m_proposed;
};

} // namespace Spielberg
