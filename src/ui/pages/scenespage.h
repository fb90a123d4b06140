// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>

#include <QPointer>
#include <QSet>
#include <QWidget>

#include "../dialogs/comparedialog.h"

#include <generation/generationrequest.h>

class QComboBox;
class QPushButton;
class QTableView;

namespace Spielberg {


class FountainEditor;
class NoticeBar;
class SceneTableModel;
class Studio;

/**
 * The Scenes tab: pick a script and one of its versions, see its scenes (number, heading, the
 * writer's setting, goal, tension and tone, edited in place, length, characters present) with a
 * preview of the selected one, and regenerate a scene with an optional instruction. When a
 * regeneration this page asked for lands, the new version is shown and compared with the one it
 * came from, so the writer sees that only that scene changed. GUI thread only.
 */
class ScenesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScenesPage(Studio &studio, QWidget *parent = nullptr);

    /** Shows version `number` (0: newest) of script `scriptId`. */
    void showVersion(qint64 scriptId, int number = 0);
    qint64 scriptId() const;
    int versionNumber() const;

    QTableView *table() const { return m_table; }
    SceneTableModel *model() const { return m_model; }
    QComboBox *scriptBox() const { return m_script; }
    QComboBox *versionBox() const { return m_version; }
    /** The comparison of the last regeneration that landed, while open. */
    CompareDialog *lastComparison() const { return m_comparison; }

    /** Asks for an instruction and requests the selected scene's regeneration. */
    void regenerateSelected();
    /** Selects scene `number` (1-based). */
    void selectScene(int number);

public Q_SLOTS:
    /** A job was queued somewhere: follow it if it regenerates a scene for this page. */
    void trackJob(const Spielberg::Job &job);

Q_SIGNALS:
    void generateRequested(const Spielberg::GenerationRequest &request);

private:
    void reloadScripts();
    void reloadVersions();
    void onScriptChosen();
    void onVersionChosen();
    void onCurrentChanged();
    void onJobFinished(const Job &job);

    Studio &m_studio;
    SceneTableModel *m_model;
    NoticeBar *m_notice;
    QComboBox *m_script;
    QComboBox *m_version;
    QPushButton *m_regenerate;
    QTableView *m_table;
    FountainEditor *m_preview;
    QSet<QString> m_tracked;
    QPointer<CompareDialog> m_comparison;
    bool m_filling = false;
};

} // namespace Spielberg
