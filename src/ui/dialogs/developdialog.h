// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/script.h>
#include <generation/storyengine.h>

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Spielberg {

class Studio;

/**
 * Develop a script with the story engine: what the story is about, which steps (cast, outline,
 * scenes, or all three), how many scenes, how many written at once, and whether to stop after
 * the cast and the outline for the writer to change them. The engine's token estimate for the
 * run is worked out off the GUI thread as the writer changes the request, before anything is
 * sent; Start (Ctrl+Enter) accepts. GUI thread only.
 */
class DevelopDialog : public QDialog
{
    Q_OBJECT
public:
    DevelopDialog(Studio &studio, const Script &script, QWidget *parent = nullptr);
    ~DevelopDialog() override;

    StoryEngine::DevelopRequest request() const;

    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QComboBox *stepBox() const { return m_step; }
    QSpinBox *scenesBox() const { return m_scenes; }
    QSpinBox *parallelBox() const { return m_parallel; }
    QCheckBox *reviewBox() const { return m_review; }
    QLabel *estimateLabel() const { return m_estimate; }
    QPushButton *startButton() const { return m_start; }
    /** Whether the estimate shown is for the request as it stands. */
    bool isEstimated() const { return !m_watcher.isRunning() && !m_timer.isActive(); }

private:
    void requestChanged();
    void estimate();
    void onEstimated();

    Studio &m_studio;
    Script m_script;
    QPlainTextEdit *m_prompt;
    QComboBox *m_step;
    QSpinBox *m_scenes;
    QSpinBox *m_parallel;
    QCheckBox *m_review;
    QLabel *m_estimate;
    QPushButton *m_start;
    QTimer m_timer;
    QFutureWatcher<Result<StoryEngine::Estimate>> m_watcher;
};

} // namespace Spielberg
