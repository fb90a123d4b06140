// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/draft.h>
#include <core/result.h>

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace Spielberg {

class Studio;

/**
 * Keeps the writer's typing in the library without stalling it: the first textChanged() after a
 * save starts a short timer (later ones do not restart it, so non-stop typing is saved too), and
 * when it fires a copy of the newest text is written by DraftStore on a worker thread.
 * Saves never overlap; typing during a save marks the draft dirty and one more save follows
 * (ghostwriter's coalescing). A save for another script (after a switch) is queued, never lost.
 * flush() writes now, synchronously, for shutdown. GUI thread only.
 */
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    explicit DraftAutosaver(Studio &studio, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    /** How long typing must pause before a save (ms). */
    void setDelay(int ms) { m_timer.setInterval(ms); }

    /** The draft changed: it will be saved after the delay. */
    void textChanged(qint64 scriptId, const QString &content, int baseVersion);
    /** Starts the pending save now (asynchronously). */
    void saveSoon();
    /** Writes whatever is pending on this thread and waits for a running save: shutdown only. */
    Result<void> flush();
    bool isSaving() const { return m_watcher.isRunning(); }
    bool hasPending() const { return m_pending.has_value(); }
    /**
     * The newest text of `scriptId` not in the library yet (waiting, or being written now), so
     * a script opened again at once shows what was typed, not the draft the library still has.
     */
    std::optional<QString> unsavedText(qint64 scriptId) const;

Q_SIGNALS:
    void saved(qint64 scriptId);
    void failed(qint64 scriptId, const QString &message);

private:
    void start();
    void onFinished();

    Studio &m_studio;
    QTimer m_timer;
    std::optional<Draft> m_pending;
    qint64 m_runningScript = 0;
    QString m_runningText; ///< the text being written, until it is
    Draft m_running;
    QHash<qint64, Draft> m_unsaved; ///< texts whose save failed, by script, until one succeeds
    QFutureWatcher<Result<Draft>> m_watcher;
};

} // namespace Spielberg
