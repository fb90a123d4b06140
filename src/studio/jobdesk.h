// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>
#include <generation/generationrequest.h>
#include <generation/jobqueuesettings.h>
#include <generation/providerconfig.h>
#include <generation/retrypolicy.h>
#include <generation/storyengine.h>
#include <core/scriptversion.h>

#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace Spielberg {

class CredentialStore;
class Database;
class JobQueue;
class LibraryNotifier;

/**
 * Generation work as use cases: enqueue, cancel, retry or continue a job, read the jobs, and
 * run this process's share of the queue (docs/architecture.md, "The life of a job"). Owns the
 * JobQueue and passes its signals on. Lives on the thread it was made on; signals carry values.
 */
class JobDesk : public QObject
{
    Q_OBJECT
public:
    JobDesk(Database &database, LibraryNotifier *notifier, CredentialStore *credentials,
            QNetworkAccessManager *network, QObject *parent = nullptr);
    ~JobDesk() override;

    // What new jobs are sent to, and the queue's limits.
    void setProvider(const ProviderConfig &config);
    const ProviderConfig &provider() const;
    void setSettings(const JobQueueSettings &settings);
    const JobQueueSettings &settings() const;
    void setRetryPolicy(const RetryPolicy &policy);

    // Commands.
    /** Queues a job; returns it (pending, with its id) at once. */
    Result<Job> enqueue(const GenerationRequest &request);
    /**
     * Queues a new version of a script from what the writer sees: a draft that differs from
     * its base is first kept as a version (noted `keepNote`), and the job starts from it.
     */
    Result<Job> generate(qint64 scriptId, const QString &prompt, const QString &keepNote);
    /** Cancels a pending or running job, wherever it runs. */
    Result<Job> cancel(const QString &id);
    /** Cancels every pending or running job of a script; returns how many it cancelled. */
    int cancelJobsOf(qint64 scriptId);
    /**
     * Puts a job back in the queue; a develop run, or one of its steps, resumes the run (completed
     * steps kept).
     */
    Result<Job> retry(const QString &id);
    Result<Job> continueJob(const QString &id);

    // The story engine (docs/architecture.md, "The story engine").
    /** Starts a run: cast, outline and scenes, or one of those steps. */
    Result<Job> develop(const StoryEngine::DevelopRequest &request);
    /** The expected usage of a run, sending nothing. */
    Result<StoryEngine::Estimate> estimate(const StoryEngine::DevelopRequest &request) const;
    /** Resumes the run `runId`, or the newest unfinished run of a script. */
    Result<Job> resume(const QString &runId);
    Result<std::optional<Job>> unfinishedRun(qint64 scriptId) const;
    /** Looks at a run's steps again and goes on (another process may have ended one). */
    Result<Job> advance(const QString &runId);
    /** The step a run waits to start until the writer goes on (a run with `review`), if any. */
    Result<std::optional<JobKind>> awaiting(const QString &runId) const;
    /**
     * Goes on with a waiting run: the outline for the cast kept, or the scenes from version
     * `fromVersion` (0: the newest).
     */
    Result<Job> goOn(const QString &runId, int fromVersion = 0);
    /** The steps of a run, oldest first. */
    Result<QList<Job>> steps(const QString &runId) const;
    /** The version a run made (developed, else its outline), if any. */
    Result<std::optional<ScriptVersion>> versionOfRun(const Job &run) const;

    /** A scene's takes: the newest job that asked for several alternatives of it. */
    Result<std::optional<Job>> takesOf(qint64 sceneId) const;
    /**
     * Applies take `take` (1-based) of the scene's newest takes job as a new version, by the
     * rule of any scene result: onto the newest version, unless the writer changed the scene.
     * Returns the job (with `conflict` set when no version was made) and the version made.
     */
    struct Chosen {
        Job job;
        std::optional<ScriptVersion> version;
    };
    Result<Chosen> chooseTake(qint64 sceneId, int take);

    // Queries.
    Result<Job> job(const QString &id) const;
    /** Jobs, newest first; only those with `status` when it is given. */
    Result<QList<Job>> jobs(std::optional<JobStatus> status = std::nullopt) const;
    /** Pending or running jobs of a script. */
    Result<QList<Job>> activeJobsOf(qint64 scriptId) const;

    // Running this process's share of the queue.
    void start(const QString &onlyJob = {});
    QStringList recoverInterrupted();
    void stopTaking();
    void shutDown();
    int runningCount() const;
    QStringList runningIds() const;

Q_SIGNALS:
    void jobChanged(const Spielberg::Job &job);
    void attemptStarted(const QString &jobId, int attempt);
    void textStreamed(const QString &jobId, const QString &delta);
    void jobFinished(const Spielberg::Job &job);

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<StoryEngine> m_engine;
};

} // namespace Spielberg
