// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>
#include <core/scriptversion.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace Spielberg {

class Database;
class JobQueue;
class LibraryNotifier;

/**
 * The story engine's runs (docs/architecture.md, "The story engine"): a `develop` job whose
 * steps are jobs of the queue: the cast (`characters`), the outline (`outline`, which makes an
 * `outlined` version) and one `scene_draft` per outline scene. When every scene is written, one
 * `developed` version holds them in outline order, scene metadata carried from the outline;
 * scenes the writer locked are taken as they stand and never requested.
 *
 * A run is never claimed by a runner: it stays `running` while its steps go through the queue,
 * and advance() looks at the rows and adds what comes next: in order by default (each scene
 * then sees the ones before it), or `parallel` scenes at once from the outline alone. Adding
 * is idempotent and a run has one row per step (a unique index), so every process that runs
 * the run's steps may advance it; the queue this engine is given advances it whenever one of
 * them ends. A step that fails fails the run with its error line; cancelling the run cancels
 * its steps; a run whose step was interrupted (the program killed) is resumed by resume(),
 * which requeues the unfinished steps and never a completed one.
 *
 * Lives on the thread of its queue; the rows are the truth, the signals only news.
 */
class StoryEngine : public QObject
{
    Q_OBJECT
public:
    /** What the writer asked for; the provider is the queue's. */
    struct DevelopRequest {
        qint64 scriptId = 0;
        QString prompt;
        QString step = QStringLiteral("all"); ///< characters, outline, scenes or all
        int scenes = 0;                       ///< 0: by the script's format
        int parallel = 1;
        /** Wait after the cast and after the outline until the writer goes on (goOn()). */
        bool review = false;
    };
    /** Expected usage of a whole run, before anything is sent. */
    struct Estimate {
        qint64 inputTokens = 0;
        qint64 outputTokens = 0;
    };

    StoryEngine(Database &database, LibraryNotifier *notifier, JobQueue *queue, QObject *parent = nullptr);

    /** Checks the request, writes the run and its first step; returns the run. */
    Result<Job> develop(const DevelopRequest &request);
    /** The expected usage of `request`, from the library as it is; sends nothing. */
    Result<Estimate> estimate(const DevelopRequest &request) const;
    /** The newest run on a script that did not complete, if any (for `develop --resume`). */
    Result<std::optional<Job>> unfinishedRun(qint64 scriptId) const;
    /** Requeues the run's unfinished steps (completed ones are kept) and goes on. */
    Result<Job> resume(const QString &runId);
    /** Cancels the run and every step of it that has not ended. */
    Result<Job> cancel(const QString &runId);
    /** Looks at the run's steps and adds what comes next, or puts the scenes together. */
    Result<Job> advance(const QString &runId);

    /**
     * The step a run waits to start until the writer has looked at what the step before made:
     * the outline after the cast, the scenes after the outline. None when it does not wait.
     */
    Result<std::optional<JobKind>> awaiting(const QString &runId) const;
    /**
     * Goes on with a run that waits for the writer: the outline, for the cast the writer kept
     * (the proposed cast left is kept), or the scenes, from version `fromVersion` of the script
     * (0: the newest), the outline as the writer edited it.
     */
    Result<Job> goOn(const QString &runId, int fromVersion = 0);

    /** The version a run made: its `developed` one, else its outline's; none for a cast run. */
    Result<std::optional<ScriptVersion>> versionOf(const Job &run) const;

    /** The steps of a request's `step`, in order; empty for an unknown one. */
    static QList<JobKind> stepsOf(const QString &step);

Q_SIGNALS:
    /** A run changed: a step added, the run completed, failed or was cancelled. */
    void runChanged(const Spielberg::Job &run);

private:
    /** The job `runId`, refused unless it is a develop run. */
    Result<Job> runOf(const QString &runId) const;
    Result<Job> addStep(const Job &run, JobKind kind, int sceneNumber, int baseVersion);
    Result<Job> endRun(Job run, JobStatus status, const QString &error);
    /** Cancels the run's steps that have not ended, wherever they run. */
    void stopSteps(const QString &runId);
    Result<Job> assemble(Job run, const QList<Job> &steps, int outlineVersion);

    Database &m_database;
    QPointer<LibraryNotifier> m_notifier;
    QPointer<JobQueue> m_queue;
};

} // namespace Spielberg
