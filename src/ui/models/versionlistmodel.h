// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/scriptversion.h>

#include <QAbstractTableModel>
#include <QList>

namespace Spielberg {

class Studio;

/**
 * The versions of one script, newest first: number, origin, note, job and date, and which one
 * is locked as the white draft of production revisions. Texts are not held (a version is read
 * when it is opened). Follows versionAdded for its script. GUI thread only.
 */
class VersionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Origin, Note, Created, ColumnCount };
    enum Role { NumberRole = Qt::UserRole + 1, LockedRole };

    explicit VersionListModel(Studio &studio, QObject *parent = nullptr);

    /** Shows the versions of `scriptId` (0: none). */
    Result<void> setScript(qint64 scriptId);
    qint64 scriptId() const { return m_scriptId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** Reads again which version is locked (after a lock). */
    void refreshLock();
    int lockedNumber() const { return m_locked; }

    int rowOfNumber(int number) const;
    ScriptVersion versionAt(int row) const { return m_rows.value(row); }

private:
    void onVersionAdded(qint64 scriptId, int number);
    /** The number of the version of `scriptId` locked as the white draft; 0: none. */
    int lockedOf(qint64 scriptId) const;

    Studio &m_studio;
    qint64 m_scriptId = 0;
    QList<ScriptVersion> m_rows; ///< without content
    int m_locked = 0;            ///< the locked version's number, 0: none
};

} // namespace Spielberg
