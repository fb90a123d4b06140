// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftautosaver.h"
#include "../errortext.h"

#include <studio/studio.h>


#include <QtConcurrent>

namespace Spielberg {

namespace {
Result<Draft> saveDraft(VersionHistory history, const Draft &draft)
{
    Result<Draft> saved = history.saveDraft(draft);
    history.releaseThreadConnection(); // pool threads outlive the library
    return saved;
}
} // namespace

DraftAutosaver::DraftAutosaver(Studio &studio, QObject *parent)
    : QObject(parent)
    , m_studio(studio)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1500);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DraftAutosaver::onFinished);
}

DraftAutosaver::~DraftAutosaver()
{
    (void)flush();
}

void DraftAutosaver::textChanged(qint64 scriptId, const QString &content, int baseVersion)
{
    if (m_pending && m_pending->scriptId != scriptId) {
        // Another script's typing waits (a switch within the delay): it goes first. When a save
        // is running it is written here and now rather than dropped (rare).
        if (m_watcher.isRunning()) {
            (void)flush();
        } else {
            start();
        }
    }
    m_pending = Draft{scriptId, content, baseVersion, {}};
    // Counted from the first unsaved change, not restarted by each one: a writer who never
    // pauses is still saved every delay.
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void DraftAutosaver::saveSoon()
{
    m_timer.stop();
    start();
}

void DraftAutosaver::start()
{
    if (!m_pending || m_watcher.isRunning()) {
        return; // onFinished() starts the next one
    }
    const Draft draft = *std::exchange(m_pending, std::nullopt);
    m_runningScript = draft.scriptId;
    m_runningText = draft.content;
    m_running = draft;
    m_watcher.setFuture(QtConcurrent::run(saveDraft, m_studio.history(), draft));
}

void DraftAutosaver::onFinished()
{
    const Result<Draft> result = m_watcher.result();
    if (result) {
        m_unsaved.remove(m_runningScript);
        Q_EMIT saved(m_runningScript);
    } else {
        // Kept in memory until a save of this script succeeds: the script shows it when it opens
        // again, and the next typing saves it with the rest.
        m_unsaved.insert(m_runningScript, m_running);
        Q_EMIT failed(m_runningScript, ErrorText::of(result.error()));
    }
    if (m_pending && !m_timer.isActive()) {
        start();
    }
}

Result<void> DraftAutosaver::flush()
{
    m_timer.stop();
    if (m_watcher.isRunning()) {
        m_watcher.waitForFinished();
    }
    if (!m_pending) {
        return {};
    }
    const Draft draft = *std::exchange(m_pending, std::nullopt);
    const Result<Draft> written = m_studio.history().saveDraft(draft);
    if (!written) {
        m_unsaved.insert(draft.scriptId, draft);
        Q_EMIT failed(draft.scriptId, ErrorText::of(written.error()));
        return written.error();
    }
    m_unsaved.remove(draft.scriptId);
    Q_EMIT saved(draft.scriptId);
    return {};
}

std::optional<QString> DraftAutosaver::unsavedText(qint64 scriptId) const
{
    if (m_pending && m_pending->scriptId == scriptId) {
        return m_pending->content;
    }
    if (m_watcher.isRunning() && m_runningScript == scriptId) {
        return m_runningText;
    }
    if (const auto failed = m_unsaved.constFind(scriptId); failed != m_unsaved.constEnd()) {
        return failed->content;
    }
    return std::nullopt;
}

} // namespace Spielberg
