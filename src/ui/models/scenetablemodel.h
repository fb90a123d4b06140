// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/scene.h>

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Spielberg {

class Studio;

/** What a scene's text says about it: its heading, length and the characters who speak. */
struct SceneFacts {
    QString heading;
    double pages = 0; ///< in eighths of a page, as schedules count: 1.375 = 1 3/8
    QStringList characters;
};

/**
 * The scenes of one version: number, heading, the writer's setting, goal, tension and tone
 * (edited in place and stored at once), length in pages and the characters present. Heading,
 * length and characters come from the scene's Fountain, worked out on a worker thread and
 * filled in when ready. GUI thread only.
 */
class SceneTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Heading, Setting, Goal, Tension, Tone, Pages, Characters, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ContentRole };

    explicit SceneTableModel(Studio &studio, QObject *parent = nullptr);
    ~SceneTableModel() override;

    /** Shows the scenes of version `number` of `scriptId` (0: the newest). */
    Result<void> setVersion(qint64 scriptId, int number);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Scene sceneAt(int row) const { return m_rows.value(row); }
    SceneFacts factsAt(int row) const;
    /** The facts of a scene's text (pure; for the worker). */
    static SceneFacts factsOf(const QString &content);

Q_SIGNALS:
    /** A metadata edit could not be stored. */
    void saveFailed(const QString &message);

private:
    void onFactsReady();

    Studio &m_studio;
    QList<Scene> m_rows;
    QHash<qint64, SceneFacts> m_facts; ///< by scene id
    QFutureWatcher<QHash<qint64, SceneFacts>> m_watcher;
};

} // namespace Spielberg
